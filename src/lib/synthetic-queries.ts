/**
 * What a search index sees in a synthetic tree, and queries to benchmark it with.
 *
 * `countWords` tells in how many pages each word appears (one page per entry: its text as the
 * site shows it), `wordStats` sums that up (how many distinct words; the share of pages the
 * 10th, 100th, 1000th most frequent word is in), and `searchQueries` draws, from the same
 * words and a seed, the query set `npm run bench:search` types: common words, rare words, two
 * words, prefixes typed so far, and typos.
 *
 * Pure: no file system. `scripts/generate.ts` writes the queries beside the tree.
 */
import { createRng, type Rng, type SyntheticEntry } from './synthetic.ts';

/**
 * Letters and digits, as a search index splits text into words (apostrophes split too), on
 * lowercased text. Latin letters only: the synthetic text has no others, and a Unicode class
 * made the count three times slower.
 */
const NOT_WORD = /[^a-z0-9\u00df-\u00f6\u00f8-\u00ff]+/;

/**
 * An entry's text as its page shows it: the body and every string field that is prose or a
 * name (it has a space or starts with a capital). Ids, enum values, dates and web addresses
 * are left out: the page shows labels and links in their place.
 */
export function pageText(entry: SyntheticEntry): string {
  const parts: string[] = [entry.body];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if ((/\s/.test(value) || /^\p{Lu}/u.test(value)) && !/^https?:/.test(value)) parts.push(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(entry.data);
  return parts.join('\n');
}

export interface WordCounts {
  pages: number;
  /** Word (lowercase) → number of pages it appears in. */
  pagesWith: Map<string, number>;
  /** Each page's distinct words, as indices into `words`. */
  pageWords: Int32Array[];
  /** Every word, in order of first appearance. */
  words: string[];
}

export function countWords(texts: Iterable<string>): WordCounts {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const perWord: number[] = [];
  /** The last page each word was seen in, so a page counts once. */
  const lastPage: number[] = [];
  const pageWords: Int32Array[] = [];
  const page: number[] = [];
  for (const text of texts) {
    const index = pageWords.length;
    page.length = 0;
    for (const word of text.toLowerCase().split(NOT_WORD)) {
      if (word === '') continue;
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
        perWord.push(0);
        lastPage.push(-1);
      }
      if (lastPage[id] !== index) {
        lastPage[id] = index;
        perWord[id]!++;
        page.push(id);
      }
    }
    pageWords.push(Int32Array.from(page));
  }
  return { pages: pageWords.length, pagesWith: new Map(words.map((w, i) => [w, perWord[i]!])), pageWords, words };
}

