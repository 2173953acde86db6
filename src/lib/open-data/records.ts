/**
 * The open-data records: one flat record per entry of each collection, with ids and their
 * Italian (and, for taxonomy terms, English) labels side by side, dates as ISO 8601 text at
 * the precision the source gives, and the addresses of the entry's Italian and English pages.
 * Nested content (results, sources, contacts, work packages) becomes one readable text per
 * item, its parts joined by {@link PART_SEPARATOR}; `atlante.json` keeps the full structure.
 */
import { attachmentPath, pathTo, useTranslations, type Section } from '../../i18n/index.ts';
import { DOCUMENT_KINDS } from '../../schemas/document.ts';
import { PARTNER_KINDS } from '../../schemas/partner.ts';
import { EVIDENCE_LEVELS, REGULAR_SERVICE_STATUSES } from '../../schemas/practice.ts';
import { PARTNER_ROLES } from '../../schemas/project.ts';
import { TERRITORY_KINDS } from '../../schemas/territory.ts';
import type { Catalog, Document, Entry, Partner, Practice, Project, TaxonomyName, Territory } from '../catalog.ts';
import { partnerIdsOfProject } from '../catalog.ts';
import { termLabel, territoryName } from '../labels.ts';
import { toIso, type PartialDate } from '../partial-date.ts';
import { buildRecord, describedAs, field, type Field, type OpenRecord, type RecordContext } from './fields.ts';

/** Joins the parts of one nested item (a result's text, measure and evidence) into one text. */
export const PART_SEPARATOR = ' — ';

const tIt = useTranslations('it');
const parts = (...values: (string | undefined)[]) => values.filter((v): v is string => Boolean(v)).join(PART_SEPARATOR);
const iso = (date: PartialDate | undefined) => (date ? toIso(date) : undefined);
const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
const unique = (values: string[]) => [...new Set(values)];

function pageUrls<E extends Entry<unknown>>(section: Section): Field<E>[] {
  return [
    field<E, 'url'>('urlIt', 'url', 'Address of the entry\'s page on the Italian site.', (e, c) => c.absolute(pathTo('it', section, e.id))),
    field<E, 'url'>('urlEn', 'url', 'Address of the entry\'s page on the English site.', (e, c) => c.absolute(pathTo('en', section, e.id))),
  ];
}

const idField = <E extends Entry<unknown>>() =>
  field<E, 'id'>('id', 'id', 'Stable id of the entry: its file name in the repository and the last segment of its page address. It does not change when the entry is edited.', (e) => e.id);

/** `themeIds`, `themeLabels`, `themeLabelsEn`: a taxonomy relation with the terms' labels in both languages. */
function termFields<E>(prefix: string, taxonomy: TaxonomyName, description: string, refsOf: (entry: E, catalog: Catalog) => readonly { id: string }[]): Field<E>[] {
  return [
    field<E, 'ids'>(`${prefix}Ids`, 'ids', description, (e, c) => ids(refsOf(e, c.catalog))),
    field<E, 'texts'>(`${prefix}Labels`, 'texts', `Italian labels of ${prefix}Ids, in the same order.`, (e, c) => refsOf(e, c.catalog).map((r) => termLabel(c.catalog, taxonomy, r.id, 'it'))),
    field<E, 'texts'>(`${prefix}LabelsEn`, 'texts', `English labels of ${prefix}Ids, in the same order.`, (e, c) => refsOf(e, c.catalog).map((r) => termLabel(c.catalog, taxonomy, r.id, 'en'))),
  ];
}

const territoryLabel = (catalog: Catalog, id: string) => {
  const territory = catalog.territories.get(id);
  return territory ? territoryName(territory, 'it') : id;
};
const partnerName = (catalog: Catalog, id: string) => catalog.partners.get(id)?.data.name ?? id;
const regionIdsOf = (catalog: Catalog, refs: readonly { id: string }[]) =>
  unique(refs.flatMap((r) => {
    const region = catalog.regionOf(r.id);
    return region ? [region.id] : [];
  }));

