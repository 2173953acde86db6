/**
 * `npm run build` on a content tree broken in every way of the bad-input corpus at once: it must
 * stop with each problem printed, no stack trace, and the site already published left untouched.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { badInputCorpus, onePerCategory, writeCases } from '../support/bad-input-corpus.ts';
import { buildSite } from '../support/build-site.ts';

const temp = mkdtempSync(join(tmpdir(), 'atlante-bad-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('a build of bad input', () => {
  it('stops with every problem and no stack trace, leaving the previous site as it was', () => {
    const cases = onePerCategory(badInputCorpus());
    const content = join(temp, 'content');
    writeCases(content, cases);
    // The site as it was published before this build.
    const outDir = join(temp, 'dist');
    mkdirSync(join(outDir, 'pratiche'), { recursive: true });
    const page = join(outDir, 'pratiche/index.html');
    writeFileSync(page, '<!doctype html><title>Pratiche</title>');
    const before = { text: readFileSync(page, 'utf8'), mtime: statSync(page).mtimeMs };

    const run = buildSite(content, outDir);

    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    // The build prints problems with paths relative to where it runs, as `npm run check` does.
    for (const c of cases) expect(output, c.category).toContain(`${relative(process.cwd(), resolve(content, c.file))}`);
    expect(run.stderr).toMatch(/\d+ error\(s\)(?:, \d+ warning\(s\))? in the content/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/Stack trace|^\w*Error:/m);
    expect(readFileSync(page, 'utf8')).toBe(before.text);
    expect(statSync(page).mtimeMs).toBe(before.mtime);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});
