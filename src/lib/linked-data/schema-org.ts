/**
 * schema.org descriptions of the catalogue's entries, as JSON-LD for each entry's page.
 *
 * Every entry is a node whose `@id` is its Italian page's canonical URL plus `#id` (the thing,
 * not the page about it), the same on the Italian and the English page, so the nodes of
 * different pages join into one graph. Related entries appear as small nodes (`@id`, `@type`,
 * name, page) that point to their own pages. A field whose value the content does not know is
 * left out, never filled with a guess; dates keep the precision the source gives (`2019`,
 * `2021-06`), which ISO 8601 and schema.org allow.
 */
import { attachmentPath, localized, pathTo, useTranslations, type Locale, type Section } from '../../i18n/index.ts';
import type { DocumentKind } from '../../schemas/document.ts';
import type { PracticeData } from '../../schemas/practice.ts';
import type { PartnerKind } from '../../schemas/partner.ts';
import type { TaxonomyTerm } from '../../schemas/taxonomy.ts';
import type { TerritoryKind } from '../../schemas/territory.ts';
import { type Catalog, type Document, type Partner, type Practice, type Project, type Territory } from '../catalog.ts';
import { summaryFor, territoryName } from '../labels.ts';
import { toIso, type PartialDate } from '../partial-date.ts';

export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];
export interface JsonLdNode {
  [key: string]: JsonLdValue;
}

/**
 * An inline context: schema.org as the vocabulary, and the properties whose values are web
 * addresses marked as IRIs. Being inline, it expands without fetching anything.
 */
export const SCHEMA_ORG_CONTEXT: JsonLdNode = {
  '@vocab': 'https://schema.org/',
  url: { '@type': '@id' },
  sameAs: { '@type': '@id' },
  contentUrl: { '@type': '@id' },
};

/**
 * Partner kinds as schema.org types. Public administrations are GovernmentOrganization;
 * associations, third-sector bodies, volunteer service centres and foundations (all
 * non-profit, non-governmental) are NGO; universities CollegeOrUniversity; companies
 * Corporation. Professional orders (public bodies of a profession's members, not government)
 * and networks (whose members may be of any kind) stay plain Organization.
 */
export const PARTNER_TYPES = {
  ministry: 'GovernmentOrganization',
  'national-agency': 'GovernmentOrganization',
  region: 'GovernmentOrganization',
  municipality: 'GovernmentOrganization',
  'metropolitan-city': 'GovernmentOrganization',
  university: 'CollegeOrUniversity',
  'third-sector': 'NGO',
  'migrant-association': 'NGO',
  'volunteer-service-centre': 'NGO',
  'professional-order': 'Organization',
  foundation: 'NGO',
  company: 'Corporation',
  network: 'Organization',
} as const satisfies Record<PartnerKind, string>;

/**
 * Territory kinds as schema.org places: Italy a Country, a region a State (schema.org's "state
 * or province of a country", the first level below it), a municipality a City; the levels in
 * between, and social-health districts, AdministrativeArea.
 */
export const TERRITORY_TYPES = {
  country: 'Country',
  region: 'State',
  'metropolitan-city': 'AdministrativeArea',
  province: 'AdministrativeArea',
  'health-district': 'AdministrativeArea',
  municipality: 'City',
} as const satisfies Record<TerritoryKind, string>;

/** Document kinds as schema.org creative works: reports and project deliverables are Reports. */
export const DOCUMENT_TYPES = {
  deliverable: 'Report',
  report: 'Report',
  tool: 'CreativeWork',
  questionnaire: 'CreativeWork',
  'training-material': 'LearningResource',
  guideline: 'CreativeWork',
  website: 'WebSite',
} as const satisfies Record<DocumentKind, string>;

export interface LinkedDataContext {
  catalog: Catalog;
  /** The site's origin, as Astro gives it (astro.config.mjs always sets one): every `@id` and `url` is absolute. */
  site: URL | string | undefined;
  /** Language of the page the description is written into: names and summaries follow it. */
  locale: Locale;
}

