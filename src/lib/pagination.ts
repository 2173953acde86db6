/**
 * Static listings in pages, so that no page grows with the catalogue: a listing is a sequence
 * of items, possibly under group headings (a practice under each of its themes), cut into pages
 * of `LIST_PAGE_SIZE` items. A group cut by a page break starts the next page again under its
 * heading, marked as continued.
 */
export const LIST_PAGE_SIZE = 100;

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

export interface PagedGroup<T> extends Group<T> {
  /** The group began on an earlier page. */
  continued: boolean;
  /** How many items the whole group has, on every page. */
  size: number;
}

export const pageCount = (items: number, size = LIST_PAGE_SIZE) => Math.max(1, Math.ceil(items / size));

export const groupedItems = <T>(groups: readonly Group<T>[]) => groups.reduce((sum, group) => sum + group.items.length, 0);

/** The groups of page `page` (1-based), each with the part of its items that falls on the page. */
export function pageOfGroups<T>(groups: readonly Group<T>[], page: number, size = LIST_PAGE_SIZE): PagedGroup<T>[] {
  const first = (page - 1) * size;
  const end = first + size;
  const out: PagedGroup<T>[] = [];
  let start = 0;
  for (const group of groups) {
    const groupEnd = start + group.items.length;
    if (groupEnd > first && start < end) {
      const from = Math.max(first, start) - start;
      out.push({ key: group.key, label: group.label, items: group.items.slice(from, Math.min(end, groupEnd) - start), continued: from > 0, size: group.items.length });
    }
    start = groupEnd;
    if (start >= end) break;
  }
  return out;
}

/** Page links to draw: the first, the last, and two on either side of the current one; `gap` where pages are skipped. */
export function pagerLinks(page: number, pages: number): (number | 'gap')[] {
  const shown = [...new Set([1, pages, ...Array.from({ length: 5 }, (_, i) => page - 2 + i)])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? ['gap' as const, n] : [n]));
}
