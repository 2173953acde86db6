/**
 * What search knows of each entry: its facet values (the filters of /cerca/), its date and
 * title for sorting, and what a result shows. One function per kind of entry, read by the
 * catalogue index (src/lib/search/index-rows.ts) for every entry and language, and by the
 * pages' Pagefind meta (the type and territory shown beside an excerpt).
 */
import type { Locale } from '../../i18n/index.ts';
import type { Catalog, Document, Partner, Practice, Project, Territory } from '../catalog.ts';
import { territoryName } from '../labels.ts';
import { toIso, type PartialDate } from '../partial-date.ts';

/**
 * The facets, in the order the panel shows them, each with its URL key:
 * `?tema=casa&tema=lavoro&regione=sicilia`.
 */
export const FACETS = ['tipo', 'tema', 'destinatari', 'regione', 'fondo', 'intervento', 'evidenza', 'anno'] as const;
export type Facet = (typeof FACETS)[number];

/** Values of `tipo`: the five kinds of entry, as Italian ids. */
export const ENTRY_TYPES = ['pratica', 'progetto', 'documento', 'partner', 'territorio'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/**
 * `regione` of an entry working at national scale (in Italy as a whole): one value of its own
 * rather than all twenty regions, so that ticking a region finds what was done there and not
 * every national programme too.
 */
export const NATIONAL = 'italia';

/** Entries with no date sort after every dated one when newest come first. */
export const UNDATED = '0000';

export type SearchFilters = Partial<Record<Facet, string[]>>;

export interface SearchRecord {
  filters: SearchFilters;
  /** Sort key of `ordina=data`: an ISO partial date, or `UNDATED`. */
  date: string;
  /** The entry's name in the reader's language: shown, and the sort key of `ordina=titolo`. */
  title: string;
  /** Shown in results: the entry type, its territories in words, and a summary. */
  meta: { tipo: EntryType; territorio?: string | undefined; sommario?: string | undefined };
}

interface Period {
  start?: PartialDate | undefined;
  end?: PartialDate | undefined;
}

/**
 * Every calendar year a period touches: a project running 2019 to 2021-06 counts under 2019,
 * 2020 and 2021. A period with no end counts under its start year only (we do not know it went on).
 */
export function yearsOf(period: Period | undefined): string[] {
  const first = period?.start?.year ?? period?.end?.year;
  if (first === undefined) return [];
  const last = Math.max(first, period?.end?.year ?? first);
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

const unique = (values: Iterable<string>) => [...new Set(values)].sort();

/** Region ids of some territories, through the tree; Italy itself counts as national. */
function regionsOf(catalog: Catalog, territoryIds: readonly string[]): string[] {
  return unique(territoryIds.map((id) => catalog.regionOf(id)?.id ?? NATIONAL));
}

function sortDate(date: PartialDate | undefined): string {
  return date ? toIso(date) : UNDATED;
}

function placeNames(catalog: Catalog, ids: readonly string[], locale: Locale): string | undefined {
  const names = ids.flatMap((id) => {
    const territory = catalog.territories.get(id);
    return territory ? [territoryName(territory, locale)] : [];
  });
  return names.length ? names.join(', ') : undefined;
}

const withoutEmpty = (filters: SearchFilters): SearchFilters =>
  Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)) as SearchFilters;

function summaryOf(data: { summary?: string | undefined; summaryEn?: string | undefined }, locale: Locale): string | undefined {
  return locale === 'en' ? (data.summaryEn ?? data.summary) : data.summary;
}

export function practiceRecord(catalog: Catalog, practice: Practice, locale: Locale): SearchRecord {
  const d = practice.data;
  const project = catalog.projects.get(d.project.id);
  // A practice with no period of its own ran within its project's.
  const period = d.period ?? project?.data.period;
  const territories = d.territories.map((t) => t.id);
  return {
    filters: withoutEmpty({
      tipo: ['pratica'],
      tema: unique(d.themes.map((t) => t.id)),
      destinatari: unique(d.targetGroups.map((t) => t.id)),
      regione: regionsOf(catalog, territories),
      fondo: project?.data.fund ? [project.data.fund.id] : [],
      intervento: unique(d.interventionTypes.map((t) => t.id)),
      evidenza: [d.evidence.level],
      anno: yearsOf(period),
    }),
    date: sortDate(period?.start), title: d.title,
    meta: { tipo: 'pratica', territorio: placeNames(catalog, territories, locale), sommario: summaryOf(d, locale) },
  };
}

