/**
 * `<atlante-search>`: the faceted search of /cerca/ (and the panel of /pratiche/) on Pagefind's
 * API. The server renders the form (its checkboxes are named by the URL keys, so the markup
 * states the contract) and a fallback for readers without JavaScript; this element runs the
 * searches, fills in the counts and results, and keeps the state in the URL.
 */
import { bestRelaxation, countOf, facetedCounts, type FacetedAnswer } from '../../lib/search/facet-counts.ts';
import type { Facet, SearchFilters } from '../../lib/search/record.ts';
import { searchableQuery } from '../../lib/search/query.ts';
import { isActive, parseState, RESULTS_PER_PAGE, stateToQuery, toggleValue, withoutFacet, type SearchState } from '../../lib/search/state.ts';
import { latestOnly } from './latest.ts';
import { loadPagefind, searcherFor } from './pagefind.ts';
import { resultItem, type ResultStrings } from './results.ts';

interface ViewStrings extends ResultStrings {
  count: string;
  countOne: string;
  showing: string;
  none: string;
  relax: string;
  relaxOne: string;
  unavailable: string;
  page: string;
  previous: string;
  next: string;
  facets: Record<Facet, string>;
}

type HistoryMode = 'push' | 'replace' | 'none';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

class AtlanteSearch extends HTMLElement {
  #state!: SearchState;
  #fixed: SearchFilters = {};
  #strings!: ViewStrings;
  #base = '/';
  /** Draws the latest state; see latest.ts. */
  #run = latestOnly((isStale) => this.#render(this.#state, isStale));
  #focusResults = false;
  #filtersLoaded: Promise<unknown> | undefined;

  connectedCallback(): void {
    this.#base = this.dataset.base ?? '/';
    this.#fixed = JSON.parse(this.dataset.fixed ?? '{}') as SearchFilters;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as ViewStrings;
    for (const fallback of this.querySelectorAll<HTMLElement>('[data-search-fallback]')) fallback.hidden = true;
    for (const part of this.querySelectorAll<HTMLElement>('[data-search-enhanced]')) part.hidden = false;
    const state = parseState(new URLSearchParams(location.search), this.#fixed);
    this.#showState(state);
    // Folded filters open when the link already ticks some.
    const facets = this.querySelector<HTMLDetailsElement>('[data-facets]');
    if (facets && Object.keys(state.filters).some((facet) => !(facet in this.#fixed))) facets.open = true;

    const form = this.#form;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update({ ...this.#state, q: this.#query.value.trim(), page: 1 }, 'push');
    });
    this.#query.addEventListener('input', () => this.#update({ ...this.#state, q: this.#query.value.trim(), page: 1 }, 'replace'));
    form.addEventListener('change', (event) => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      if (control instanceof HTMLInputElement && control.type === 'checkbox') {
        this.#update(toggleValue(this.#state, control.name as Facet, control.value, control.checked), 'push');
      } else if (control.name === 'ordina') {
        this.#update({ ...this.#state, order: (control.value || undefined) as SearchState['order'], page: 1 }, 'push');
      }
    });
    this.addEventListener('click', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('[data-page], [data-clear], [data-relax-facet]');
      if (!target) return;
      event.preventDefault();
      if (target.dataset.page) {
        this.#focusResults = true;
        this.#update({ ...this.#state, page: Number(target.dataset.page) }, 'push');
      } else if (target.dataset.relaxFacet) {
        this.#update(withoutFacet(this.#state, target.dataset.relaxFacet as Facet), 'push');
        this.#showState(this.#state);
      } else {
        this.#update({ ...this.#state, filters: { ...this.#fixed }, page: 1 }, 'push');
        this.#showState(this.#state);
      }
    });
    window.addEventListener('popstate', () => {
      this.#state = parseState(new URLSearchParams(location.search), this.#fixed);
      this.#showState(this.#state);
      this.#run();
    });
    // The URL is rewritten in its canonical form (keys in the panel's order), so a shared link
    // and the address bar always read the same for the same view.
    this.#update(state, 'replace');
  }

