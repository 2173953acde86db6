/**
 * Pagefind's browser API, loaded on demand from the index the build wrote (`/pagefind/`). The
 * site asks it for words only: which records match a query, best first. Facets, sorting and
 * paging run on the catalogue index (src/lib/search/index-engine.ts).
 */
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

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  preload(query: string): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
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

/** Name of the performance measure of each query's time inside Pagefind (read by `npm run bench:search`). */
export const PAGEFIND_MEASURE = 'atlante:pagefind-search';

/** The records matching a query, best first; the time spent in Pagefind is recorded as a performance measure. */
export async function searchWords(base: string, query: string): Promise<PagefindResult[]> {
  const api = await loadPagefind(base);
  const start = performance.now();
  const response = await api.search(query);
  performance.measure(PAGEFIND_MEASURE, { start, end: performance.now(), detail: query });
  return response?.results ?? [];
}

/** Starts fetching the index chunks of a query being typed, so the search that follows finds them loaded. */
export function preloadWords(base: string, query: string): void {
  void loadPagefind(base)
    .then((api) => api.preload(query))
    .catch(() => undefined);
}
