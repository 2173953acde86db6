/**
 * Every page of the site, derived from the catalogue: one table that the single Astro route
 * (`src/pages/[...path].astro`) renders, and that tests and future sitemaps can walk.
 */
import { LOCALES, listViewPath, pathTo, type Locale, type Section } from '../i18n/index.ts';
import type { Catalog } from './catalog.ts';

export type PracticeListView = 'theme' | 'region' | 'date';
export type ProjectListView = 'date' | 'title' | 'timeline';

export type PageSpec =
  | { kind: 'home'; locale: Locale }
  | { kind: 'contribute'; locale: Locale }
  | { kind: 'map'; locale: Locale }
  | { kind: 'data'; locale: Locale }
  | { kind: 'search'; locale: Locale }
  | { kind: 'accessibility' | 'privacy'; locale: Locale }
  | { kind: 'network'; locale: Locale }
  | { kind: 'statistics'; locale: Locale }
  | { kind: 'practice-list'; locale: Locale; view: PracticeListView }
  | { kind: 'project-list'; locale: Locale; view: ProjectListView }
  | { kind: 'territory-list' | 'partner-list' | 'document-list' | 'theme-list'; locale: Locale }
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

const LISTS = [
  ['territory-list', 'territories'],
  ['partner-list', 'partners'],
  ['document-list', 'documents'],
  ['theme-list', 'themes'],
] as const satisfies readonly (readonly [string, Section])[];

/** All pages: the listings of each language, then each entry's Italian and English pages. */
export function sitePages(catalog: Catalog): SitePage[] {
  const pages: SitePage[] = [];
  for (const locale of LOCALES) {
    pages.push({ url: pathTo(locale, 'home'), page: { kind: 'home', locale } });
    for (const view of PRACTICE_VIEWS) {
      pages.push({ url: listViewPath(locale, 'practices', view, view === DEFAULT_VIEWS.practices), page: { kind: 'practice-list', locale, view } });
    }
    for (const view of PROJECT_VIEWS) {
      pages.push({ url: listViewPath(locale, 'projects', view, view === DEFAULT_VIEWS.projects), page: { kind: 'project-list', locale, view } });
    }
    for (const [kind, section] of LISTS) pages.push({ url: pathTo(locale, section), page: { kind, locale } });
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
