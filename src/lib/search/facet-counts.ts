/**
 * Faceted search that behaves as people expect: values of one facet are joined with OR, facets
 * with AND, and each count says what ticking or unticking would give (disjunctive counts).
 * Pagefind's own UI joins values of a facet with AND and shows counts that go wrong once a value
 * is ticked (Pagefind issues #7, #195, #594); its engine can do better when asked the right
 * questions, which this module works out. It knows nothing of Pagefind itself: a `Searcher`
 * answers with the result count and the per-value counts within those results, which is what
 * Pagefind's `search()` returns (`results.length`, `filters`).
 */
import { FACETS, type Facet, type SearchFilters } from './record.ts';
import { withoutFacet, type SearchState } from './state.ts';

/** A filter in Pagefind's syntax: per facet, the values any of which must match, or none of which may. */
export type EngineFilter = Partial<Record<Facet, { any: string[] } | { none: string[] }>>;

export interface EngineAnswer {
  /** How many results match. */
  total: number;
  /** Per facet and value, how many of those results have the value. */
  counts: Partial<Record<string, Record<string, number>>>;
}

export type Searcher<A extends EngineAnswer = EngineAnswer> = (filter: EngineFilter) => Promise<A>;

/** OR within a facet, AND across facets. */
export function engineFilter(filters: SearchFilters): EngineFilter {
  const filter: EngineFilter = {};
  for (const facet of FACETS) {
    const values = filters[facet];
    if (values?.length) filter[facet] = { any: values };
  }
  return filter;
}

export interface FacetValueCount {
  /** Unticked: the results ticking it would give. Ticked: how many of the current results have it. */
  count: number;
  ticked: boolean;
}

/**
 * The count to show beside a value. A value no result holds is absent from the engine's counts:
 * in a facet with ticked values, ticking it would leave the results as they are.
 */
export function countOf(answer: FacetedAnswer, facet: Facet, value: string): number {
  return answer.facets[facet].get(value)?.count ?? (answer.tickedFacets.includes(facet) ? answer.total : 0);
}

export interface FacetedAnswer<A extends EngineAnswer = EngineAnswer> {
  total: number;
  /** The searcher's own answer for the current filters (with its results, for a real engine). */
  current: A;
  /** Per facet, per value seen in any answer. */
  facets: Record<Facet, Map<string, FacetValueCount>>;
  /** Facets with ticked values that the user can change (not fixed by the page). */
  tickedFacets: Facet[];
}

/**
 * Counts for every facet value with one question for the current results and one per facet
 * that has ticked values. For such a facet F with ticked values S, ticking another value v
 * gives the current results plus those with v that have none of S (and match the other
 * facets): the second question asks exactly for those.
 */
export async function facetedCounts<A extends EngineAnswer>(state: SearchState, search: Searcher<A>, fixed: SearchFilters = {}): Promise<FacetedAnswer<A>> {
  const openFacets = FACETS.filter((facet) => !fixed[facet] && (state.filters[facet]?.length ?? 0) > 0);
  const [current, ...extras] = await Promise.all([
    search(engineFilter(state.filters)),
    ...openFacets.map((facet) => search({ ...engineFilter(withoutFacet(state, facet).filters), [facet]: { none: state.filters[facet]! } })),
  ]);
  const facets = Object.fromEntries(FACETS.map((f) => [f, new Map<string, FacetValueCount>()])) as FacetedAnswer['facets'];
  for (const facet of FACETS) {
    const ticked = state.filters[facet] ?? [];
    const withinCurrent = current!.counts[facet] ?? {};
    if (ticked.length === 0) {
      for (const [value, count] of Object.entries(withinCurrent)) facets[facet].set(value, { count, ticked: false });
      continue;
    }
    for (const value of ticked) facets[facet].set(value, { count: withinCurrent[value] ?? 0, ticked: true });
    const extra = extras[openFacets.indexOf(facet)];
    if (!extra) continue;
    for (const [value, count] of Object.entries(extra.counts[facet] ?? {})) {
      if (!ticked.includes(value)) facets[facet].set(value, { count: current!.total + count, ticked: false });
    }
  }
  return { total: current!.total, current: current!, facets, tickedFacets: openFacets };
}

export interface Relaxation {
  facet: Facet;
  /** Results once every value of the facet is unticked. */
  total: number;
}

/**
 * When nothing matches: which single facet to clear to get the most results back, with the
 * count that would give. Undefined when clearing no facet helps (the query itself finds nothing).
 */
export async function bestRelaxation(state: SearchState, search: Searcher, fixed: SearchFilters = {}): Promise<Relaxation | undefined> {
  const candidates = FACETS.filter((facet) => !fixed[facet] && (state.filters[facet]?.length ?? 0) > 0);
  const totals = await Promise.all(candidates.map(async (facet) => (await search(engineFilter(withoutFacet(state, facet).filters))).total));
  let best: Relaxation | undefined;
  candidates.forEach((facet, i) => {
    const total = totals[i]!;
    if (total > 0 && (!best || total > best.total)) best = { facet, total };
  });
  return best;
}
