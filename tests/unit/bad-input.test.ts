/**
 * Bad input as editors produce it: a generated corpus of malformed files (wrong types, unknown
 * ids and fields, broken YAML, impossible dates, code in front matter or YAML, unsafe MDX,
 * oversized fields and files, invalid UTF-8, BOM, CRLF, empty files, duplicate ids). Each one
 * must be reported in its file, at its field, in a sentence; and valid edge cases must pass.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../../src/lib/problems.ts';
import { applyFiles, badInputCorpus, CATEGORIES, Draft, ITALIAN_TEXT, onePerCategory, PRACTICE, TERRITORY, validEdgeCases, writeCases, type BadCase, type Category, type Files } from '../support/bad-input-corpus.ts';
import { SITE, TODAY } from '../support/broken-tree.ts';

const corpus = badInputCorpus();

/** One copy of the valid fixture tree; each case writes its files into it and puts them back. */
const tree = mkdtempSync(join(tmpdir(), 'atlante-bad-input-'));
cpSync(SITE, tree, { recursive: true });
// The corpus's documents attach files/documento.pdf: the check wants the file to exist, not to be a real PDF.
mkdirSync(join(tree, 'documents/files'));
writeFileSync(join(tree, 'documents/files/documento.pdf'), '%PDF-1.7\n');
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function checkWith(files: Files) {
  const restore = applyFiles(tree, files);
  try {
    return checkContent(tree, { today: TODAY, displayRoot: tree });
  } finally {
    restore();
  }
}

/** What each kind of problem says, so that a case cannot pass on an unrelated error at the same field. */
const MESSAGES: Record<Category, RegExp> = {
  'wrong type': /^must be .+, not .+$|^(?:[\d.-]+|true|false|a list|a group of fields) is not allowed$|does not have an accepted form$|^expected the id of an entry/,
  'unknown id': /^`[\w-]+` is not an entry of \w+$/,
  'unknown field': /^unknown field `\w+`$/,
  'broken YAML': /^the YAML cannot be read: /,
  'impossible date': /is not a date: write YYYY|has month \d+: months go from 01 to 12|is not a day of the calendar|does not have an accepted form|^ends \([\d-]+\) before it starts \([\d-]+\)$/,
  'code in front matter or YAML': /^(?:front matter|the file) must be plain YAML: /,
  'unsafe MDX': /content|code|address|component/,
  'oversized field': /^is too long: \d+ characters, at most \d+ are allowed$/,
  'oversized file': /^the file is [\d,]+ KB, over the 1,024 KB \(1 MB\) a content file may take, so it was not read$/,
  'invalid UTF-8': /^the file is not valid UTF-8: the byte 0x[0-9A-F]{2} here cannot be read as text$/,
  BOM: /./,
  CRLF: /./,
  'empty file': /^the file is empty$/,
  'duplicate id': /^the id `[\w-]+` is already used by /,
};

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** A message an editor can read: one sentence, no stack trace, no exception dump. */
function expectReadable(problem: Problem): void {
  const line = formatProblem(problem);
  expect(problem.message, line).not.toMatch(/\n/);
  expect(line).not.toMatch(STACK_FRAME);
  expect(line).not.toMatch(/\b\w*Error\b|Exception|node_modules|file:\/\/|\.ts:\d+/);
  expect(problem.message.length, line).toBeLessThan(300);
}

