/**
 * The catalogue: every entry loaded once, relations resolved both ways, and the indexes the
 * pages need (territory tree with ancestors, entries by theme, target group, fund, partner,
 * related practices). Pure: built from plain entries, so pages, endpoints, scripts and tests
 * share it without Astro.
 */
import type { DocumentData } from '../schemas/document.ts';
import type { PartnerData } from '../schemas/partner.ts';
import type { PracticeData } from '../schemas/practice.ts';
import type { ProjectData } from '../schemas/project.ts';
import type { Fund, TaxonomyTerm } from '../schemas/taxonomy.ts';
import type { TerritoryData } from '../schemas/territory.ts';
import { comparePartialDates } from './partial-date.ts';
import { createRelatedRanker } from './related.ts';

export interface Entry<D> {
  id: string;
  data: D;
}

export type Project = Entry<ProjectData>;
export type Practice = Entry<PracticeData>;
export type Partner = Entry<PartnerData>;
export type Territory = Entry<TerritoryData>;
export type Document = Entry<DocumentData>;

export interface CatalogInput {
  projects: Project[];
  practices: Practice[];
  partners: Partner[];
  territories: Territory[];
  documents: Document[];
  themes: TaxonomyTerm[];
  targetGroups: TaxonomyTerm[];
  interventionTypes: TaxonomyTerm[];
  funds: Fund[];
}

export type TaxonomyName = 'themes' | 'targetGroups' | 'interventionTypes' | 'funds';

/** A practice related to another one, with why. */
export interface RelatedPractice {
  practice: Practice;
  score: number;
  sharedThemes: string[];
  sharedTargetGroups: string[];
  sameArea: boolean;
}

/**
 * Lists of entries by key. Entries are indexed one at a time, so a repeat (a practice in two
 * municipalities of the same region) is always the last item: checking it keeps lists unique.
 */
