/**
 * `<atlante-search>`: the faceted search of /cerca/ (and the panel of /pratiche/). The server
 * renders the form (its checkboxes are named by the URL keys, so the markup states the
 * contract) and a fallback for readers without JavaScript; this element filters, counts, sorts
 * and pages on the catalogue index, asks Pagefind only for the words of a text query, and keeps
 * the state in the URL. Browsing with filters alone never loads Pagefind.
 */
import { countOf, pageOf, runQuery, valuesAt, type IndexAnswer } from '../../lib/search/index-engine.ts';
import { joinResults } from '../../lib/search/pagefind-join.ts';
import type { Facet, SearchFilters } from '../../lib/search/record.ts';
import { searchableQuery } from '../../lib/search/query.ts';
import { isActive, parseState, RESULTS_PER_PAGE, stateToQuery, toggleValue, withoutFacet, type SearchState } from '../../lib/search/state.ts';
import type { Locale } from '../../i18n/index.ts';
import { CatalogIndexClient } from './catalog-index.ts';
import { latestOnly } from './latest.ts';
import { loadPagefind, preloadWords, searchWords, type PagefindResult } from './pagefind.ts';
import { cardItem, resultItem, type ResultStrings } from './results.ts';

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
  #catalog!: CatalogIndexClient;

  connectedCallback(): void {
    this.#base = this.dataset.base ?? '/';
    this.#catalog = new CatalogIndexClient(this.#base, (this.dataset.locale ?? 'it') as Locale);
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
    // Pagefind and the join start loading when the reader reaches the query box, and the
    // chunks of each word as it is typed, while an earlier search may still be running.
    this.#query.addEventListener('focus', () => {
      void loadPagefind(this.#base).catch(() => undefined);
      void this.#catalog.join().catch(() => undefined);
    });
    this.#query.addEventListener('input', () => {
      const q = searchableQuery(this.#query.value.trim());
      if (q) preloadWords(this.#base, q);
      this.#update({ ...this.#state, q: this.#query.value.trim(), page: 1 }, 'replace');
    });
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

  /** The rows a text query matched, best first, with the Pagefind result of each (for its excerpt) and PDF pages. */
  async #matched(query: string): Promise<{ rows: number[]; results: Map<number, PagefindResult> }> {
    const [found, join] = await Promise.all([searchWords(this.#base, query), this.#catalog.join()]);
    const { rows } = joinResults(join, found.map((result) => result.id));
    const results = new Map<number, PagefindResult>();
    for (const result of found) {
      const target = join.get(result.id);
      if (target && !results.has(target.row)) results.set(target.row, result);
    }
    return { rows, results };
  }

  async #render(state: SearchState, isStale: () => boolean): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const pager = this.querySelector<HTMLElement>('[data-pager]')!;
    const relax = this.querySelector<HTMLElement>('[data-relax]')!;
    const query = searchableQuery(state.q);
    let index;
    let matched;
    try {
      [index, matched] = await Promise.all([this.#catalog.index(), query ? this.#matched(query) : undefined]);
    } catch {
      this.querySelector<HTMLElement>('[data-results-area]')!.hidden = false;
      status.textContent = this.#strings.unavailable;
      return;
    }
    if (isStale()) return;
    const answer = runQuery(index, { filters: state.filters, fixed: this.#fixed, matched: matched?.rows, order: state.order });
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
    const { page, pages, rows: shown } = pageOf(answer.rows, state.page, RESULTS_PER_PAGE);
    const items = matched
      ? await Promise.all(shown.map(async (row) => resultItem(await matched.results.get(row)!.data(), this.#strings, this.#base, query)))
      : (await this.#catalog.cards(shown)).map((card, i) => cardItem(card, valuesAt(index, 'tipo', shown[i]!)[0] ?? '', this.#strings));
    if (isStale()) return;
    list.replaceChildren(...items);
    this.#showPager(pager, state, page, pages);
    this.#showStatus(status, answer, page, pages, shown.length);
    if (answer.relaxation) {
      const s = this.#strings;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-secondary';
      button.dataset.relaxFacet = answer.relaxation.facet;
      button.textContent = fill(answer.relaxation.total === 1 ? s.relaxOne : s.relax, { facet: s.facets[answer.relaxation.facet], n: answer.relaxation.total });
      relax.append(button);
    }
    if (this.#focusResults) {
      this.#focusResults = false;
      this.querySelector<HTMLElement>('[data-results-heading]')?.focus();
    }
    this.#rendered(state);
  }

  #showStatus(status: HTMLElement, answer: IndexAnswer, page: number, pages: number, shown: number): void {
    const s = this.#strings;
    status.textContent =
      answer.total === 0 ? s.none
      : pages > 1 ? fill(s.showing, { from: (page - 1) * RESULTS_PER_PAGE + 1, to: (page - 1) * RESULTS_PER_PAGE + shown, n: answer.total })
      : answer.total === 1 ? s.countOne
      : fill(s.count, { n: answer.total });
  }

  #showCounts(answer: IndexAnswer): void {
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

