/**
 * The field in figures (/statistiche/): counts from the catalogue, ready for `barChart` and for
 * the data table under each chart. Pure aggregation; labels come from the taxonomies in the
 * reader's language and, for the fixed value lists (evidence levels, partner kinds), from the
 * caller's translations.
 */
import type { Catalog, TaxonomyName } from '../catalog.ts';
import { termLabel, territoryName } from '../labels.ts';
import { yearsSpanned, type Locale } from '../partial-date.ts';
import { PARTNER_KINDS, type PartnerKind } from '../../schemas/partner.ts';
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../../schemas/practice.ts';
import type { BarRow } from './bar-chart.ts';

export type FigureId =
  | 'practicesByTheme'
  | 'practicesByTargetGroup'
  | 'practicesByRegion'
  | 'practicesByFund'
  | 'practicesByInterventionType'
  | 'practicesByEvidence'
  | 'projectsByYear'
  | 'partnersByKind';

export interface Figure {
  id: FigureId;
  rows: BarRow[];
  /** Entries counted in no row (practices of unfunded projects, projects with no period): said under the chart. */
  unassigned: number;
  /** How many entries the figure is about (practices, projects or partners). */
  total: number;
}

export interface FigureLabels {
  locale: Locale;
  evidence: (level: EvidenceLevel) => string;
  partnerKind: (kind: PartnerKind) => string;
}

/**
 * Categories are ordered by count, then by label; every category of the vocabulary appears,
 * even at zero, because a gap in the field is worth seeing. Ordinal scales (evidence levels,
 * years) keep their own order.
 */
function byCount(rows: BarRow[], locale: Locale): BarRow[] {
  const collator = new Intl.Collator(locale);
  return rows.sort((a, b) => b.value - a.value || collator.compare(a.label, b.label));
}

function practicesByTaxonomy(catalog: Catalog, taxonomy: TaxonomyName, id: FigureId, locale: Locale): Figure {
  const rows = [...catalog.taxonomies[taxonomy].keys()].map((key) => ({
    key,
    label: termLabel(catalog, taxonomy, key, locale),
    value: catalog.practicesWith(taxonomy, key).length,
  }));
  const assigned = new Set([...catalog.taxonomies[taxonomy].keys()].flatMap((key) => catalog.practicesWith(taxonomy, key)));
  return { id, rows: byCount(rows, locale), unassigned: catalog.practices.size - assigned.size, total: catalog.practices.size };
}

/**
 * Practices per region: a practice counts once in each region it works in; one of national
 * scope (Italy, which lies in no region) counts under Italy itself.
 */
export function practicesByRegion(catalog: Catalog, locale: Locale): Figure {
  const counts = new Map<string, number>();
  for (const region of catalog.territories.values()) if (region.data.kind === 'region') counts.set(region.id, 0);
  for (const practice of catalog.practices.values()) {
    const areas = new Set(practice.data.territories.map((t) => catalog.regionOf(t.id)?.id ?? t.id));
    for (const area of areas) if (catalog.territories.has(area)) counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  const rows = [...counts].map(([key, value]) => ({ key, label: territoryName(catalog.territories.get(key)!, locale), value }));
  return { id: 'practicesByRegion', rows: byCount(rows, locale), unassigned: 0, total: catalog.practices.size };
}

export function practicesByEvidence(catalog: Catalog, label: (level: EvidenceLevel) => string): Figure {
  const counts = new Map<EvidenceLevel, number>(EVIDENCE_LEVELS.map((level) => [level, 0]));
  for (const practice of catalog.practices.values()) counts.set(practice.data.evidence.level, counts.get(practice.data.evidence.level)! + 1);
  const rows = EVIDENCE_LEVELS.map((level) => ({ key: level, label: label(level), value: counts.get(level)! }));
  return { id: 'practicesByEvidence', rows, unassigned: 0, total: catalog.practices.size };
}

/** Projects running in each year, every year of a period counted, from the first to the last year with no gaps. */
export function projectsByYear(catalog: Catalog): Figure {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const project of catalog.projects.values()) {
    const years = project.data.period ? yearsSpanned(project.data.period) : [];
    if (years.length === 0) undated++;
    for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts.keys()];
  const rows: BarRow[] = [];
  if (years.length > 0) {
    for (let year = Math.min(...years); year <= Math.max(...years); year++) rows.push({ key: String(year), label: String(year), value: counts.get(year) ?? 0 });
  }
  return { id: 'projectsByYear', rows, unassigned: undated, total: catalog.projects.size };
}

export function partnersByKind(catalog: Catalog, labels: Pick<FigureLabels, 'locale' | 'partnerKind'>): Figure {
  const counts = new Map<PartnerKind, number>(PARTNER_KINDS.map((kind) => [kind, 0]));
  for (const partner of catalog.partners.values()) counts.set(partner.data.kind, counts.get(partner.data.kind)! + 1);
  const rows = PARTNER_KINDS.map((kind) => ({ key: kind, label: labels.partnerKind(kind), value: counts.get(kind)! }));
  return { id: 'partnersByKind', rows: byCount(rows, labels.locale), unassigned: 0, total: catalog.partners.size };
}

/** Every figure of /statistiche/, in the page's order. */
export function fieldFigures(catalog: Catalog, labels: FigureLabels): Figure[] {
  const { locale } = labels;
  return [
    practicesByTaxonomy(catalog, 'themes', 'practicesByTheme', locale),
    practicesByTaxonomy(catalog, 'targetGroups', 'practicesByTargetGroup', locale),
    practicesByRegion(catalog, locale),
    practicesByTaxonomy(catalog, 'funds', 'practicesByFund', locale),
    practicesByTaxonomy(catalog, 'interventionTypes', 'practicesByInterventionType', locale),
    practicesByEvidence(catalog, labels.evidence),
    projectsByYear(catalog),
    partnersByKind(catalog, labels),
  ];
}