class Index<T> {
  readonly #map = new Map<string, T[]>();
  add(key: string, value: T): void {
    const list = this.#map.get(key);
    if (list) {
      if (list.at(-1) !== value) list.push(value);
    } else this.#map.set(key, [value]);
  }
  get(key: string): readonly T[] {
    return this.#map.get(key) ?? [];
  }
  keys(): IterableIterator<string> {
    return this.#map.keys();
  }
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

export function buildCatalog(input: CatalogInput) {
  const projects = byId(input.projects);
  const practices = byId(input.practices);
  const partners = byId(input.partners);
  const territories = byId(input.territories);
  const documents = byId(input.documents);
  const taxonomies = {
    themes: byId(input.themes),
    targetGroups: byId(input.targetGroups),
    interventionTypes: byId(input.interventionTypes),
    funds: byId(input.funds),
  };

  // Territory tree. Ancestors are listed from the territory itself up to the root.
  const children = new Index<Territory>();
  for (const territory of input.territories) {
    if (territory.data.parent) children.add(territory.data.parent.id, territory);
  }
  const ancestorCache = new Map<string, Territory[]>();
  function ancestors(id: string): Territory[] {
    const cached = ancestorCache.get(id);
    if (cached) return cached;
    const chain: Territory[] = [];
    const seen = new Set<string>();
    for (let current = territories.get(id); current && !seen.has(current.id); ) {
      chain.push(current);
      seen.add(current.id);
      current = current.data.parent ? territories.get(current.data.parent.id) : undefined;
    }
    ancestorCache.set(id, chain);
    return chain;
  }
  /** The region a territory lies in (itself when it is one); undefined for Italy. */
  const regionOf = (id: string) => ancestors(id).find((t) => t.data.kind === 'region');

  // Relations, both ways.
  const practicesByProject = new Index<Practice>();
  const documentsByProject = new Index<Document>();
  const projectsByPartner = new Index<Project>();
  const practicesByPartner = new Index<Practice>();
  const projectsUnder = new Index<Project>();
  const practicesUnder = new Index<Practice>();
  const partnersUnder = new Index<Partner>();
  const projectsByTaxonomy = { themes: new Index<Project>(), targetGroups: new Index<Project>(), interventionTypes: new Index<Project>(), funds: new Index<Project>() };
  const practicesByTaxonomy = { themes: new Index<Practice>(), targetGroups: new Index<Practice>(), interventionTypes: new Index<Practice>(), funds: new Index<Practice>() };
  const practicesByDocument = new Index<Practice>();

  for (const project of input.projects) {
    const d = project.data;
    for (const id of partnerIdsOfProject(project)) projectsByPartner.add(id, project);
    for (const t of d.territories) for (const a of ancestors(t.id)) projectsUnder.add(a.id, project);
    for (const t of d.themes) projectsByTaxonomy.themes.add(t.id, project);
    for (const t of d.targetGroups) projectsByTaxonomy.targetGroups.add(t.id, project);
    if (d.fund) projectsByTaxonomy.funds.add(d.fund.id, project);
  }
  for (const practice of input.practices) {
    const d = practice.data;
    practicesByProject.add(d.project.id, practice);
    for (const p of d.partners) practicesByPartner.add(p.id, practice);
    for (const p of d.involved) practicesByPartner.add(p.id, practice);
    for (const c of d.coDesign) if (c.partner) practicesByPartner.add(c.partner.id, practice);
    for (const t of d.territories) for (const a of ancestors(t.id)) practicesUnder.add(a.id, practice);
    for (const t of d.themes) practicesByTaxonomy.themes.add(t.id, practice);
    for (const t of d.targetGroups) practicesByTaxonomy.targetGroups.add(t.id, practice);
    for (const t of d.interventionTypes) practicesByTaxonomy.interventionTypes.add(t.id, practice);
    const fund = projects.get(d.project.id)?.data.fund;
    if (fund) practicesByTaxonomy.funds.add(fund.id, practice);
    for (const doc of d.documents) practicesByDocument.add(doc.id, practice);
  }
  for (const partner of input.partners) {
    if (partner.data.territory) for (const a of ancestors(partner.data.territory.id)) partnersUnder.add(a.id, partner);
  }
  for (const document of input.documents) documentsByProject.add(document.data.project.id, document);

  const practiceList = input.practices;
  const practiceIndex = new Map(practiceList.map((p, i) => [p.id, i]));
  const areasOf = (practice: Practice) => [...new Set(practice.data.territories.map((t) => regionOf(t.id)?.id ?? t.id))];
  let ranker: ReturnType<typeof createRelatedRanker> | undefined;
  const relatedCache = new Map<string, RelatedPractice[]>();
  /** Practices most like this one, with what they share (see related.ts for the weights). */
  function relatedPractices(id: string, limit = 5): RelatedPractice[] {
    const cached = relatedCache.get(id);
    if (cached && cached.length >= limit) return cached.slice(0, limit);
    const index = practiceIndex.get(id);
    if (index === undefined) return [];
    ranker ??= createRelatedRanker(
      practiceList.map((p) => ({
        id: p.id,
        title: p.data.title,
        project: p.data.project.id,
        themes: p.data.themes.map((t) => t.id),
        targetGroups: p.data.targetGroups.map((t) => t.id),
        areas: areasOf(p),
      })),
    );
    const practice = practiceList[index]!;
    const themes = new Set(practice.data.themes.map((t) => t.id));
    const targets = new Set(practice.data.targetGroups.map((t) => t.id));
    const areas = new Set(areasOf(practice));
    const related = ranker(index, limit).map(({ index: other, score }) => {
      const candidate = practiceList[other]!;
      return {
        practice: candidate,
        score,
        sharedThemes: candidate.data.themes.map((t) => t.id).filter((t) => themes.has(t)),
        sharedTargetGroups: candidate.data.targetGroups.map((t) => t.id).filter((t) => targets.has(t)),
        sameArea: areasOf(candidate).some((a) => areas.has(a)),
      };
    });
    relatedCache.set(id, related);
    return related;
  }

  return {
    projects,
    practices,
    partners,
    territories,
    documents,
    taxonomies,
    ancestors,
    regionOf,
    childrenOf: (id: string) => children.get(id),
    practicesOfProject: (id: string) => practicesByProject.get(id),
    documentsOfProject: (id: string) => documentsByProject.get(id),
    practicesUsingDocument: (id: string) => practicesByDocument.get(id),
    projectsOfPartner: (id: string) => projectsByPartner.get(id),
    practicesOfPartner: (id: string) => practicesByPartner.get(id),
    /** Projects working in a territory or any territory inside it. */
    projectsIn: (id: string) => projectsUnder.get(id),
    /** Practices carried out in a territory or any territory inside it. */
    practicesIn: (id: string) => practicesUnder.get(id),
    /** Partners based in a territory or any territory inside it. */
    partnersIn: (id: string) => partnersUnder.get(id),
    projectsWith: (taxonomy: TaxonomyName, id: string) => projectsByTaxonomy[taxonomy].get(id),
    practicesWith: (taxonomy: TaxonomyName, id: string) => practicesByTaxonomy[taxonomy].get(id),
    relatedPractices,
  };
}

export type Catalog = ReturnType<typeof buildCatalog>;

/** Lead and partners of a project, without repeats. */
export function partnerIdsOfProject(project: Project): string[] {
  const ids = project.data.partners.map((p) => p.partner.id);
  if (project.data.lead && !ids.includes(project.data.lead.id)) ids.unshift(project.data.lead.id);
  return ids;
}

/** Newest first by period start (entries without a start last), then by title. */
export function byPeriodDesc<T extends Entry<{ title: string; period?: { start?: import('./partial-date.ts').PartialDate | undefined } | undefined }>>(a: T, b: T): number {
  const sa = a.data.period?.start;
  const sb = b.data.period?.start;
  if (sa && sb) return comparePartialDates(sb, sa) || a.data.title.localeCompare(b.data.title, 'it');
  if (sa) return -1;
  if (sb) return 1;
  return a.data.title.localeCompare(b.data.title, 'it');
}

export const byTitle = <T extends Entry<{ title: string }>>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'it');
export const byName = <T extends Entry<{ name: string }>>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'it');