/** `territoryIds`, `territoryNames`, `regionIds`, `regionNames`. */
function placeFields<E>(description: string, refsOf: (entry: E) => readonly { id: string }[]): Field<E>[] {
  return [
    field<E, 'ids'>('territoryIds', 'ids', description, (e) => ids(refsOf(e))),
    field<E, 'texts'>('territoryNames', 'texts', 'Italian names of territoryIds, in the same order.', (e, c) => refsOf(e).map((r) => territoryLabel(c.catalog, r.id))),
    field<E, 'ids'>('regionIds', 'ids', 'Regions the territories lie in, without repeats; empty for national scope (Italy).', (e, c) => regionIdsOf(c.catalog, refsOf(e))),
    field<E, 'texts'>('regionNames', 'texts', 'Italian names of regionIds, in the same order.', (e, c) => regionIdsOf(c.catalog, refsOf(e)).map((id) => territoryLabel(c.catalog, id))),
  ];
}

type Result = { text: string; measure?: string | undefined; evidence?: string | undefined };
type Source = { title: string; publisher?: string | undefined; date?: PartialDate | undefined; locator?: string | undefined; url?: string | undefined };
type Contact = { name?: string | undefined; role?: string | undefined; email?: string | undefined; url?: string | undefined };

const resultText = (r: Result) => parts(r.text, r.measure, r.evidence);
const sourceText = (s: Source) => parts(s.title, s.publisher, iso(s.date), s.locator, s.url);
const contactText = (c: Contact) => parts(c.name, c.role, c.email, c.url);

const sep = `"${PART_SEPARATOR.trim()}"`;
const sourcesField = <E extends Entry<{ sources: Source[] }>>(collection: 'projects' | 'practices' | 'partners' | 'documents') =>
  field<E, 'texts'>('sources', 'texts', `${describedAs(collection, 'sources')} Each as title, publisher, date, locator and address when given, separated by ${sep}.`, (e) => e.data.sources.map(sourceText));
const contactsField = <E extends Entry<{ contacts: Contact[] }>>(collection: 'projects' | 'practices') =>
  field<E, 'texts'>('contacts', 'texts', `${describedAs(collection, 'contacts')} Each as name, role, e-mail and address when given, separated by ${sep}.`, (e) => e.data.contacts.map(contactText));
const resultsField = <E extends Entry<{ expectedResults: Result[]; achievedResults: Result[] }>>(collection: 'projects' | 'practices', name: 'expectedResults' | 'achievedResults') =>
  field<E, 'texts'>(name, 'texts', `${describedAs(collection, name)} Each as its text, then its measure and evidence when given, separated by ${sep}.`, (e) => e.data[name].map(resultText));