  get #form(): HTMLFormElement {
    return this.querySelector('form')!;
  }

  get #query(): HTMLInputElement {
    return this.#form.elements.namedItem('q') as HTMLInputElement;
  }

  /** Sets the form's controls from a state (on load, back/forward, or a cleared filter). */
  #showState(state: SearchState): void {
    this.#query.value = state.q;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as Facet]?.includes(box.value) ?? false;
    }
    const order = this.#form.elements.namedItem('ordina') as HTMLSelectElement | null;
    if (order) order.value = state.order ?? '';
  }

  #update(state: SearchState, history: HistoryMode): void {
    this.#state = state;
    const query = stateToQuery(state, this.#fixed);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else if (history === 'replace') window.history.replaceState(null, '', url);
    }
    this.#run();
  }

  async #render(state: SearchState, isStale: () => boolean): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const pager = this.querySelector<HTMLElement>('[data-pager]')!;
    const relax = this.querySelector<HTMLElement>('[data-relax]')!;
    let api;
    try {
      api = await loadPagefind(this.#base);
      // Pagefind reads the filter index only once filters are asked for: without it, a search
      // with no filter ticked comes back with no counts.
      await (this.#filtersLoaded ??= api.filters());
    } catch {
      this.querySelector<HTMLElement>('[data-results-area]')!.hidden = false;
      status.textContent = this.#strings.unavailable;
      return;
    }
    const query = searchableQuery(state.q);
    const search = searcherFor(api, query, state.order);
    const answer = await facetedCounts(state, search, this.#fixed);
    if (isStale()) return;
    this.#showCounts(answer);

    const active = isActive(state, this.#fixed);
    const replaced = this.dataset.replaces ? document.querySelector<HTMLElement>(this.dataset.replaces) : null;
    if (replaced) replaced.hidden = active;
    this.querySelector<HTMLElement>('[data-results-area]')!.hidden = !active;
    relax.replaceChildren();
    if (!active) {
      list.replaceChildren();
      pager.replaceChildren();
      status.textContent = '';
      this.#rendered(state);
      return;
    }
    const pages = Math.max(1, Math.ceil(answer.total / RESULTS_PER_PAGE));
    const page = Math.min(state.page, pages);
    const shown = answer.current.results.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE);
    const data = await Promise.all(shown.map((result) => result.data()));
    if (isStale()) return;
    list.replaceChildren(...data.map((d) => resultItem(d, this.#strings, this.#base, query)));
    this.#showPager(pager, state, page, pages);
    const s = this.#strings;
    status.textContent =
      answer.total === 0 ? s.none
      : pages > 1 ? fill(s.showing, { from: (page - 1) * RESULTS_PER_PAGE + 1, to: (page - 1) * RESULTS_PER_PAGE + shown.length, n: answer.total })
      : answer.total === 1 ? s.countOne
      : fill(s.count, { n: answer.total });
    if (answer.total === 0) {
      const best = await bestRelaxation(state, search, this.#fixed);
      if (best && !isStale()) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button button-secondary';
        button.dataset.relaxFacet = best.facet;
        button.textContent = fill(best.total === 1 ? s.relaxOne : s.relax, { facet: s.facets[best.facet], n: best.total });
        relax.append(button);
      }
    }
    if (this.#focusResults) {
      this.#focusResults = false;
      this.querySelector<HTMLElement>('[data-results-heading]')?.focus();
    }
    this.#rendered(state);
  }

  #showCounts(answer: FacetedAnswer): void {
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const count = countOf(answer, box.name as Facet, box.value);
      const label = box.labels?.[0];
      const badge = label?.querySelector<HTMLElement>('[data-count]');
      if (badge) badge.textContent = `(${count})`;
      box.closest('li')?.classList.toggle('is-empty', count === 0 && !box.checked);
    }
  }

  #showPager(pager: HTMLElement, state: SearchState, page: number, pages: number): void {
    pager.replaceChildren();
    if (pages <= 1) return;
    const s = this.#strings;
    const list = document.createElement('ul');
    const add = (target: number, text: string, current = false) => {
      const item = document.createElement('li');
      if (current) {
        const span = document.createElement('span');
        span.setAttribute('aria-current', 'page');
        span.textContent = text;
        item.append(span);
      } else {
        const a = document.createElement('a');
        a.href = `${location.pathname}?${stateToQuery({ ...state, page: target }, this.#fixed)}`;
        a.dataset.page = String(target);
        a.textContent = text;
        if (/^\d+$/.test(text)) a.setAttribute('aria-label', fill(s.page, { n: target }));
        item.append(a);
      }
      list.append(item);
    };
    if (page > 1) add(page - 1, s.previous);
    for (let n = 1; n <= pages; n++) {
      if (n === 1 || n === pages || Math.abs(n - page) <= 2) add(n, String(n), n === page);
    }
    if (page < pages) add(page + 1, s.next);
    pager.append(list);
  }

  /** Marks the view as drawn for this state (tests and the benchmark wait on it). */
  #rendered(state: SearchState): void {
    this.dataset.renderedQuery = stateToQuery(state, this.#fixed);
    this.dispatchEvent(new CustomEvent('atlante-search-rendered', { bubbles: true }));
  }
}

if (!customElements.get('atlante-search')) customElements.define('atlante-search', AtlanteSearch);