/** Words by the number of pages they are in, most first (ties alphabetically). */
function byFrequency(counts: WordCounts): [string, number][] {
  return [...counts.pagesWith].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export interface WordStats {
  pages: number;
  distinctWords: number;
  /** Words seen in a single page. */
  singlePageWords: number;
  /** The word at each rank (1 = most frequent) and the share of pages it is in. */
  ranks: { rank: number; word: string; pages: number; share: number }[];
}

export function wordStats(counts: WordCounts, ranks: readonly number[] = [10, 100, 1000, 10000]): WordStats {
  const sorted = byFrequency(counts);
  return {
    pages: counts.pages,
    distinctWords: sorted.length,
    singlePageWords: sorted.filter(([, n]) => n === 1).length,
    ranks: ranks.filter((rank) => rank <= sorted.length).map((rank) => {
      const [word, pages] = sorted[rank - 1]!;
      return { rank, word, pages, share: pages / counts.pages };
    }),
  };
}

// ---------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------

export const QUERY_CLASSES = ['common', 'rare', 'two-words', 'prefix', 'typo'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export interface SearchQuery {
  class: QueryClass;
  /** What the user types. */
  q: string;
  /**
   * Whether an index that matches whole words and word prefixes (Pagefind) finds a page:
   * true for every class but typos, which are one edit away from a word of the text and
   * neither a word nor the start of one (Pagefind has no typo tolerance).
   */
  expectMatches: boolean;
  /** Pages holding every word of `q` (the last one as a prefix for prefix queries); 0 for typos. */
  pages: number;
  /** For typos: the word the user meant. */
  intended?: string;
}

/** Grammar words: not what anyone searches for alone. The "[sintetico]" marker is in every page. */
const FUNCTION_WORDS = new Set([
  'sintetico', 'della', 'delle', 'degli', 'dello', 'nella', 'nelle', 'negli', 'nello', 'dalla', 'dalle', 'dagli', 'dallo', 'alla', 'alle', 'agli',
  'allo', 'sulla', 'sulle', 'sugli', 'sullo', 'dell', 'nell', 'dall', 'sull', 'hanno', 'stato', 'stata', 'stati', 'state', 'questo', 'questa', 'sono', 'come', 'anche', 'verso', 'presso',
]);

const isContentWord = (word: string, minLength: number) => word.length >= minLength && /^\p{L}+$/u.test(word) && !FUNCTION_WORDS.has(word);

/** Keys next to each letter on an Italian keyboard: the letters a slip of the finger types instead. */
const NEAR_KEYS: Record<string, string> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn', k: 'jiolm', l: 'kop',
  m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

/** One edit (a neighbouring key instead, a letter left out, a neighbouring key added, two letters swapped) in the first half of `word`, past its first letter. */
function typoOf(word: string, rng: Rng): string {
  const at = rng.int(1, Math.floor(word.length / 2) - 1);
  const letter = rng.pick([...(NEAR_KEYS[word[at]!] ?? 'aeiou')]);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return word[at] === word[at + 1] ? word.slice(0, at) + letter + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
}

/** Whether some word of the sorted list starts with `prefix`. */
function startsSome(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low]!.startsWith(prefix);
}

/**
 * `perClass` queries of each class, drawn with `seed` from the pages' words (`counts`):
 * - common: among the 60 words in most pages (five letters or more, no grammar words);
 * - rare: words in at most 0.1 % of the pages (at least the `perClass` rarest);
 * - two-words: two words of one page (both in it, so the pair matches);
 * - prefix: the first 3 to 5 letters of one of the 2,000 most frequent words of 7+ letters;
 * - typo: one edit inside the first half of a word of 7+ letters (see `SearchQuery`).
 */
export function searchQueries(counts: WordCounts, seed: number | string, perClass = 14): SearchQuery[] {
  const rng = createRng(`${String(seed)}:queries`);
  const sorted = byFrequency(counts);
  const vocabulary = [...counts.pagesWith.keys()].sort();
  const queries: SearchQuery[] = [];
  const used = new Set<string>();
  const add = (query: SearchQuery) => {
    used.add(query.q);
    queries.push(query);
  };

  const common = sorted.filter(([w]) => isContentWord(w, 5)).slice(0, 60);
  for (const [q, pages] of rng.sample(common, perClass)) add({ class: 'common', q, expectMatches: true, pages });

  const content = sorted.filter(([w]) => isContentWord(w, 5));
  const threshold = Math.max(1, Math.floor(counts.pages / 1000));
  const rare = content.filter(([, n]) => n <= threshold);
  const rarePool = (rare.length >= perClass ? rare : content.slice(-perClass)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [q, pages] of rng.sample(rarePool, perClass)) add({ class: 'rare', q, expectMatches: true, pages });

  const pairs: number[][] = [];
  for (let attempt = 0; pairs.length < perClass && attempt < perClass * 20 && counts.pages > 0; attempt++) {
    const words = [...rng.pick(counts.pageWords)].filter((id) => isContentWord(counts.words[id]!, 4)).sort((a, b) => a - b);
    if (words.length < 2) continue;
    const pair = rng.sample(words, 2);
    const q = pair.map((id) => counts.words[id]).join(' ');
    if (used.has(q)) continue;
    used.add(q);
    pairs.push(pair);
  }

  const frequent = sorted.filter(([w]) => isContentWord(w, 7)).slice(0, 2000).map(([w]) => w);
  const prefixes: string[] = [];
  for (let attempt = 0; prefixes.length < perClass && attempt < perClass * 20 && frequent.length > 0; attempt++) {
    const prefix = rng.pick(frequent).slice(0, rng.int(3, 5));
    if (used.has(prefix)) continue;
    used.add(prefix);
    prefixes.push(prefix);
  }

  // Pages of the pairs and prefixes: one pass over the pages' word lists.
  const pairPages = pairs.map(() => 0);
  const prefixPages = prefixes.map(() => 0);
  const prefixesOf = counts.words.map((word) => prefixes.flatMap((prefix, i) => (word.startsWith(prefix) ? [i] : [])));
  const found = new Set<number>();
  for (const page of counts.pageWords) {
    const words = new Set(page);
    pairs.forEach((pair, i) => {
      if (pair.every((id) => words.has(id))) pairPages[i]!++;
    });
    found.clear();
    for (const id of page) for (const i of prefixesOf[id]!) found.add(i);
    for (const i of found) prefixPages[i]!++;
  }
  pairs.forEach((pair, i) => add({ class: 'two-words', q: pair.map((id) => counts.words[id]).join(' '), expectMatches: true, pages: pairPages[i]! }));
  prefixes.forEach((q, i) => add({ class: 'prefix', q, expectMatches: true, pages: prefixPages[i]! }));

  const typoSources = content.filter(([w, n]) => w.length >= 7 && n >= 2).map(([w]) => w);
  let typos = 0;
  for (let attempt = 0; typos < perClass && attempt < perClass * 50 && typoSources.length > 0; attempt++) {
    const intended = rng.pick(typoSources);
    const q = typoOf(intended, rng);
    if (used.has(q) || startsSome(vocabulary, q)) continue;
    add({ class: 'typo', q, expectMatches: false, pages: 0, intended });
    typos++;
  }
  return queries;
}
