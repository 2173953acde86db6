import { distance } from 'fastest-levenshtein';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERIES_FILE, writeSyntheticTree } from '../../scripts/generate.ts';
import { LIMITS } from '../../src/schemas/common.ts';
import { MAX_SENTENCE, proseSentence } from '../../src/lib/synthetic-prose.ts';
import { countWords, pageText, QUERY_CLASSES, searchQueries, wordStats, type SearchQuery } from '../../src/lib/synthetic-queries.ts';
import { createRng, generateSynthetic, type SyntheticTree } from '../../src/lib/synthetic.ts';

/** Two neighbouring letters swapped: one edit for a typist (two for Levenshtein). */
const isSwap = (a: string, b: string) => {
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return a.length === b.length && at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
};

const TAXONOMIES = { themes: ['casa', 'lavoro'], targetGroups: ['rom-sinti-caminanti'], interventionTypes: ['formazione'], funds: ['fami'] };
const sentences = (seed: number, count: number) => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => proseSentence(rng));
};

describe('synthetic prose', () => {
  const text = sentences(11, 3000);

  it('writes sentences that start with a capital, end with a full stop and fit three to a summary', () => {
    for (const sentence of text) {
      expect(sentence).toMatch(/^\p{Lu}.*\.$/u);
      expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
    }
    expect(3 * MAX_SENTENCE + '[sintetico] '.length + 2).toBeLessThanOrEqual(LIMITS.summary);
  });

  it('makes articles agree with the word after them', () => {
    const all = text.join(' ');
    expect(all).not.toMatch(/(^|[\s’])(il|lo|la|una) [aeiouàèéìòù]/u); // l’ before a vowel
    expect(all).not.toMatch(/(^|[\s’])(il|i|un) (s[bcdfghlmnpqrtvz]|z|gn|ps)/u); // lo, gli, uno there
    expect(all).not.toMatch(/(^|\s)(de|ne|a|da|su)(l|i) (s[bcdfghlmnpqrtvz]|z|gn|ps)/u); // dello, negli…
    expect(all).toMatch(/\bdell’/u);
    expect(all).toMatch(/\bdegli /u);
  });

  it('uses the field’s terms and a wide vocabulary, and never a slur', () => {
    const words = new Set(text.join(' ').toLowerCase().split(/[^\p{L}]+/u));
    for (const term of ['accoglienza', 'inclusione', 'mediazione', 'rom', 'sinti', 'lavoro', 'casa', 'formazione', 'migranti']) expect(words).toContain(term);
    expect(words.size).toBeGreaterThan(3000);
    for (const slur of ['zingaro', 'zingari', 'negro', 'clandestino', 'clandestini', 'extracomunitario', 'nomadi', 'terrorista']) expect(words).not.toContain(slur);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(sentences(11, 50)).toEqual(text.slice(0, 50));
    expect(sentences(12, 50)).not.toEqual(text.slice(0, 50));
  });
});

describe('word statistics and search queries of a tree', () => {
  let tree: SyntheticTree;
  let queries: SearchQuery[];
  let pages: Set<string>[];
  const temp = mkdtempSync(join(tmpdir(), 'atlante-synthetic-text-'));

  beforeAll(() => {
    tree = generateSynthetic({ practices: 400, seed: 5, taxonomies: TAXONOMIES, referenceYear: 2030 });
    const counts = countWords(tree.entries.map(pageText));
    queries = searchQueries(counts, 5);
    pages = tree.entries.map((entry) => new Set(pageText(entry).toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  });

  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  const pagesWith = (words: string[]) => pages.filter((page) => words.every((w) => page.has(w))).length;
  const ofClass = (name: string) => queries.filter((q) => q.class === name);

  it('spreads words like real text: a few in most pages, most in a few', () => {
    const stats = wordStats(countWords(tree.entries.map(pageText)));
    expect(stats.pages).toBe(tree.entries.length);
    expect(stats.distinctWords).toBeGreaterThan(8000);
    const share = (rank: number) => stats.ranks.find((r) => r.rank === rank)!.share;
    expect(share(10)).toBeGreaterThan(0.5);
    expect(share(100)).toBeLessThan(share(10));
    expect(share(1000)).toBeLessThan(0.05);
    expect(stats.singlePageWords).toBeGreaterThan(stats.distinctWords / 4);
  });

  it('reads what the page shows: prose and names, not ids or web addresses', () => {
    const practice = tree.entries.find((e) => e.collection === 'practices')!;
    const text = pageText(practice);
    expect(text).toContain(practice.data.title as string);
    expect(text).toContain('[sintetico]');
    expect(text).not.toContain((practice.data.partners as string[])[0]);
    expect(text).not.toContain(practice.data.lastReviewed as string);
    expect(text).not.toMatch(/https?:/);
  });

  it('draws at least 60 queries, at least 12 of each class', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const name of QUERY_CLASSES) expect(ofClass(name).length).toBeGreaterThanOrEqual(12);
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
  });

  it('counts the pages each query finds as a word-and-prefix index would', () => {
    for (const query of queries.filter((q) => q.class !== 'prefix' && q.class !== 'typo')) {
      expect(query.pages, query.q).toBe(pagesWith(query.q.split(' ')));
      expect(query.pages, query.q).toBeGreaterThan(0);
      expect(query.expectMatches).toBe(true);
    }
    for (const query of ofClass('prefix')) {
      expect(query.q).toMatch(/^\p{L}{3,5}$/u);
      expect(query.pages).toBe(pages.filter((page) => [...page].some((w) => w.startsWith(query.q))).length);
      expect(query.pages).toBeGreaterThan(0);
    }
  });

  it('makes common words common and rare words rare', () => {
    const entries = tree.entries.length;
    for (const query of ofClass('common')) expect(query.pages / entries, query.q).toBeGreaterThan(0.2);
    for (const query of ofClass('rare')) expect(query.pages, query.q).toBeLessThanOrEqual(3);
  });

  it('makes typos one edit away from a word of the text, matching no word or word start', () => {
    for (const query of ofClass('typo')) {
      expect(distance(query.q, query.intended!) === 1 || isSwap(query.q, query.intended!), `${query.q} / ${query.intended!}`).toBe(true);
      expect(pagesWith([query.intended!])).toBeGreaterThan(0);
      expect(pages.some((page) => [...page].some((w) => w.startsWith(query.q)))).toBe(false);
      expect(query).toMatchObject({ expectMatches: false, pages: 0 });
    }
  });

  it('writes the queries beside the tree, the same for the same seed', () => {
    const a = join(temp, 'a');
    const b = join(temp, 'b');
    writeSyntheticTree({ practices: 30, out: a, seed: 9, referenceYear: 2030 });
    writeSyntheticTree({ practices: 30, out: b, seed: 9, referenceYear: 2030 });
    const written = JSON.parse(readFileSync(join(a, QUERIES_FILE), 'utf8')) as SearchQuery[];
    expect(written.length).toBeGreaterThanOrEqual(60);
    expect(readFileSync(join(b, QUERIES_FILE), 'utf8')).toBe(readFileSync(join(a, QUERIES_FILE), 'utf8'));
    for (const query of written) expect(Object.keys(query).sort()).toEqual(query.class === 'typo' ? ['class', 'expectMatches', 'intended', 'pages', 'q'] : ['class', 'expectMatches', 'pages', 'q']);
  });
});
