/** Names of entries and terms in the reader's language, shared by pages and endpoints. */
import type { Locale } from '../i18n/index.ts';
import type { Catalog, Territory, TaxonomyName } from './catalog.ts';

export function territoryName(territory: Territory, locale: Locale): string {
  return locale === 'en' ? (territory.data.nameEn ?? territory.data.name) : territory.data.name;
}

/** Label of a taxonomy term; falls back to the id so a page never shows an empty chip. */
export function termLabel(catalog: Catalog, taxonomy: TaxonomyName, id: string, locale: Locale): string {
  const term = catalog.taxonomies[taxonomy].get(id);
  if (!term) return id;
  return locale === 'en' ? (term.label.en ?? term.label.it) : term.label.it;
}

/** "Palermo (Sicilia)": a territory with the region it lies in, when that helps. */
export function territoryWithRegion(catalog: Catalog, id: string, locale: Locale): string {
  const territory = catalog.territories.get(id);
  if (!territory) return id;
  const region = catalog.regionOf(id);
  const name = territoryName(territory, locale);
  return region && region.id !== id ? `${name} (${territoryName(region, locale)})` : name;
}

/** The summary to show: the English one on the English site when it exists. */
export function summaryFor(data: { summary: string; summaryEn?: string | undefined }, locale: Locale): { text: string; lang: Locale } {
  if (locale === 'en' && data.summaryEn) return { text: data.summaryEn, lang: 'en' };
  return { text: data.summary, lang: 'it' };
}

/** Groups items under labelled keys, keeping group order by label and items in the given order. */
export function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[], labelOf: (key: string) => string, locale: Locale): { key: string; label: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  const collator = new Intl.Collator(locale);
  return [...groups.entries()]
    .map(([key, list]) => ({ key, label: labelOf(key), items: list }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** "MI.MAIN – Migration Mainstreaming": the acronym first when it adds something to the title. */
export function projectLabel(data: { title: string; acronym?: string | undefined }): string {
  if (!data.acronym || data.title.toLowerCase().includes(data.acronym.toLowerCase())) return data.title;
  return `${data.acronym} – ${data.title}`;
}
