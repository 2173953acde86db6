/**
 * `npm run new` as an editor uses it: the non-interactive command on a copy of the fixture
 * content, what it writes, what it refuses, and the pure pieces (ids, missing flags).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { newEntry } from '../../scripts/new-entry/cli.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { missingFlags, rankChoices, slugify } from '../../src/lib/scaffold.ts';
import { SITE } from '../support/broken-tree.ts';

const PRACTICE_FLAGS = [
  'pratica',
  '--title', "Sportello casa: l'esperienza di Forlì",
  '--summary', 'Uno sportello aiuta chi esce dall’accoglienza a cercare casa.',
  '--project', 'progetto-prova',
  '--territory', 'palermo',
  '--territory', 'lazio',
  '--theme', 'casa',
  '--target', 'titolari-protezione-internazionale',
  '--intervention', 'percorsi-individuali',
  '--evidence', 'declared',
  '--evidence-note', 'La scheda descrive solo attività previste.',
  '--source', 'Scheda di prova',
  '--start', '2021-07',
];

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dirname(dir), { recursive: true, force: true });
});

function copy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'atlante-new-')), 'content');
  cpSync(SITE, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

function runNew(contentDir: string, args: string[]) {
  const run = spawnSync(process.execPath, [resolve('scripts/new-entry.ts'), ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    input: '',
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

const files = (dir: string) => readdirSync(join(dir, 'practices')).sort();

describe('npm run new, without questions', () => {
  it('writes a practice that passes the check, with optional fields as comments and the page address to preview', () => {
    const dir = copy();
    const run = runNew(dir, [...PRACTICE_FLAGS, '--yes']);
    expect(run.status).toBe(0);
    const path = join(dir, 'practices/sportello-casa-l-esperienza-di-forli.md');
    expect(run.out).toContain('/pratiche/sportello-casa-l-esperienza-di-forli/');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('territories:\n  - palermo\n  - lazio\n');
    expect(text).toContain('period:\n  start: 2021-07\n');
    expect(text).toMatch(/^# summaryEn: "" {2}# The same summary in English\.$/m);
    expect(text).toMatch(/^lastReviewed: \d{4}-\d{2}-\d{2}$/m);
    const result = checkContent(dir, { displayRoot: dir });
    expect(result.errors).toBe(0);
    expect(result.entries.find((entry) => entry.id === 'sportello-casa-l-esperienza-di-forli')?.data).toMatchObject({
      title: "Sportello casa: l'esperienza di Forlì",
      territories: [{ id: 'palermo' }, { id: 'lazio' }],
      evidence: { level: 'declared' },
    });
  });

  it('accepts the Italian and English type names alike and creates the other kinds of entry', () => {
    const dir = copy();
    expect(runNew(dir, ['partner', '--name', 'Associazione Esempio', '--kind', 'third-sector', '--territory', 'palermo', '--source', 'Scheda di prova', '--yes']).status).toBe(0);
    expect(runNew(dir, ['territorio', '--name', 'Catania', '--kind', 'municipality', '--parent', 'sicilia', '--yes']).status).toBe(0);
    expect(runNew(dir, ['document', '--title', 'Rapporto finale', '--project', 'progetto-prova', '--kind', 'report', '--date', '2023', '--source', 'Scheda di prova', '--yes']).status).toBe(0);
    expect(runNew(dir, ['progetto', '--title', 'Progetto nuovo', '--summary', 'Un progetto di prova.', '--territory', 'italia', '--source', 'Scheda di prova', '--yes']).status).toBe(0);
    expect(existsSync(join(dir, 'territories/catania.yaml'))).toBe(true);
    expect(checkContent(dir, { displayRoot: dir }).errors).toBe(0);
  });

  it('lists every missing required flag in one message and writes nothing', () => {
    const dir = copy();
    const before = files(dir);
    const run = runNew(dir, ['pratica', '--title', 'Sportello', '--yes']);
    expect(run.status).toBe(2);
    expect(run.out).toContain('Missing required flags for a practice: --summary, --project, --territory, --theme, --target, --intervention, --evidence, --evidence-note, --source');
    expect(files(dir)).toEqual(before);
  });

  it('refuses unknown ids and values with the closest valid one, and writes nothing', () => {
    const dir = copy();
    const before = files(dir);
    const flags = PRACTICE_FLAGS.map((value) => (value === 'palermo' ? 'palremo' : value === 'declared' ? 'declard' : value));
    const run = runNew(dir, [...flags, '--yes']);
    expect(run.status).toBe(2);
    expect(run.out).toContain('--territory  `palremo` is not an entry of territories: did you mean `palermo`?');
    expect(run.out).toContain('--evidence  "declard" is not allowed: did you mean `declared`?');
    expect(run.out).not.toMatch(/^\s+at /m);
    expect(files(dir)).toEqual(before);
  });

  it('refuses an id already in use and a misspelt flag', () => {
    const dir = copy();
    expect(runNew(dir, [...PRACTICE_FLAGS, '--id', 'pratica-casa', '--yes']).out).toContain('an entry with id "pratica-casa" already exists');
    const typo = runNew(dir, [...PRACTICE_FLAGS, '--titel', 'x', '--yes']);
    expect(typo.status).toBe(2);
    expect(typo.out).toContain('did you mean `--title`?');
  });

  it('documents every flag in --help', () => {
    const run = runNew(copy(), ['--help']);
    expect(run.status).toBe(0);
    for (const flag of ['--title', '--project', '--territory', '--theme', '--target', '--intervention', '--evidence', '--source', '--id', '--yes']) expect(run.out).toContain(flag);
  });
});

describe('npm run new, asking questions', () => {
  afterEach(() => {
    delete process.env.CONTENT_DIR;
  });

  /** Answers the prompts as a person at the keyboard would, one key sequence per question. */
  async function answer(contentDir: string, argv: string[], keys: string[]) {
    process.env.CONTENT_DIR = contentDir;
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { columns: 120, rows: 40 });
    let screen = '';
    output.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
    const done = newEntry(argv, { input, output, interactive: true });
    for (const key of keys) {
      await sleep(40);
      input.write(key);
    }
    const code = await done;
    return { code, screen: screen.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '') };
  }

  const TAB = '\t';
  const ENTER = '\r';

  it('offers existing ids with type-ahead, asks each required field and writes a valid practice', async () => {
    const dir = copy();
    const { code, screen } = await answer(dir, [], [
      ENTER, // pratica: the first type
      ENTER, // no optional field
      `Sportello casa${ENTER}`,
      `Uno sportello per chi cerca casa.${ENTER}`,
      'progetto', ENTER,
      'paler', TAB, ENTER,
      'casa', TAB, ENTER,
      'titolari', TAB, ENTER,
      'percorsi', TAB, ENTER,
      ENTER, // declared
      `Solo attività previste.${ENTER}`,
      `Scheda di prova${ENTER}`,
      ENTER, // the suggested id
    ]);
    expect(screen).toContain('Progetto di prova');
    expect(screen).toContain('declared (only plans or what the promoters say)');
    expect(code).toBe(0);
    const result = checkContent(dir, { displayRoot: dir });
    expect(result.errors).toBe(0);
    expect(result.entries.find((entry) => entry.id === 'sportello-casa')?.data).toMatchObject({ project: { id: 'progetto-prova' }, territories: [{ id: 'palermo' }], themes: [{ id: 'casa' }] });
  });

  it('asks only for what the flags leave out', async () => {
    const dir = copy();
    const flags = PRACTICE_FLAGS.slice(0, -2);
    const { code, screen } = await answer(dir, flags, [
      ' ', ENTER, // choose the first optional field (summary-en)
      `A desk for people looking for a home.${ENTER}`,
      ENTER,
    ]);
    expect(code).toBe(0);
    expect(screen).not.toContain('Name of the practice');
    expect(readFileSync(join(dir, 'practices/sportello-casa-l-esperienza-di-forli.md'), 'utf8')).toContain('summaryEn: A desk for people looking for a home.');
  });
});

describe('ids and required flags', () => {
  it('derives an id from a title with accents, apostrophes and punctuation', () => {
    expect(slugify("Città dell'accoglienza: l'esperienza di Forlì")).toBe('citta-dell-accoglienza-l-esperienza-di-forli');
    expect(slugify('A'.repeat(50) + ' ' + 'b'.repeat(50)).length).toBeLessThanOrEqual(80);
  });

  it('offers the best match first as the editor types, ignoring accents and case', () => {
    const territories = [
      { id: 'citta-metropolitana-palermo', label: 'Città metropolitana di Palermo' },
      { id: 'palermo', label: 'Palermo' },
      { id: 'forli', label: 'Forlì' },
    ];
    expect(rankChoices(territories, 'paler').map((c) => c.id)).toEqual(['palermo', 'citta-metropolitana-palermo']);
    expect(rankChoices(territories, 'FORLI').map((c) => c.id)).toEqual(['forli']);
    expect(rankChoices(territories, 'citta').map((c) => c.id)).toEqual(['citta-metropolitana-palermo']);
  });

  it('names the missing required flags in the order of the form', () => {
    expect(missingFlags('territory', { name: 'Catania' })).toEqual(['--kind']);
  });
});