function problemOf(c: BadCase, problems: Problem[]): Problem {
  const found = problems.find((p) => p.severity === 'error' && p.file === c.file && p.field === c.field);
  expect(found, `expected an error in ${c.file} at field "${c.field}", got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
  return found!;
}

describe('the corpus', () => {
  it('holds at least 300 malformed entries, in every category and every collection', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    for (const category of CATEGORIES) expect(corpus.filter((c) => c.category === category).length, category).toBeGreaterThanOrEqual(6);
    const folders = new Set(corpus.map((c) => c.file.split('/')[0]));
    expect([...folders].sort()).toEqual(['documents', 'partners', 'practices', 'projects', 'taxonomies', 'territories']);
    expect(new Set(corpus.filter((c) => c.file.startsWith('taxonomies/')).map((c) => c.file)).size).toBe(4);
  });
});

describe.each(CATEGORIES)('%s', (category) => {
  it.for(corpus.filter((c) => c.category === category))('$title', (c) => {
    const result = checkWith(c.files);
    expect(result.errors).toBeGreaterThan(0);
    result.problems.forEach(expectReadable);
    const problem = problemOf(c, result.problems);
    const expected = c.sameAs ? problemOf(c.sameAs, checkWith(c.sameAs.files).problems) : undefined;
    if (expected) expect(problem.message).toBe(expected.message);
    else expect(problem.message).toMatch(MESSAGES[category]);
    if (c.line !== undefined) expect(problem.line, 'line').toBe(c.line);
    if (c.column !== undefined) expect(problem.column, 'column').toBe(c.column);
    if (expected) expect([problem.line, problem.column]).toEqual([expected.line, expected.column]);
    if (c.field === '' && category !== 'oversized file' && category !== 'duplicate id') expect(problem.line, 'a whole-file problem still names its line').toBeGreaterThan(0);
  });
});

describe('valid edge cases', () => {
  it.for(validEdgeCases())('$title', ({ files }) => {
    const result = checkWith(files);
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('reads back any Italian text, quoted, exactly as written, up to the title limit', () => {
    const id = 'pratica-testo-libero';
    fc.assert(
      fc.property(ITALIAN_TEXT(300), (title) => {
        const d = new Draft(PRACTICE, id, 'md').set('title', JSON.stringify(title));
        const result = checkWith({ [d.path]: d.text });
        expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
        expect(result.entries.find((e) => e.id === id)?.data.title).toBe(title);
      }),
      { seed: 20_261_123, numRuns: 60 },
    );
  });

  it('reports a problem at the same line and column with a BOM, CRLF line endings, or both', () => {
    const d = new Draft(TERRITORY, 'comune-con-errore', 'yaml').set('name', '42');
    const at = d.position('name');
    for (const text of [d.text, `\uFEFF${d.text}`, d.text.replace(/\n/g, '\r\n'), `\uFEFF${d.text.replace(/\n/g, '\r\n')}`]) {
      const problem = checkWith({ [d.path]: text }).problems.find((p) => p.field === 'name');
      expect(problem && [problem.line, problem.column]).toEqual([at.line, at.column]);
    }
  });
});

describe('through `npm run check`', () => {
  const cases = onePerCategory(corpus);
  const dir = join(tree, '..', `${basename(tree)}-cli`);
  writeCases(dir, cases);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-content.ts', ...args], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  /** Files as the command prints them: relative to where it runs. */
  const shown = (c: BadCase) => relative(process.cwd(), join(dir, c.file));

  it('fails with every broken file, at its field, and no stack trace, on a tree broken in every way at once', () => {
    const { status, stdout, stderr } = run();
    expect(status).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    for (const c of cases) {
      expect(lines.some((line) => line.startsWith(shown(c)) && line.includes(`  ${c.field || '(file)'}  `)), `${c.category}: ${shown(c)} ${c.field}\n${stdout}`).toBe(true);
    }
    expect(stdout).not.toMatch(STACK_FRAME);
    expect(stdout).not.toMatch(/^\w*Error:/m);
    expect(stdout).toMatch(/^\d+ error\(s\)(?:, \d+ warning\(s\))? in the content: fix them and run `npm run check` again\.$/m);
  });

  it('lists the same problems as JSON with --json', () => {
    const { status, stdout } = run('--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { errors: number; problems: Problem[] };
    expect(report.errors).toBeGreaterThanOrEqual(cases.length);
    for (const c of cases) expect(report.problems.some((p) => p.severity === 'error' && p.file === shown(c) && p.field === c.field), `${c.category}: ${shown(c)}`).toBe(true);
  });
});

describe('after the corpus', () => {
  it('leaves the fixture copy as valid as it was', () => {
    const result = checkContent(tree, { today: TODAY, displayRoot: tree });
    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});