const practiceFields: Field<Practice>[] = [
  idField(),
  field('title', 'text', describedAs('practices', 'title'), (p) => p.data.title),
  field('titleIsDescriptive', 'boolean', describedAs('practices', 'titleIsDescriptive'), (p) => p.data.titleIsDescriptive),
  field('summary', 'text', describedAs('practices', 'summary'), (p) => p.data.summary),
  field('summaryEn', 'text', describedAs('practices', 'summaryEn'), (p) => p.data.summaryEn, { optional: true }),
  field('projectId', 'id', describedAs('practices', 'project'), (p) => p.data.project.id),
  field('projectTitle', 'text', 'Title of the project.', (p, c) => c.catalog.projects.get(p.data.project.id)?.data.title ?? p.data.project.id),
  field('fundId', 'id', 'Fund that finances the project, when known.', (p, c) => c.catalog.projects.get(p.data.project.id)?.data.fund?.id, { optional: true }),
  field('fundLabel', 'text', 'Italian label of fundId.', (p, c) => {
    const fund = c.catalog.projects.get(p.data.project.id)?.data.fund;
    return fund ? termLabel(c.catalog, 'funds', fund.id, 'it') : undefined;
  }, { optional: true }),
  ...placeFields<Practice>(describedAs('practices', 'territories'), (p) => p.data.territories),
  ...termFields<Practice>('theme', 'themes', describedAs('practices', 'themes'), (p) => p.data.themes),
  ...termFields<Practice>('targetGroup', 'targetGroups', describedAs('practices', 'targetGroups'), (p) => p.data.targetGroups),
  ...termFields<Practice>('interventionType', 'interventionTypes', describedAs('practices', 'interventionTypes'), (p) => p.data.interventionTypes),
  field('partnerIds', 'ids', describedAs('practices', 'partners'), (p) => ids(p.data.partners)),
  field('partnerNames', 'texts', 'Names of partnerIds, in the same order.', (p, c) => p.data.partners.map((r) => partnerName(c.catalog, r.id))),
  field('involvedIds', 'ids', describedAs('practices', 'involved'), (p) => ids(p.data.involved)),
  field('involvedNames', 'texts', 'Names of involvedIds, in the same order.', (p, c) => p.data.involved.map((r) => partnerName(c.catalog, r.id))),
  field('recipients', 'text', describedAs('practices', 'recipients'), (p) => p.data.recipients, { optional: true }),
  field('coDesign', 'texts', `${describedAs('practices', 'coDesign')} Each as who (the partner's name or the description in words), then their role, separated by ${sep}.`, (p, c) =>
    p.data.coDesign.map((d) => parts(d.partner ? partnerName(c.catalog, d.partner.id) : d.who, d.role)),
  ),
  field('coDesignPartnerIds', 'ids', 'Ids of the catalogued partners among those who co-designed it.', (p) => p.data.coDesign.flatMap((d) => (d.partner ? [d.partner.id] : []))),
  field('periodStart', 'date', describedAs('practices', 'period.start'), (p) => iso(p.data.period?.start), { optional: true }),
  field('periodEnd', 'date', describedAs('practices', 'period.end'), (p) => iso(p.data.period?.end), { optional: true }),
  field('evidenceLevel', 'code', describedAs('practices', 'evidence.level'), (p) => p.data.evidence.level, { values: EVIDENCE_LEVELS }),
  field('evidenceLevelLabel', 'text', 'Italian label of evidenceLevel.', (p) => tIt(`evidence.${p.data.evidence.level}`)),
  field('evidenceNote', 'text', describedAs('practices', 'evidence.note'), (p) => p.data.evidence.note),
  resultsField<Practice>('practices', 'expectedResults'),
  resultsField<Practice>('practices', 'achievedResults'),
  field('whatDidNotWork', 'texts', describedAs('practices', 'whatDidNotWork'), (p) => p.data.whatDidNotWork),
  field('transferabilityConditions', 'texts', describedAs('practices', 'transferability.conditions'), (p) => p.data.transferability?.conditions ?? []),
  field('transferabilityNote', 'text', describedAs('practices', 'transferability.note'), (p) => p.data.transferability?.note, { optional: true }),
  field('regularService', 'code', describedAs('practices', 'regularService'), (p) => p.data.regularService.status, { values: REGULAR_SERVICE_STATUSES }),
  field('regularServiceLabel', 'text', 'Italian label of regularService.', (p) => tIt(`regularService.${p.data.regularService.status}`)),
  field('regularServiceNote', 'text', 'What the source says about it becoming a regular service.', (p) => p.data.regularService.note, { optional: true }),
  field('documentIds', 'ids', describedAs('practices', 'documents'), (p) => ids(p.data.documents)),
  field('documentTitles', 'texts', 'Titles of documentIds, in the same order.', (p, c) => p.data.documents.map((r) => c.catalog.documents.get(r.id)?.data.title ?? r.id)),
  contactsField<Practice>('practices'),
  sourcesField<Practice>('practices'),
  field('lastReviewed', 'date', describedAs('practices', 'lastReviewed'), (p) => toIso(p.data.lastReviewed)),
  ...pageUrls<Practice>('practices'),
];

