/**
 * The values each facet offers, with their labels in the reader's language, in the order the
 * panel lists them. Derived from the catalogue, so the panel offers exactly the values the
 * index can hold (src/lib/search/record.ts).
 */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { EVIDENCE_LEVELS } from '../../schemas/practice.ts';
import type { Catalog, TaxonomyName } from '../catalog.ts';
import { termLabel, territoryName } from '../labels.ts';
import { ENTRY_TYPES, NATIONAL, yearsOf, type Facet } from './record.ts';

export interface FacetOption {
  value: string;
  label: string;
}

export function facetOptions(catalog: Catalog, locale: Locale): Record<Facet, FacetOption[]> {
  const t = useTranslations(locale);
  const collator = new Intl.Collator(locale);
  const byLabel = (options: FacetOption[]) => options.sort((a, b) => collator.compare(a.label, b.label));
  const taxonomy = (name: TaxonomyName) => byLabel([...catalog.taxonomies[name].keys()].map((value) => ({ value, label: termLabel(catalog, name, value, locale) })));
  const regions = byLabel([...catalog.territories.values()].filter((x) => x.data.kind === 'region').map((region) => ({ value: region.id, label: territoryName(region, locale) })));
  const years = new Set<string>();
  for (const project of catalog.projects.values()) for (const year of yearsOf(project.data.period)) years.add(year);
  for (const practice of catalog.practices.values()) for (const year of yearsOf(practice.data.period)) years.add(year);
  for (const document of catalog.documents.values()) if (document.data.date) years.add(String(document.data.date.year));
  return {
    tipo: ENTRY_TYPES.map((value) => ({ value, label: t(`search.type.${value}`) })),
    tema: taxonomy('themes'),
    destinatari: taxonomy('targetGroups'),
    regione: [...regions, { value: NATIONAL, label: t('list.nationalScope') }],
    fondo: taxonomy('funds'),
    intervento: taxonomy('interventionTypes'),
    evidenza: EVIDENCE_LEVELS.map((value) => ({ value, label: t(`evidence.${value}`) })),
    anno: [...years].sort().reverse().map((value) => ({ value, label: value })),
  };
}
