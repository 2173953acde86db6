import { describe, expect, it } from 'vitest';
import { alternatePath, pagedPath } from '../../src/i18n/index.ts';
import { bounded } from '../../src/lib/listings.ts';
import { groupedItems, pageCount, pageOfGroups, pagerLinks } from '../../src/lib/pagination.ts';

const groups = [
  { key: 'a', label: 'A', items: [1, 2, 3] },
  { key: 'b', label: 'B', items: [4, 5, 6, 7, 8] },
  { key: 'c', label: 'C', items: [9] },
];

describe('listings in pages', () => {
  it('cuts the items of every group into pages, carrying a cut group over under its heading', () => {
    expect(groupedItems(groups)).toBe(9);
    expect(pageCount(9, 4)).toBe(3);
    expect(pageOfGroups(groups, 1, 4)).toEqual([
      { key: 'a', label: 'A', items: [1, 2, 3], continued: false, size: 3 },
      { key: 'b', label: 'B', items: [4], continued: false, size: 5 },
    ]);
    expect(pageOfGroups(groups, 2, 4)).toEqual([{ key: 'b', label: 'B', items: [5, 6, 7, 8], continued: true, size: 5 }]);
    expect(pageOfGroups(groups, 3, 4)).toEqual([{ key: 'c', label: 'C', items: [9], continued: false, size: 1 }]);
    expect(pageOfGroups(groups, 4, 4)).toEqual([]);
  });

  it('lists every item exactly once over all its pages', () => {
    const pages = Array.from({ length: pageCount(9, 2) }, (_, i) => pageOfGroups(groups, i + 1, 2).flatMap((g) => g.items));
    expect(pages.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pages.every((p) => p.length <= 2)).toBe(true);
  });

  it('links the first and last pages and two on either side of the current one, marking the gaps', () => {
    expect(pagerLinks(1, 1)).toEqual([1]);
    expect(pagerLinks(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerLinks(10, 40)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 40]);
    expect(pagerLinks(40, 40)).toEqual([1, 'gap', 38, 39, 40]);
  });

  it('puts further pages under pagina/N/ in Italian and page/N/ in English, and maps one to the other', () => {
    expect(pagedPath('/pratiche/', 'it', 1)).toBe('/pratiche/');
    expect(pagedPath('/pratiche/vista/data/', 'it', 3)).toBe('/pratiche/vista/data/pagina/3/');
    expect(alternatePath('/pratiche/vista/data/pagina/3/', 'en')).toBe('/en/practices/view/date/page/3/');
    expect(alternatePath('/en/partners/page/2/', 'it')).toBe('/partner/pagina/2/');
  });
});

describe('a related list on an entry page', () => {
  it('shows all of a short list in its own order, and the most recent few of a long one', () => {
    const byValue = (a: number, b: number) => a - b;
    const newestFirst = (a: number, b: number) => b - a;
    expect(bounded([3, 1, 2], byValue, newestFirst, 5)).toEqual({ shown: [1, 2, 3], total: 3, cut: false });
    expect(bounded([3, 1, 2, 9, 7, 8], byValue, newestFirst, 2)).toEqual({ shown: [9, 8], total: 6, cut: true });
  });
});
