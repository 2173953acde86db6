/**
 * What each static listing lists, in order and under which headings: one function per listing
 * and view, shared by the page table (which needs how many pages each has) and the views (which
 * draw one page). Worked out once per catalogue, language and view: a listing of 10,000
 * practices has a hundred pages, and each page would otherwise group and sort all of them again.
 */
import { useTranslations, type Locale } from '../i18n/index.ts';
import { byName, byPeriodDesc, byTitle, type Catalog, type Document, type Partner, type Practice, type Project, type Territory } from './catalog.ts';
import { groupBy, termLabel, territoryName } from './labels.ts';
import type { Group } from './pagination.ts';

export type PracticeListView = 'theme' | 'region' | 'date';
export type ProjectListView = 'date' | 'title' | 'timeline';

const cache = new WeakMap<Catalog, Map<string, unknown>>();

function memo<T>(catalog: Catalog, key: string, make: () => T): T {
  let entries = cache.get(catalog);
  if (!entries) cache.set(catalog, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, make());
  return entries.get(key) as T;
}

const NATIONAL = '_national';

/** Practices under each theme, under each region (national scope apart), or one list newest first. */
export function practiceGroups(catalog: Catalog, locale: Locale, view: PracticeListView): Group<Practice>[] {
  return memo(catalog, `practices:${locale}:${view}`, () => {
    const t = useTranslations(locale);
    const all = [...catalog.practices.values()].sort(byTitle);
    if (view === 'date') return [{ key: 'all', label: '', items: all.sort(byPeriodDesc) }];
    if (view === 'theme') return groupBy(all, (p) => p.data.themes.map((x) => x.id), (id) => termLabel(catalog, 'themes', id, locale), locale);
    const regionsOf = (p: Practice) => [...new Set(p.data.territories.map((ter) => catalog.regionOf(ter.id)?.id ?? NATIONAL))];
    return groupBy(all, regionsOf, (id) => (id === NATIONAL ? t('list.nationalScope') : territoryName(catalog.territories.get(id)!, locale)), locale);
  });
}

export function projectsInOrder(catalog: Catalog, view: ProjectListView): Project[] {
  return memo(catalog, `projects:${view}`, () => [...catalog.projects.values()].sort(view === 'title' ? byTitle : byPeriodDesc));
}

/** Territories under their region, the region's own subdivisions first; the country apart, first. */
export function territoryGroups(catalog: Catalog, locale: Locale): Group<Territory>[] {
  return memo(catalog, `territories:${locale}`, () => {
    const collator = new Intl.Collator(locale);
    const byLabel = (a: Territory, b: Territory) => collator.compare(territoryName(a, locale), territoryName(b, locale));
    const all = [...catalog.territories.values()];
    const byRegion = new Map<string, Territory[]>();
    for (const territory of all) {
      if (territory.data.kind === 'region' || territory.data.kind === 'country') continue;
      const region = catalog.regionOf(territory.id)?.id;
      if (region) byRegion.set(region, [...(byRegion.get(region) ?? []), territory]);
    }
    const depth = (x: Territory) => catalog.ancestors(x.id).length;
    return all
      .filter((x) => x.data.kind === 'region')
      .sort(byLabel)
      .map((region) => ({ key: region.id, label: territoryName(region, locale), items: (byRegion.get(region.id) ?? []).sort((a, b) => depth(a) - depth(b) || byLabel(a, b)) }));
  });
}

export function partnerGroups(catalog: Catalog, locale: Locale): Group<Partner>[] {
  return memo(catalog, `partners:${locale}`, () => {
    const t = useTranslations(locale);
    const partners = [...catalog.partners.values()].sort(byName);
    return groupBy(partners, (p) => [p.data.kind], (kind) => t(`partnerKind.${kind as 'ministry'}`), locale);
  });
}

/** Documents under their project, in the project's own numbering. */
export function documentGroups(catalog: Catalog): Group<Document>[] {
  return memo(catalog, 'documents', () =>
    [...catalog.projects.values()]
      .filter((p) => catalog.documentsOfProject(p.id).length > 0)
      .sort(byTitle)
      .map((project) => ({
        key: project.id,
        label: project.data.acronym ?? project.data.title,
        items: [...catalog.documentsOfProject(project.id)].sort((a, b) => (a.data.number ?? 999) - (b.data.number ?? 999) || byTitle(a, b)),
      })),
  );
}

/** How many entries of a related list an entry page shows before pointing to the filtered listing. */
export const PREVIEW_SIZE = 20;

/**
 * What an entry page shows of a list that grows with the catalogue (the practices in Sicily):
 * all of it in its own order when short, else the first `limit` in `cutOrder` (the most recent).
 */
export function bounded<T>(items: readonly T[], order: (a: T, b: T) => number, cutOrder: (a: T, b: T) => number, limit = PREVIEW_SIZE): { shown: T[]; total: number; cut: boolean } {
  const cut = items.length > limit;
  return { shown: [...items].sort(cut ? cutOrder : order).slice(0, limit), total: items.length, cut };
}

/** Values of a theme among some practices, with how many have each, most first. */
export function themeCounts(catalog: Catalog, locale: Locale, practices: readonly Practice[]): { id: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const practice of practices) for (const theme of practice.data.themes) counts.set(theme.id, (counts.get(theme.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, label: termLabel(catalog, 'themes', id, locale), count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale));
}