const projectFields: Field<Project>[] = [
  idField(),
  field('title', 'text', describedAs('projects', 'title'), (p) => p.data.title),
  field('titleIsDescriptive', 'boolean', describedAs('projects', 'titleIsDescriptive'), (p) => p.data.titleIsDescriptive),
  field('acronym', 'text', describedAs('projects', 'acronym'), (p) => p.data.acronym, { optional: true }),
  field('summary', 'text', describedAs('projects', 'summary'), (p) => p.data.summary),
  field('summaryEn', 'text', describedAs('projects', 'summaryEn'), (p) => p.data.summaryEn, { optional: true }),
  field('fundId', 'id', describedAs('projects', 'fund'), (p) => p.data.fund?.id, { optional: true }),
  field('fundLabel', 'text', 'Italian label of fundId.', (p, c) => (p.data.fund ? termLabel(c.catalog, 'funds', p.data.fund.id, 'it') : undefined), { optional: true }),
  field('fundingLine', 'text', describedAs('projects', 'fundingLine'), (p) => p.data.fundingLine, { optional: true }),
  field('projectCode', 'text', describedAs('projects', 'projectCode'), (p) => p.data.projectCode, { optional: true }),
  field('strategy', 'text', describedAs('projects', 'strategy'), (p) => p.data.strategy, { optional: true }),
  field('leadId', 'id', describedAs('projects', 'lead'), (p) => p.data.lead?.id, { optional: true }),
  field('leadName', 'text', 'Name of leadId.', (p, c) => (p.data.lead ? partnerName(c.catalog, p.data.lead.id) : undefined), { optional: true }),
  field('partnerIds', 'ids', 'Every organisation taking part (the lead too), without repeats.', (p) => partnerIdsOfProject(p)),
  field('partnerNames', 'texts', 'Names of partnerIds, in the same order.', (p, c) => partnerIdsOfProject(p).map((id) => partnerName(c.catalog, id))),
  field('partnerRoles', 'codes', `${describedAs('projects', 'partners.role')} One per item of partnerIds, in the same order.`, (p) => partnerIdsOfProject(p).map((id) => p.data.partners.find((x) => x.partner.id === id)?.role ?? 'lead'), { values: PARTNER_ROLES }),
  ...placeFields<Project>(describedAs('projects', 'territories'), (p) => p.data.territories),
  field('scopeNote', 'text', describedAs('projects', 'scopeNote'), (p) => p.data.scopeNote, { optional: true }),
  field('recipients', 'text', describedAs('projects', 'recipients'), (p) => p.data.recipients, { optional: true }),
  field('periodStart', 'date', describedAs('projects', 'period.start'), (p) => iso(p.data.period?.start), { optional: true }),
  field('periodEnd', 'date', describedAs('projects', 'period.end'), (p) => iso(p.data.period?.end), { optional: true }),
  ...termFields<Project>('theme', 'themes', describedAs('projects', 'themes'), (p) => p.data.themes),
  ...termFields<Project>('targetGroup', 'targetGroups', describedAs('projects', 'targetGroups'), (p) => p.data.targetGroups),
  field('generalObjectives', 'texts', describedAs('projects', 'generalObjectives'), (p) => p.data.generalObjectives),
  field('specificObjectives', 'texts', describedAs('projects', 'specificObjectives'), (p) => p.data.specificObjectives),
  field('activities', 'texts', describedAs('projects', 'activities'), (p) => p.data.activities),
  field('workPackages', 'texts', `${describedAs('projects', 'workPackages')} Each as its code and title, separated by ${sep}; tasks are in atlante.json.`, (p) => p.data.workPackages.map((w) => parts(w.code, w.title))),
  resultsField<Project>('projects', 'expectedResults'),
  resultsField<Project>('projects', 'achievedResults'),
  field('website', 'url', describedAs('projects', 'website'), (p) => p.data.website, { optional: true }),
  contactsField<Project>('projects'),
  sourcesField<Project>('projects'),
  field('practiceIds', 'ids', 'Practices documented by the project (see practices.projectId).', (p, c) => ids(c.catalog.practicesOfProject(p.id))),
  field('documentIds', 'ids', 'Documents the project produced (see documents.projectId).', (p, c) => ids(c.catalog.documentsOfProject(p.id))),
  ...pageUrls<Project>('projects'),
];

