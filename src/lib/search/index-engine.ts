/**
 * Faceted search over the decoded catalogue index, as people expect it: values of one facet are
 * joined with OR, facets with AND, and each count says what ticking or unticking would give
 * (disjunctive counts). Everything comes from one pass over the candidate rows (every row, or
 * the rows a text query matched): a row that passes every facet is a result and counts in every
 * facet; a row that fails exactly one facet counts only in that facet, as what ticking one of
 * its values would add. No second search per ticked facet, whatever is ticked.
 */
import type { DecodedIndex } from './index-codec.ts';
import { FACETS, type Facet, type SearchFilters } from './record.ts';
import type { Order } from './state.ts';

export interface FacetValueCount {
  /** Unticked: the results ticking it would give. Ticked: how many of the current results have it. */
  count: number;
  ticked: boolean;
}

export interface Relaxation {
  facet: Facet;
  /** Results once every value of the facet is unticked. */
  total: number;
}

export interface IndexQuery {
  /** Ticked values, fixed ones included. */
  filters: SearchFilters;
  /** Facets the page fixes (`tipo=pratica` on /pratiche/): applied, never counted or relaxed. */
  fixed?: SearchFilters;
  /** Rows a text query matched, best first and without repeats; absent when there is no text query. */
  matched?: readonly number[] | undefined;
  order?: Order | undefined;
}

export interface IndexAnswer {
  total: number;
  /** The matching rows in the order to show them. */
  rows: number[];
  /** Per facet, every value of its dictionary with its count. */
  facets: Record<Facet, Map<string, FacetValueCount>>;
  /** Facets with ticked values that the reader can change. */
  tickedFacets: Facet[];
  /** When nothing matches: the one facet to clear that gives back the most results. */
  relaxation?: Relaxation | undefined;
}

interface ActiveFacet {
  facet: Facet;
  words: number;
  bits: Uint32Array;
  mask: Uint32Array;
  fixed: boolean;
}

function maskOf(index: DecodedIndex, facet: Facet, ticked: readonly string[]): Uint32Array {
  const { values, words } = index.facets[facet];
  const mask = new Uint32Array(words);
  for (const value of ticked) {
    const position = values.indexOf(value);
    if (position >= 0) mask[position >>> 5]! |= 1 << (position & 31);
  }
  return mask;
}

function passes(active: ActiveFacet, row: number): boolean {
  const offset = row * active.words;
  for (let w = 0; w < active.words; w++) if (active.bits[offset + w]! & active.mask[w]!) return true;
  return false;
}

/** Adds one to the count of every value the row holds in a facet. */
function countValues(bits: Uint32Array, words: number, row: number, counts: Uint32Array): void {
  const offset = row * words;
  for (let w = 0; w < words; w++) {
    let word = bits[offset + w]!;
    while (word !== 0) {
      const lowest = word & -word;
      counts[w * 32 + 31 - Math.clz32(lowest)]!++;
      word ^= lowest;
    }
  }
}

export function runQuery(index: DecodedIndex, query: IndexQuery): IndexAnswer {
  const fixed = query.fixed ?? {};
  const active: ActiveFacet[] = FACETS.filter((facet) => (query.filters[facet]?.length ?? 0) > 0).map((facet) => ({
    facet,
    words: index.facets[facet].words,
    bits: index.facets[facet].bits,
    mask: maskOf(index, facet, query.filters[facet]!),
    fixed: facet in fixed,
  }));
  const within = Object.fromEntries(FACETS.map((facet) => [facet, new Uint32Array(index.facets[facet].words * 32)])) as Record<Facet, Uint32Array>;
  const outside = new Map(active.map((a) => [a.facet, new Uint32Array(a.words * 32)]));
  const failingOnly = new Map(active.map((a) => [a.facet, 0]));
  const rows: number[] = [];
  const visit = (row: number) => {
    let failed: ActiveFacet | undefined;
    for (const facet of active) {
      if (passes(facet, row)) continue;
      if (failed) return;
      failed = facet;
    }
    if (!failed) {
      rows.push(row);
      for (const facet of FACETS) countValues(index.facets[facet].bits, index.facets[facet].words, row, within[facet]);
    } else if (!failed.fixed) {
      failingOnly.set(failed.facet, failingOnly.get(failed.facet)! + 1);
      countValues(failed.bits, failed.words, row, outside.get(failed.facet)!);
    }
  };
  if (query.matched) for (const row of query.matched) visit(row);
  else for (let row = 0; row < index.rows; row++) visit(row);

  const total = rows.length;
  const tickedFacets = active.filter((a) => !a.fixed).map((a) => a.facet);
  const facets = {} as IndexAnswer['facets'];
  for (const facet of FACETS) {
    const ticked = new Set(query.filters[facet] ?? []);
    const extra = tickedFacets.includes(facet) ? outside.get(facet) : undefined;
    facets[facet] = new Map(
      index.facets[facet].values.map((value, i) => {
        const isTicked = ticked.has(value);
        return [value, { count: extra && !isTicked ? total + extra[i]! : within[facet][i]!, ticked: isTicked }];
      }),
    );
  }
  if (query.order === 'data') rows.sort((a, b) => index.dates[b]! - index.dates[a]! || a - b);
  else if (query.order === 'titolo' && query.matched) rows.sort((a, b) => a - b);

  let relaxation: Relaxation | undefined;
  if (total === 0) {
    for (const facet of tickedFacets) {
      const gained = failingOnly.get(facet)!;
      if (gained > 0 && (!relaxation || gained > relaxation.total)) relaxation = { facet, total: gained };
    }
  }
  return { total, rows, facets, tickedFacets, relaxation };
}

/** The count to show beside a value. */
export const countOf = (answer: IndexAnswer, facet: Facet, value: string): number => answer.facets[facet].get(value)?.count ?? 0;

/** The rows of one page (1-based), and the page actually shown when the asked one is past the end. */
export function pageOf<T>(rows: readonly T[], page: number, perPage: number): { page: number; pages: number; rows: T[] } {
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const shown = Math.min(Math.max(1, page), pages);
  return { page: shown, pages, rows: rows.slice((shown - 1) * perPage, shown * perPage) };
}

/** The values one row holds in a facet (its `tipo`, for a result's badge). */
export function valuesAt(index: DecodedIndex, facet: Facet, row: number): string[] {
  const { values, words, bits } = index.facets[facet];
  return values.filter((_, i) => (bits[row * words + (i >>> 5)]! & (1 << (i & 31))) !== 0);
}
