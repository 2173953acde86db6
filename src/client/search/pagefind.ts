/**
 * Pagefind's browser API, loaded on demand from the index the build wrote (`/pagefind/`), and
 * an adapter that asks it the questions of src/lib/search/facet-counts.ts.
 */
import type { EngineAnswer, EngineFilter } from '../../lib/search/facet-counts.ts';
import type { Order } from '../../lib/search/state.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: EngineFilter; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchAnswer extends EngineAnswer {
  results: PagefindResult[];
}

let loading: Promise<PagefindApi> | undefined;

/** The API, loaded once per page; `base` is where the site is served (`/` or `/repository/`). */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: 24 });
    await api.init();
    return api;
  })();
  return loading;
}

/** Without a query, results are listed by title; `data` lists the newest first. */
function sortFor(query: string, order: Order | undefined): Record<string, 'asc' | 'desc'> | undefined {
  if (order === 'data') return { data: 'desc' };
  if (order === 'titolo' || !query) return { titolo: 'asc' };
  return undefined;
}

/** A searcher for one query and order: each call applies another filter. */
export function searcherFor(api: PagefindApi, query: string, order: Order | undefined) {
  return async (filter: EngineFilter): Promise<SearchAnswer> => {
    if (!query && Object.keys(filter).length === 0) {
      // Nothing asked yet: the counts over the whole index, no results to list.
      const counts = await api.filters();
      const total = Object.values(counts.tipo ?? {}).reduce((sum, n) => sum + n, 0);
      return { total, counts, results: [] };
    }
    const response = await api.search(query || null, { filters: filter, ...(sortFor(query, order) ? { sort: sortFor(query, order)! } : {}) });
    const results = response?.results ?? [];
    return { total: results.length, counts: response?.filters ?? {}, results };
  };
}