const partnerFields: Field<Partner>[] = [
  idField(),
  field('name', 'text', describedAs('partners', 'name'), (p) => p.data.name),
  field('shortName', 'text', describedAs('partners', 'shortName'), (p) => p.data.shortName, { optional: true }),
  field('kind', 'code', describedAs('partners', 'kind'), (p) => p.data.kind, { values: PARTNER_KINDS }),
  field('kindLabel', 'text', 'Italian label of kind.', (p) => tIt(`partnerKind.${p.data.kind}`)),
  field('territoryId', 'id', describedAs('partners', 'territory'), (p) => p.data.territory?.id, { optional: true }),
  field('territoryName', 'text', 'Italian name of territoryId.', (p, c) => (p.data.territory ? territoryLabel(c.catalog, p.data.territory.id) : undefined), { optional: true }),
  field('regionId', 'id', 'Region the territory lies in.', (p, c) => (p.data.territory ? c.catalog.regionOf(p.data.territory.id)?.id : undefined), { optional: true }),
  field('regionName', 'text', 'Italian name of regionId.', (p, c) => {
    const region = p.data.territory ? c.catalog.regionOf(p.data.territory.id) : undefined;
    return region ? territoryName(region, 'it') : undefined;
  }, { optional: true }),
  field('website', 'url', describedAs('partners', 'website'), (p) => p.data.website, { optional: true }),
  field('summary', 'text', describedAs('partners', 'summary'), (p) => p.data.summary, { optional: true }),
  field('projectIds', 'ids', 'Projects it takes part in, as lead or with any other role.', (p, c) => ids(c.catalog.projectsOfPartner(p.id))),
  field('practiceIds', 'ids', 'Practices it carried out, was involved in or co-designed.', (p, c) => ids(c.catalog.practicesOfPartner(p.id))),
  sourcesField<Partner>('partners'),
  ...pageUrls<Partner>('partners'),
];

const territoryFields: Field<Territory>[] = [
  idField(),
  field('name', 'text', describedAs('territories', 'name'), (t) => t.data.name),
  field('nameEn', 'text', describedAs('territories', 'nameEn'), (t) => t.data.nameEn, { optional: true }),
  field('shortName', 'text', describedAs('territories', 'shortName'), (t) => t.data.shortName, { optional: true }),
  field('kind', 'code', describedAs('territories', 'kind'), (t) => t.data.kind, { values: TERRITORY_KINDS }),
  field('kindLabel', 'text', 'Italian label of kind.', (t) => tIt(`territoryKind.${t.data.kind}`)),
  field('istat', 'text', 'ISTAT code: 2 digits for a region, 3 for a province or metropolitan city (the code of its former province), 6 for a municipality. Kept as text: leading zeros count.', (t) => t.data.istat, { optional: true }),
  field('parentId', 'id', describedAs('territories', 'parent'), (t) => t.data.parent?.id, { optional: true }),
  field('parentName', 'text', 'Italian name of parentId.', (t, c) => (t.data.parent ? territoryLabel(c.catalog, t.data.parent.id) : undefined), { optional: true }),
  field('regionId', 'id', 'Region the territory lies in (itself for a region); empty for Italy.', (t, c) => c.catalog.regionOf(t.id)?.id, { optional: true }),
  field('regionName', 'text', 'Italian name of regionId.', (t, c) => {
    const region = c.catalog.regionOf(t.id);
    return region ? territoryName(region, 'it') : undefined;
  }, { optional: true }),
  field('lat', 'number', describedAs('territories', 'coordinates.lat'), (t) => t.data.coordinates?.lat, { optional: true }),
  field('lon', 'number', describedAs('territories', 'coordinates.lon'), (t) => t.data.coordinates?.lon, { optional: true }),
  field('practiceCount', 'integer', 'Practices carried out in the territory or in any territory inside it.', (t, c) => c.catalog.practicesIn(t.id).length),
  field('projectCount', 'integer', 'Projects working in the territory or in any territory inside it.', (t, c) => c.catalog.projectsIn(t.id).length),
  field('partnerCount', 'integer', 'Partners based in the territory or in any territory inside it.', (t, c) => c.catalog.partnersIn(t.id).length),
  ...pageUrls<Territory>('territories'),
];

