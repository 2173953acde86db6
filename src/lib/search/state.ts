/**
 * The state of a search view, and its URL. The URL is the contract: `q` for the query, each
 * facet's key repeated for several values, `ordina` and `pagina`:
 * `/cerca/?q=formazione&tema=casa&tema=lavoro&regione=sicilia&ordina=data&pagina=2`.
 * Reload, back/forward and a shared link restore the exact view.
 */
import { searchableQuery } from './query.ts';
import { FACETS, type Facet, type SearchFilters } from './record.ts';

/** `data`: newest first; `titolo`: A to Z. No `ordina` means by relevance (by title when browsing without a query). */
export const ORDERS = ['data', 'titolo'] as const;
export type Order = (typeof ORDERS)[number];

export interface SearchState {
  q: string;
  filters: SearchFilters;
  order?: Order | undefined;
  /** 1-based. */
  page: number;
}

export const RESULTS_PER_PAGE = 10;

const isOrder = (value: string | null): value is Order => ORDERS.includes(value as Order);

/**
 * Reads a state from a query string. `fixed` facets (`tipo=pratica` on /pratiche/) are part of
 * the page, not of its URL, so the URL's own values for them are ignored.
 */
export function parseState(params: URLSearchParams, fixed: SearchFilters = {}): SearchState {
  const filters: SearchFilters = {};
  for (const facet of FACETS) {
    const values = fixed[facet] ?? [...new Set(params.getAll(facet).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[facet] = values;
  }
  const order = params.get('ordina');
  const page = Number.parseInt(params.get('pagina') ?? '', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    order: isOrder(order) ? order : undefined,
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The query string of a state (without `?`), in a stable order; fixed facets are left out. */
export function stateToQuery(state: SearchState, fixed: SearchFilters = {}): string {
  const params = new URLSearchParams();
  if (state.q) params.append('q', state.q);
  for (const facet of FACETS) {
    if (fixed[facet]) continue;
    for (const value of state.filters[facet] ?? []) params.append(facet, value);
  }
  if (state.order) params.append('ordina', state.order);
  if (state.page > 1) params.append('pagina', String(state.page));
  return params.toString();
}

/** True when the view shows something to search for: a query or at least one non-fixed filter. */
export function isActive(state: SearchState, fixed: SearchFilters = {}): boolean {
  return searchableQuery(state.q) !== '' || FACETS.some((facet) => !fixed[facet] && (state.filters[facet]?.length ?? 0) > 0);
}

/** The state with one value ticked or unticked; any change of filters goes back to the first page. */
export function toggleValue(state: SearchState, facet: Facet, value: string, ticked: boolean): SearchState {
  const current = state.filters[facet] ?? [];
  const values = ticked ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters: SearchFilters = { ...state.filters };
  if (values.length) filters[facet] = values;
  else delete filters[facet];
  return { ...state, filters, page: 1 };
}

/** The state without any value of one facet. */
export function withoutFacet(state: SearchState, facet: Facet): SearchState {
  const filters: SearchFilters = { ...state.filters };
  delete filters[facet];
  return { ...state, filters, page: 1 };
}
