import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticTree } from '../../scripts/generate.ts';
import { checkContent, type CheckResult } from '../../src/lib/content/check.ts';
import { formatReport } from '../../src/lib/problems.ts';
import { createRng, generateSynthetic, slugify, syntheticCounts } from '../../src/lib/synthetic.ts';

const PRACTICES = 60;
const YEAR = new Date().getUTCFullYear();
const temp = mkdtempSync(join(tmpdir(), 'atlante-synthetic-'));
const dirA = join(temp, 'a');
const dirB = join(temp, 'b');
const dirOther = join(temp, 'other');

function listTree(root: string, dir = root): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [k, v] of listTree(root, path)) files.set(k, v);
    else files.set(relative(root, path), readFileSync(path, 'utf8'));
  }
  return files;
}

const filesIn = (dir: string, folder: string) => readdirSync(join(dir, folder)).sort();

let check: CheckResult;

beforeAll(() => {
  writeSyntheticTree({ practices: PRACTICES, out: dirA, seed: 7, referenceYear: YEAR });
  writeSyntheticTree({ practices: PRACTICES, out: dirB, seed: 7, referenceYear: YEAR });
  writeSyntheticTree({ practices: PRACTICES, out: dirOther, seed: 8, referenceYear: YEAR });
  check = checkContent(dirA, { displayRoot: temp });
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('synthetic content tree', () => {
  it('passes the content checker with no errors; the only warnings are the English summaries it leaves out on purpose', () => {
    const otherThanEnglish = check.problems.filter((p) => !(p.severity === 'warning' && p.field === 'summary' && p.message.startsWith('has no English version')));
    expect(formatReport(otherThanEnglish)).toBe('Content is valid.');
    expect(check.errors).toBe(0);
    expect(check.warnings).toBeGreaterThan(0);
  });

  it('has the layout of content/: Markdown entries, YAML territories, the real taxonomies', () => {
    for (const folder of ['projects', 'practices', 'partners', 'documents']) expect(filesIn(dirA, folder).every((f) => f.endsWith('.md'))).toBe(true);
    expect(filesIn(dirA, 'territories').every((f) => f.endsWith('.yaml'))).toBe(true);
    for (const name of readdirSync('content/taxonomies')) {
      expect(readFileSync(join(dirA, 'taxonomies', name), 'utf8')).toBe(readFileSync(join('content/taxonomies', name), 'utf8'));
    }
  });

  it('has realistic proportions', () => {
    const count = (folder: string) => filesIn(dirA, folder).length;
    expect(count('practices')).toBe(PRACTICES);
    expect(count('projects')).toBe(Math.ceil(PRACTICES / 8));
    expect(count('partners')).toBe(Math.ceil(PRACTICES / 4));
    expect(count('documents')).toBe(Math.ceil(PRACTICES / 3));
    const kinds = check.entries.filter((e) => e.collection === 'territories').map((e) => (e.data as { kind: string }).kind);
    expect(kinds.filter((k) => k === 'country')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'region')).toHaveLength(20);
    expect(kinds.filter((k) => k === 'province' || k === 'metropolitan-city')).toHaveLength(107);
    expect(kinds.filter((k) => k === 'metropolitan-city')).toHaveLength(14);
    expect(kinds.filter((k) => k === 'municipality').length).toBe(syntheticCounts(PRACTICES).municipalities);
  });

  it('scales the counts with the number of practices, with caps', () => {
    const big = syntheticCounts(10_000);
    expect(big).toMatchObject({ projects: 1250, partners: 2500, documents: 3334, municipalities: 2000 });
    expect(syntheticCounts(100_000)).toMatchObject({ partners: 2500, municipalities: 8000 });
  });

  it('gives a byte-identical tree for the same seed and a different one for another seed', () => {
    const a = listTree(dirA);
    expect(listTree(dirB)).toEqual(a);
    const other = listTree(dirOther);
    expect(other).not.toEqual(a);
    expect([...other.keys()].filter((k) => k.startsWith('practices/'))).not.toEqual([...a.keys()].filter((k) => k.startsWith('practices/')));
  });

  it('links every municipality up to `italia` through a province and a region', () => {
    const territories = new Map(check.entries.filter((e) => e.collection === 'territories').map((e) => [e.id, e.data as { kind: string; parent?: { id: string } }]));
    const municipalities = [...territories].filter(([, t]) => t.kind === 'municipality');
    expect(municipalities.length).toBeGreaterThan(0);
    for (const [id] of municipalities) {
      const kinds: string[] = [];
      let current: string | undefined = id;
      while (current) {
        const territory = territories.get(current);
        expect(territory, `${id}: parent ${current} missing`).toBeDefined();
        kinds.push(territory!.kind);
        if (current === 'italia') break;
        current = territory!.parent?.id;
      }
      expect(current).toBe('italia');
      expect(kinds).toHaveLength(4);
      expect(['province', 'metropolitan-city']).toContain(kinds[1]);
      expect(kinds.slice(2)).toEqual(['region', 'country']);
    }
  });

  it('gives unique 2/3/6-digit ISTAT codes and points inside Italy', () => {
    const territories = check.entries.filter((e) => e.collection === 'territories').map((e) => e.data as { kind: string; istat?: string; coordinates?: { lat: number; lon: number } });
    const codes = territories.flatMap((t) => (t.istat ? [t.istat] : []));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(territories.length - 1);
    for (const t of territories) {
      const digits = { region: 2, province: 3, 'metropolitan-city': 3, municipality: 6 }[t.kind];
      if (digits) expect(t.istat).toMatch(new RegExp(`^\\d{${digits}}$`));
      expect(t.coordinates!.lat).toBeGreaterThanOrEqual(36.7);
      expect(t.coordinates!.lat).toBeLessThanOrEqual(46.9);
      expect(t.coordinates!.lon).toBeGreaterThanOrEqual(6.7);
      expect(t.coordinates!.lon).toBeLessThanOrEqual(18.4);
    }
  });

  it('varies evidence levels and reports expected and achieved results', () => {
    const practices = check.entries.filter((e) => e.collection === 'practices').map((e) => e.data as { evidence: { level: string }; expectedResults: unknown[]; achievedResults: unknown[] });
    expect(new Set(practices.map((p) => p.evidence.level))).toEqual(new Set(['declared', 'monitored', 'evaluated', 'independently-evaluated']));
    expect(practices.some((p) => p.expectedResults.length > 0)).toBe(true);
    expect(practices.some((p) => p.achievedResults.length > 0)).toBe(true);
    expect(practices.some((p) => p.achievedResults.length === 0)).toBe(true);
  });

  it('marks every entry as synthetic and gives bodies with headings', () => {
    for (const entry of check.entries) {
      if (entry.collection === 'practices' || entry.collection === 'projects' || entry.collection === 'partners') {
        expect((entry.data as { summary: string }).summary.startsWith('[sintetico]')).toBe(true);
      }
      if (entry.collection === 'practices' || entry.collection === 'projects' || entry.collection === 'documents') {
        expect(entry.body.trimStart().startsWith('[sintetico]')).toBe(true);
      }
      if (entry.collection === 'practices' || entry.collection === 'projects') {
        expect(entry.body.match(/^## \S/gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
        expect(entry.body.length).toBeGreaterThan(800);
      }
    }
    expect(readFileSync(join(dirA, 'territories', 'italia.yaml'), 'utf8')).toMatch(/^# .*sintetic/);
  });

  it('uses kebab-case ids', () => {
    for (const entry of check.entries) {
      if (['projects', 'practices', 'partners', 'documents', 'territories'].includes(entry.collection)) expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('writes projects as MDX on request', () => {
    const dir = join(temp, 'mdx-projects');
    writeSyntheticTree({ practices: 16, out: dir, seed: 7, referenceYear: YEAR, projectExtension: 'mdx' });
    expect(filesIn(dir, 'projects').every((f) => f.endsWith('.mdx'))).toBe(true);
    expect(checkContent(dir, { displayRoot: temp }).errors).toBe(0);
  });

  it('refuses to overwrite a folder it did not write', () => {
    expect(() => writeSyntheticTree({ practices: 5, out: 'content' })).toThrow(/real content/);
    expect(() => writeSyntheticTree({ practices: 5, out: join(dirA, 'practices') })).toThrow(/not empty/);
  });
});

describe('synthetic building blocks', () => {
  it('the PRNG repeats for a seed and differs across seeds', () => {
    const draw = (seed: number | string) => {
      const rng = createRng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw('atlante')).toEqual(draw('atlante'));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('generation is pure: same options, same entries', () => {
    const taxonomies = { themes: ['casa'], targetGroups: ['comunita-locali'], interventionTypes: ['formazione'], funds: ['f'] };
    expect(generateSynthetic({ practices: 20, seed: 3, taxonomies, referenceYear: 2030 })).toEqual(generateSynthetic({ practices: 20, seed: 3, taxonomies, referenceYear: 2030 }));
  });

  it('slugify makes kebab-case ids', () => {
    expect(slugify('Città di Sant\u2019Elia  al Mare')).toBe('citta-di-sant-elia-al-mare');
    expect(slugify('Un titolo molto lungo che supera di gran lunga il limite di sessanta caratteri')).toMatch(/^[a-z0-9-]{1,60}$/);
  });
});