const documentFields: Field<Document>[] = [
  idField(),
  field('title', 'text', describedAs('documents', 'title'), (d) => d.data.title),
  field('titleIsDescriptive', 'boolean', describedAs('documents', 'titleIsDescriptive'), (d) => d.data.titleIsDescriptive),
  field('projectId', 'id', describedAs('documents', 'project'), (d) => d.data.project.id),
  field('projectTitle', 'text', 'Title of the project.', (d, c) => c.catalog.projects.get(d.data.project.id)?.data.title ?? d.data.project.id),
  field('workPackage', 'text', describedAs('documents', 'workPackage'), (d) => d.data.workPackage, { optional: true }),
  field('task', 'text', describedAs('documents', 'task'), (d) => d.data.task, { optional: true }),
  field('number', 'integer', describedAs('documents', 'number'), (d) => d.data.number, { optional: true }),
  field('kind', 'code', describedAs('documents', 'kind'), (d) => d.data.kind, { values: DOCUMENT_KINDS }),
  field('kindLabel', 'text', 'Italian label of kind.', (d) => tIt(`documentKind.${d.data.kind}`)),
  field('date', 'date', describedAs('documents', 'date'), (d) => iso(d.data.date), { optional: true }),
  field('language', 'code', describedAs('documents', 'language'), (d) => d.data.language),
  field('fileUrl', 'url', 'Address of the PDF on this site, when the Atlante keeps a copy.', (d, c) => (d.data.file ? c.absolute(attachmentPath(d.data.file)) : undefined), { optional: true }),
  field('url', 'url', describedAs('documents', 'url'), (d) => d.data.url, { optional: true }),
  field('practiceIds', 'ids', 'Practices that use the document.', (d, c) => ids(c.catalog.practicesUsingDocument(d.id))),
  sourcesField<Document>('documents'),
  ...pageUrls<Document>('documents'),
];

/** The record datasets, each with its file name under `/dati/` (Italian, like the site's paths). */
export const RECORD_DATASETS = [
  { name: 'practices', file: 'pratiche', fields: practiceFields, entries: (c: Catalog) => [...c.practices.values()] },
  { name: 'projects', file: 'progetti', fields: projectFields, entries: (c: Catalog) => [...c.projects.values()] },
  { name: 'partners', file: 'partner', fields: partnerFields, entries: (c: Catalog) => [...c.partners.values()] },
  { name: 'territories', file: 'territori', fields: territoryFields, entries: (c: Catalog) => [...c.territories.values()] },
  { name: 'documents', file: 'documenti', fields: documentFields, entries: (c: Catalog) => [...c.documents.values()] },
] as const satisfies readonly { name: Section; file: string; fields: readonly Field<never>[]; entries: (c: Catalog) => Entry<unknown>[] }[];

export type RecordDataset = (typeof RECORD_DATASETS)[number];

/** Every record of a dataset, ordered by id so that files diff cleanly from one build to the next. */
export function buildRecords(dataset: RecordDataset, context: RecordContext): OpenRecord[] {
  const fields = dataset.fields as readonly Field<Entry<unknown>>[];
  return dataset
    .entries(context.catalog)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => buildRecord(fields, entry, context));
}
