/**
 * The static maps of territory and project pages, as SVG files of their own
 * (`/territori/<id>/mappa.svg`, `/progetti/<id>/mappa.svg`) that the pages show as images.
 * Inline, a map of Italy weighed up to 48 kB gzipped in the HTML of every national project's
 * page; as a file it stays out of the 12 kB page budget, is fetched lazily and cached. The
 * figure's alternative text says what it shows; the page lists the same territories as links.
 */
import { getCatalog } from './catalog.ts';
import { pathTo, useTranslations, type Locale } from '../i18n/index.ts';
import type { Catalog, Project, Territory } from '../lib/catalog.ts';
import { loadGeodata } from '../lib/geo/data.ts';
import { mapWords, projectMapOptions, territoryInsetOptions } from '../lib/geo/page-maps.ts';
import type { SvgMapOptions } from '../lib/geo/svg-map.ts';
import { territoryName } from '../lib/labels.ts';

export type MappedSection = 'territories' | 'projects';

export function territoryMapOptions(catalog: Catalog, territory: Territory, locale: Locale): SvgMapOptions | undefined {
  const t = useTranslations(locale);
  const name = territoryName(territory, locale);
  return territoryInsetOptions(catalog, loadGeodata(), territory, locale, mapWords(t, locale), (id) => pathTo(locale, 'territories', id), {
    id: 'territory-map',
    title: t('map.inset.title', { name }),
    desc: t('map.inset.desc', { name }),
    highlighted: name,
  });
}

export function projectMapOptionsFor(catalog: Catalog, project: Project, locale: Locale): SvgMapOptions | undefined {
  const t = useTranslations(locale);
  return projectMapOptions(catalog, loadGeodata(), project, locale, mapWords(t, locale), (id) => pathTo(locale, 'territories', id), {
    id: 'project-map',
    title: t('map.project.title'),
    desc: t('map.project.desc'),
    highlighted: t('map.project.title'),
    places: t('map.project.places'),
  });
}

/** Where a page's map is served: one file for both languages (its few words are place names). */
export const pageMapPath = (section: MappedSection, id: string) => `${pathTo('it', section, id)}mappa.svg`;

/** The map files to write: every territory and project that has something to draw. */
export async function pageMapPaths() {
  const catalog = await getCatalog();
  const paths: { params: { section: string; id: string }; props: { options: SvgMapOptions } }[] = [];
  const add = (section: MappedSection, id: string, options: SvgMapOptions | undefined) => {
    if (options) paths.push({ params: { section: pathTo('it', section).split('/').filter(Boolean).at(-1)!, id }, props: { options } });
  };
  for (const territory of catalog.territories.values()) add('territories', territory.id, territoryMapOptions(catalog, territory, 'it'));
  for (const project of catalog.projects.values()) add('projects', project.id, projectMapOptionsFor(catalog, project, 'it'));
  return paths;
}
