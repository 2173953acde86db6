/**
 * Every page of the site, derived from the catalogue: one table that the single Astro route
 * (`src/pages/[...path].astro`) renders, and that tests and future sitemaps can walk.
 */
import { LOCALES, listViewPath, pagedPath, pathTo, type Locale, type Section } from '../i18n/index.ts';
import type { Catalog } from './catalog.ts';
import { documentGroups, partnerGroups, practiceGroups, territoryGroups, type PracticeListView, type ProjectListView } from './listings.ts';
import { groupedItems, pageCount } from './pagination.ts';

export type { PracticeListView, ProjectListView };

export type PageSpec =
  | { kind: 'home'; locale: Locale }
  | { kind: 'contribute'; locale: Locale }
  | { kind: 'map'; locale: Locale }
  | { kind: 'data'; locale: Locale }
  | { kind: 'search'; locale: Locale }
  | { kind: 'accessibility' | 'privacy'; locale: Locale }
  | { kind: 'network'; locale: Locale }
  | { kind: 'statistics'; locale: Locale }
  | { kind: 'practice-list'; locale: Locale; view: PracticeListView; page: number }
  | { kind: 'project-list'; locale: Locale; view: ProjectListView; page: number }
  | { kind: 'territory-list' | 'partner-list' | 'document-list'; locale: Locale; page: number }
  | { kind: 'theme-list'; locale: Locale }
  | { kind: 'practice' | 'project' | 'territory' | 'partner' | 'document' | 'theme'; locale: Locale; id: string };

export interface SitePage {
  /** URL path, with leading and trailing slash: `/pratiche/x/`. */
  url: string;
  page: PageSpec;
}

/** The first view of each listing lives at the section's own URL. */
export const DEFAULT_VIEWS = { practices: 'theme', projects: 'date' } as const;
const PRACTICE_VIEWS: readonly PracticeListView[] = ['theme', 'region', 'date'];
const PROJECT_VIEWS: readonly ProjectListView[] = ['date', 'title', 'timeline'];

const ENTRY_SECTIONS = [
  ['practice', 'practices', (c: Catalog) => c.practices.keys()],
  ['project', 'projects', (c: Catalog) => c.projects.keys()],
  ['territory', 'territories', (c: Catalog) => c.territories.keys()],
  ['partner', 'partners', (c: Catalog) => c.partners.keys()],
  ['document', 'documents', (c: Catalog) => c.documents.keys()],
  ['theme', 'themes', (c: Catalog) => c.taxonomies.themes.keys()],
] as const satisfies readonly (readonly [string, Section, (c: Catalog) => Iterable<string>])[];

/** Listings in pages, with how many items each lists (a practice under two themes counts twice). */
const PAGED_LISTS = [
  ['territory-list', 'territories', (c: Catalog) => groupedItems(territoryGroups(c, 'it'))],
  ['partner-list', 'partners', (c: Catalog) => groupedItems(partnerGroups(c, 'it'))],
  ['document-list', 'documents', (c: Catalog) => groupedItems(documentGroups(c))],
] as const satisfies readonly (readonly [string, Section, (c: Catalog) => number])[];

/** The first page at `path`, the others at `…/pagina/N/`. */
const pagesOf = (path: string, locale: Locale, items: number) => Array.from({ length: pageCount(items) }, (_, i) => ({ url: pagedPath(path, locale, i + 1), page: i + 1 }));

/** All pages: the listings of each language, then each entry's Italian and English pages. */
export function sitePages(catalog: Catalog): SitePage[] {
  const pages: SitePage[] = [];
  for (const locale of LOCALES) {
    pages.push({ url: pathTo(locale, 'home'), page: { kind: 'home', locale } });
    for (const view of PRACTICE_VIEWS) {
      for (const { url, page } of pagesOf(listViewPath(locale, 'practices', view, view === DEFAULT_VIEWS.practices), locale, groupedItems(practiceGroups(catalog, 'it', view)))) {
        pages.push({ url, page: { kind: 'practice-list', locale, view, page } });
      }
    }
    for (const view of PROJECT_VIEWS) {
      for (const { url, page } of pagesOf(listViewPath(locale, 'projects', view, view === DEFAULT_VIEWS.projects), locale, catalog.projects.size)) {
        pages.push({ url, page: { kind: 'project-list', locale, view, page } });
      }
    }
    for (const [kind, section, items] of PAGED_LISTS) {
      for (const { url, page } of pagesOf(pathTo(locale, section), locale, items(catalog))) pages.push({ url, page: { kind, locale, page } });
    }
    pages.push({ url: pathTo(locale, 'themes'), page: { kind: 'theme-list', locale } });
    pages.push({ url: pathTo(locale, 'contribute'), page: { kind: 'contribute', locale } });
    pages.push({ url: pathTo(locale, 'map'), page: { kind: 'map', locale } });
    pages.push({ url: pathTo(locale, 'data'), page: { kind: 'data', locale } });
    pages.push({ url: pathTo(locale, 'accessibility'), page: { kind: 'accessibility', locale } });
    pages.push({ url: pathTo(locale, 'privacy'), page: { kind: 'privacy', locale } });
    pages.push({ url: pathTo(locale, 'search'), page: { kind: 'search', locale } });
    pages.push({ url: pathTo(locale, 'network'), page: { kind: 'network', locale } });
    pages.push({ url: pathTo(locale, 'statistics'), page: { kind: 'statistics', locale } });
  }
  for (const [kind, section, ids] of ENTRY_SECTIONS) {
    for (const id of ids(catalog)) {
      for (const locale of LOCALES) pages.push({ url: pathTo(locale, section, id), page: { kind, locale, id } });
    }
  }
  return pages;
}