export function projectRecord(catalog: Catalog, project: Project, locale: Locale): SearchRecord {
  const d = project.data;
  const territories = d.territories.map((t) => t.id);
  const practices = catalog.practicesOfProject(project.id);
  return {
    filters: withoutEmpty({
      tipo: ['progetto'],
      // A project is about its own themes and those of the practices it documented.
      tema: unique([...d.themes.map((t) => t.id), ...practices.flatMap((p) => p.data.themes.map((t) => t.id))]),
      destinatari: unique([...d.targetGroups.map((t) => t.id), ...practices.flatMap((p) => p.data.targetGroups.map((t) => t.id))]),
      regione: regionsOf(catalog, territories),
      fondo: d.fund ? [d.fund.id] : [],
      intervento: unique(practices.flatMap((p) => p.data.interventionTypes.map((t) => t.id))),
      anno: yearsOf(d.period),
    }),
    date: sortDate(d.period?.start), title: d.title,
    meta: { tipo: 'progetto', territorio: placeNames(catalog, territories, locale), sommario: summaryOf(d, locale) },
  };
}

export function documentRecord(catalog: Catalog, document: Document, locale: Locale): SearchRecord {
  const d = document.data;
  const project = catalog.projects.get(d.project.id);
  const territories = project?.data.territories.map((t) => t.id) ?? [];
  return {
    filters: withoutEmpty({
      tipo: ['documento'],
      tema: unique(project?.data.themes.map((t) => t.id) ?? []),
      destinatari: unique(project?.data.targetGroups.map((t) => t.id) ?? []),
      regione: regionsOf(catalog, territories),
      fondo: project?.data.fund ? [project.data.fund.id] : [],
      anno: d.date ? [String(d.date.year)] : [],
    }),
    date: sortDate(d.date), title: d.title,
    meta: { tipo: 'documento', territorio: placeNames(catalog, territories, locale) },
  };
}

export function partnerRecord(catalog: Catalog, partner: Partner, locale: Locale): SearchRecord {
  const d = partner.data;
  const projects = catalog.projectsOfPartner(partner.id);
  const territories = d.territory ? [d.territory.id] : [];
  return {
    // A partner is found by what its projects work on and where it is based.
    filters: withoutEmpty({
      tipo: ['partner'],
      tema: unique(projects.flatMap((p) => p.data.themes.map((t) => t.id))),
      destinatari: unique(projects.flatMap((p) => p.data.targetGroups.map((t) => t.id))),
      regione: d.territory ? regionsOf(catalog, territories) : [],
      fondo: unique(projects.flatMap((p) => (p.data.fund ? [p.data.fund.id] : []))),
    }),
    date: UNDATED, title: d.name,
    meta: { tipo: 'partner', territorio: placeNames(catalog, territories, locale), sommario: summaryOf(d, locale) },
  };
}

export function territoryRecord(catalog: Catalog, territory: Territory, locale: Locale): SearchRecord {
  const practices = catalog.practicesIn(territory.id);
  return {
    filters: withoutEmpty({
      tipo: ['territorio'],
      tema: unique(practices.flatMap((p) => p.data.themes.map((t) => t.id))),
      destinatari: unique(practices.flatMap((p) => p.data.targetGroups.map((t) => t.id))),
      regione: regionsOf(catalog, [territory.id]),
    }),
    date: UNDATED, title: territoryName(territory, locale),
    meta: { tipo: 'territorio', territorio: placeNames(catalog, territory.data.parent ? [territory.data.parent.id] : [], locale) },
  };
}
