/**
 * The static maps of territory and project pages, as SVG files of their own
 * (`/territori/<id>/mappa.svg`, `/progetti/<id>/mappa.svg`) that the pages show as images.
 * Inline, a map of Italy weighed up to 48 kB gzipped in the HTML of every national project's
 * page; as a file it stays out of the 12 kB page budget, is fetched lazily and cached. The
 * figure's alternative text says what it shows; the page lists the same territories as links.
 */
import { getCatalog } from './catalog.ts';
import { pathTo, useTranslations, type Locale } from '../i18n/index.ts';
import type { Catalog } from '../lib/catalog.ts';
import { loadGeodata } from '../lib/geo/data.ts';
import { mapWords, projectMapOptions, territoryInsetOptions } from '../lib/geo/page-maps.ts';
import type { SvgMapOptions } from '../lib/geo/svg-map.ts';
import { territoryName } from '../lib/labels.ts';

export type MappedSection = 'territories' | 'projects';

type Translate = ReturnType<typeof useTranslations>;

/** The words of a territory's map: its file's title and description, the page's alternative text. */
const territoryMapText = (t: Translate, name: string) => ({ id: 'territory-map', title: t('map.inset.title', { name }), desc: t('map.inset.desc', { name }), highlighted: name });
const projectMapText = (t: Translate) => ({ id: 'project-map', title: t('map.project.title'), desc: t('map.project.desc'), highlighted: t('map.project.title'), places: t('map.project.places') });

/** Where a page's map is served: one file for both languages (its few words are place names). */
export const pageMapPath = (section: MappedSection, id: string) => `${pathTo('it', section, id)}mappa.svg`;

const mapsOf = new WeakMap<Catalog, Map<string, SvgMapOptions>>();

/**
 * Every page map of the catalogue, by `section/id`, drawn in Italian: worked out once per build
 * and shared by the map files and by the pages that show them.
 */
function pageMaps(catalog: Catalog): Map<string, SvgMapOptions> {
  let maps = mapsOf.get(catalog);
  if (maps) return maps;
  maps = new Map();
  const t = useTranslations('it');
  const words = mapWords(t, 'it');
  const href = (id: string) => pathTo('it', 'territories', id);
  for (const territory of catalog.territories.values()) {
    const options = territoryInsetOptions(catalog, loadGeodata(), territory, 'it', words, href, territoryMapText(t, territoryName(territory, 'it')));
    if (options) maps.set(`territories/${territory.id}`, options);
  }
  for (const project of catalog.projects.values()) {
    const options = projectMapOptions(catalog, loadGeodata(), project, 'it', words, href, projectMapText(t));
    if (options) maps.set(`projects/${project.id}`, options);
  }
  mapsOf.set(catalog, maps);
  return maps;
}

/** The figure a territory or project page shows, or undefined when there is nothing to draw. */
export function pageMapFigure(catalog: Catalog, section: MappedSection, id: string, locale: Locale): { src: string; alt: string } | undefined {
  if (!pageMaps(catalog).has(`${section}/${id}`)) return undefined;
  const t = useTranslations(locale);
  const territory = section === 'territories' ? catalog.territories.get(id) : undefined;
  const text = territory ? territoryMapText(t, territoryName(territory, locale)) : projectMapText(t);
  return { src: pageMapPath(section, id), alt: `${text.title}. ${text.desc}` };
}

/** The map files to write: every territory and project that has something to draw. */
export async function pageMapPaths() {
  const catalog = await getCatalog();
  return [...pageMaps(catalog)].map(([key, options]) => {
    const [section, id] = key.split('/') as [MappedSection, string];
    return { params: { section: pathTo('it', section).split('/').filter(Boolean).at(-1)!, id }, props: { options } };
  });
}
