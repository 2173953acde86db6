/** Search results as list items: an entry found by words (type badge, title link, territory, highlighted excerpt, deep links), or by facets alone. */
import type { Card } from '../../lib/search/index-codec.ts';
import type { PagefindResultData } from './pagefind.ts';

export interface ResultStrings {
  /** Label of each `tipo` value. */
  types: Record<string, string>;
  inSection: string;
  /** With `{n}` for the page number. */
  pdfPage: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/**
 * `excerpt` is Pagefind's: the page's text, escaped, with the matched words in `<mark>`. With no
 * query there is nothing to highlight and the entry's summary says more.
 */
export function resultItem(data: PagefindResultData, strings: ResultStrings, base: string, query: string): HTMLLIElement {
  const item = element('li', 'search-result');
  const type = data.meta.tipo ?? '';
  item.append(element('span', 'badge', strings.types[type] ?? type));
  const heading = element('h3', 'search-result-title');
  // A PDF page's record has an address of its own (src/lib/search/pdf-records.ts); the title leads to its document's page.
  const href = data.meta.pdf ? data.url.replace(/\?.*$/, '') : data.url;
  heading.append(link(href, data.meta.title ?? href));
  item.append(heading);
  if (data.meta.territorio) item.append(element('p', 'muted search-result-place', data.meta.territorio));
  const excerpt = element('p', 'search-result-excerpt');
  if (query) excerpt.innerHTML = data.excerpt;
  else excerpt.textContent = data.meta.sommario ?? '';
  if (excerpt.textContent) item.append(excerpt);
  const section = query ? data.sub_results.find((sub) => sub.url.includes('#')) : undefined;
  if (section) {
    const p = element('p', 'search-result-section', `${strings.inSection} `);
    p.append(link(section.url, section.title));
    item.append(p);
  }
  if (data.meta.pdf && data.meta.pagina) {
    const p = element('p', 'search-result-pdf');
    p.append(link(`${base}${data.meta.pdf.replace(/^\//, '')}`, strings.pdfPage.replace('{n}', data.meta.pagina)));
    item.append(p);
  }
  return item;
}

/** An entry found without a text query, from its card in the catalogue index: badge, title link, territory, summary. */
export function cardItem(card: Card, type: string, strings: ResultStrings): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(element('span', 'badge', strings.types[type] ?? type));
  const heading = element('h3', 'search-result-title');
  heading.append(link(card.url, card.title));
  item.append(heading);
  if (card.place) item.append(element('p', 'muted search-result-place', card.place));
  if (card.summary) item.append(element('p', 'search-result-excerpt', card.summary));
  return item;
}
