/**
 * `<atlante-search-box>`: the search in every page's header. Without JavaScript it is a link to
 * the listings; with it, a button opens a small form that shows the first results as you type
 * and leads to /cerca/ for all results and filters. Pagefind and the result code load only when
 * the box is first opened, so pages carry a few hundred bytes of script until then.
 */
import { searchableQuery } from '../../lib/search/query.ts';
import { latestOnly } from './latest.ts';

const RESULTS_SHOWN = 5;

class AtlanteSearchBox extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector<HTMLElement>('[data-search-fallback]')!;
    const button = this.querySelector<HTMLButtonElement>('[data-search-toggle]')!;
    const panel = this.querySelector<HTMLElement>('[data-search-panel]')!;
    const input = panel.querySelector<HTMLInputElement>('input[name="q"]')!;
    link.hidden = true;
    button.hidden = false;
    const open = (show: boolean) => {
      panel.hidden = !show;
      button.setAttribute('aria-expanded', String(show));
      if (show) {
        input.focus();
        // Pagefind starts loading as the box opens, while the reader types the first word.
        void import('./pagefind.ts').then(({ loadPagefind }) => loadPagefind(this.dataset.base ?? '/')).catch(() => undefined);
      }
    };
    button.addEventListener('click', () => open(panel.hidden));
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !panel.hidden) {
        open(false);
        button.focus();
      }
    });
    // Tabbing or clicking out of the box closes it, as Escape does, without taking focus back.
    this.addEventListener('focusout', (event) => {
      if (!panel.hidden && !this.contains(event.relatedTarget as Node | null)) open(false);
    });
    input.addEventListener('input', () => this.#run());
  }

  /** Shows the first results for what the box holds; see latest.ts. */
  #run = latestOnly(async (isStale) => {
    const [{ searchWords }, { resultItem }] = await Promise.all([import('./pagefind.ts'), import('./results.ts')]);
    const current = searchableQuery(this.querySelector<HTMLInputElement>('input[name="q"]')!.value.trim());
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const strings = JSON.parse(this.dataset.strings ?? '{}');
    const base = this.dataset.base ?? '/';
    if (!current) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const results = await searchWords(base, current);
      const data = await Promise.all(results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
      if (isStale()) return;
      list.replaceChildren(...data.map((d) => resultItem(d, strings, base, current)));
      status.textContent = results.length === 1 ? strings.countOne : String(strings.count).replace('{n}', String(results.length));
    } catch {
      status.textContent = strings.unavailable;
    }
  });
}

if (!customElements.get('atlante-search-box')) customElements.define('atlante-search-box', AtlanteSearchBox);