/** Drops unknown values (undefined, empty text, empty lists), so no field is emitted without one. */
function node(fields: Record<string, JsonLdValue | undefined>): JsonLdNode {
  const out: JsonLdNode = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

const iso = (date: PartialDate | undefined) => (date ? toIso(date) : undefined);

function urls(ctx: LinkedDataContext) {
  const absolute = (path: string) => new URL(path, ctx.site).href;
  return {
    absolute,
    id: (section: Section, id: string) => `${absolute(pathTo('it', section, id))}#id`,
    page: (section: Section, id: string) => absolute(pathTo(ctx.locale, section, id)),
  };
}

/** The top-level object of a page's JSON-LD: the context and the entry's node. */
const withContext = (entry: JsonLdNode): JsonLdNode => ({ '@context': SCHEMA_ORG_CONTEXT, ...entry });

function placeRef(ctx: LinkedDataContext, id: string): JsonLdNode {
  const { id: idOf, page } = urls(ctx);
  const territory = ctx.catalog.territories.get(id);
  if (!territory) return { '@id': idOf('territories', id) };
  return node({ '@id': idOf('territories', id), '@type': TERRITORY_TYPES[territory.data.kind], name: territoryName(territory, ctx.locale), url: page('territories', id) });
}

function partnerRef(ctx: LinkedDataContext, id: string): JsonLdNode {
  const { id: idOf, page } = urls(ctx);
  const partner = ctx.catalog.partners.get(id);
  if (!partner) return { '@id': idOf('partners', id) };
  return node({ '@id': idOf('partners', id), '@type': PARTNER_TYPES[partner.data.kind], name: partner.data.name, url: page('partners', id) });
}

function projectRef(ctx: LinkedDataContext, id: string): JsonLdNode {
  const { id: idOf, page } = urls(ctx);
  const project = ctx.catalog.projects.get(id);
  if (!project) return { '@id': idOf('projects', id) };
  return node({ '@id': idOf('projects', id), '@type': 'Project', name: project.data.title, url: page('projects', id) });
}

function documentRef(ctx: LinkedDataContext, id: string): JsonLdNode {
  const { id: idOf, page } = urls(ctx);
  const doc = ctx.catalog.documents.get(id);
  if (!doc) return { '@id': idOf('documents', id) };
  return node({ '@id': idOf('documents', id), '@type': DOCUMENT_TYPES[doc.data.kind], name: doc.data.title, url: page('documents', id) });
}

function themeSetRef(ctx: LinkedDataContext): JsonLdNode {
  const { absolute } = urls(ctx);
  return { '@id': `${absolute(pathTo('it', 'themes'))}#id`, '@type': 'DefinedTermSet', name: useTranslations(ctx.locale)('nav.themes'), url: absolute(pathTo(ctx.locale, 'themes')) };
}

function themeRef(ctx: LinkedDataContext, id: string): JsonLdNode {
  const { id: idOf, page } = urls(ctx);
  const theme = ctx.catalog.taxonomies.themes.get(id);
  return node({ '@id': idOf('themes', id), '@type': 'DefinedTerm', name: theme ? localized(theme.label, ctx.locale) : undefined, termCode: id, url: page('themes', id) });
}

/** A source: the work the facts come from (`isBasedOn` of a practice, `subjectOf` of what it describes). */
function sourceNode(source: PracticeData['sources'][number]): JsonLdNode {
  return node({
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
    datePublished: iso(source.date),
  });
}

/** A project: its partners as members with their role, its fund as funder, its territories as the area served. */
export function projectJsonLd(ctx: LinkedDataContext, project: Project): JsonLdNode {
  const t = useTranslations(ctx.locale);
  const d = project.data;
  const { id, page } = urls(ctx);
  const fund = d.fund ? ctx.catalog.taxonomies.funds.get(d.fund.id) : undefined;
  const lead = d.lead;
  const roles = [...d.partners];
  if (lead && !roles.some((p) => p.partner.id === lead.id)) roles.unshift({ partner: lead, role: 'lead', roleIsInferred: false });
  const member = roles.map((p) =>
    node({ '@type': 'OrganizationRole', roleName: t(`role.${p.role}`), description: p.note, member: partnerRef(ctx, p.partner.id) }),
  );
  const funders = [
    ...(fund ? [node({ '@type': 'Organization', name: localized(fund.label, ctx.locale), url: fund.website })] : []),
    ...d.partners.filter((p) => p.role === 'funder').map((p) => partnerRef(ctx, p.partner.id)),
  ];
  return withContext(
    node({
      '@id': id('projects', project.id),
      '@type': 'Project',
      name: d.title,
      alternateName: d.acronym,
      description: summaryFor(d, ctx.locale).text,
      url: page('projects', project.id),
      sameAs: d.website,
      identifier: d.projectCode,
      funder: funders,
      member,
      areaServed: d.territories.map((ter) => placeRef(ctx, ter.id)),
      startDate: iso(d.period?.start),
      endDate: iso(d.period?.end),
      knowsAbout: d.themes.map((theme) => themeRef(ctx, theme.id)),
      subjectOf: d.sources.map(sourceNode),
    }),
  );
}

/** A partner, typed by kind (see PARTNER_TYPES), with where it is based and the projects it takes part in. */
export function partnerJsonLd(ctx: LinkedDataContext, partner: Partner): JsonLdNode {
  const t = useTranslations(ctx.locale);
  const d = partner.data;
  const { id, page } = urls(ctx);
  const memberOf = ctx.catalog.projectsOfPartner(partner.id).flatMap((project) => {
    const roles = project.data.partners.filter((p) => p.partner.id === partner.id).map((p) => p.role);
    if (roles.length === 0 && project.data.lead?.id === partner.id) roles.push('lead');
    return roles.map((role) => ({ '@type': 'OrganizationRole', roleName: t(`role.${role}`), memberOf: projectRef(ctx, project.id) }));
  });
  return withContext(
    node({
      '@id': id('partners', partner.id),
      '@type': PARTNER_TYPES[d.kind],
      name: d.name,
      alternateName: d.shortName,
      description: d.summary,
      url: page('partners', partner.id),
      sameAs: d.website,
      location: d.territory ? placeRef(ctx, d.territory.id) : undefined,
      memberOf,
      subjectOf: d.sources.map(sourceNode),
    }),
  );
}

/** A territory as a place: its ISTAT code as identifier, its point as geo coordinates, its place in the tree. */
export function territoryJsonLd(ctx: LinkedDataContext, territory: Territory): JsonLdNode {
  const d = territory.data;
  const { id, page } = urls(ctx);
  const name = territoryName(territory, ctx.locale);
  const alternateName = [...new Set([d.name, d.nameEn, d.shortName])].filter((n): n is string => n !== undefined && n !== name);
  return withContext(
    node({
      '@id': id('territories', territory.id),
      '@type': TERRITORY_TYPES[d.kind],
      name,
      alternateName,
      url: page('territories', territory.id),
      identifier: d.istat ? { '@type': 'PropertyValue', propertyID: 'ISTAT', value: d.istat } : undefined,
      geo: d.coordinates ? { '@type': 'GeoCoordinates', latitude: d.coordinates.lat, longitude: d.coordinates.lon } : undefined,
      containedInPlace: d.parent ? placeRef(ctx, d.parent.id) : undefined,
      containsPlace: ctx.catalog.childrenOf(territory.id).map((child) => placeRef(ctx, child.id)),
    }),
  );
}

/** A document as a Report or creative work (see DOCUMENT_TYPES), made by its project, with its file or online address. */
export function documentJsonLd(ctx: LinkedDataContext, doc: Document): JsonLdNode {
  const d = doc.data;
  const { absolute, id, page } = urls(ctx);
  return withContext(
    node({
      '@id': id('documents', doc.id),
      '@type': DOCUMENT_TYPES[d.kind],
      name: d.title,
      url: page('documents', doc.id),
      inLanguage: d.language,
      datePublished: iso(d.date),
      creator: projectRef(ctx, d.project.id),
      encoding: d.file ? { '@type': 'MediaObject', contentUrl: absolute(attachmentPath(d.file)), encodingFormat: 'application/pdf' } : undefined,
      sameAs: d.url,
      subjectOf: d.sources.map(sourceNode),
    }),
  );
}

/**
 * A practice as a creative work: the documented approach, by its project and carried out by its
 * partners, about its themes, covering its territories, based on its sources. It is written in
 * Italian; the description follows the page (the English summary where there is one).
 * `dateModified` is the last review, the only change date the content has.
 */
export function practiceJsonLd(ctx: LinkedDataContext, practice: Practice): JsonLdNode {
  const d = practice.data;
  const { id, page } = urls(ctx);
  const { start, end } = d.period ?? {};
  return withContext(
    node({
      '@id': id('practices', practice.id),
      '@type': 'CreativeWork',
      name: d.title,
      description: summaryFor(d, ctx.locale).text,
      url: page('practices', practice.id),
      inLanguage: 'it',
      dateModified: toIso(d.lastReviewed),
      creator: projectRef(ctx, d.project.id),
      contributor: d.partners.map((p) => partnerRef(ctx, p.id)),
      about: d.themes.map((theme) => themeRef(ctx, theme.id)),
      audience: d.targetGroups.map((g) => {
        const term = ctx.catalog.taxonomies.targetGroups.get(g.id);
        return { '@type': 'Audience', audienceType: term ? localized(term.label, ctx.locale) : g.id };
      }),
      spatialCoverage: d.territories.map((ter) => placeRef(ctx, ter.id)),
      temporalCoverage: start || end ? `${iso(start) ?? '..'}/${iso(end) ?? '..'}` : undefined,
      citation: d.documents.map((doc) => documentRef(ctx, doc.id)),
      isBasedOn: d.sources.map(sourceNode),
    }),
  );
}

/** A theme as a term of the Atlante's set of themes. */
export function themeJsonLd(ctx: LinkedDataContext, theme: TaxonomyTerm): JsonLdNode {
  const { id, page } = urls(ctx);
  return withContext(
    node({
      '@id': id('themes', theme.id),
      '@type': 'DefinedTerm',
      name: localized(theme.label, ctx.locale),
      description: theme.description ? localized(theme.description, ctx.locale) : undefined,
      termCode: theme.id,
      url: page('themes', theme.id),
      inDefinedTermSet: themeSetRef(ctx),
    }),
  );
}

/**
 * The text of a `<script type="application/ld+json">`: JSON with `<`, `>` and `&` written as
 * Unicode escapes, so no value can close the script element or open a comment, and the JSON
 * still parses to the same data.
 */
export function jsonLdScript(data: JsonLdNode): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
