/**
 * Citations of practices, projects and documents: one CSL-JSON item per entry, and BibTeX and a
 * human-readable citation in the reader's language derived from that same item, so the three
 * never disagree.
 *
 * What is cited:
 * - a practice or a project: the Atlas's record of it, a web page (CSL `webpage`, BibTeX `@misc`)
 *   in the website "Atlante dell'inclusione". No `issued` date: the record has no publication
 *   date, and the period of a project or practice is when the work ran, not when it was written up.
 * - a document: the document itself as the Atlas catalogues it. Reports and deliverables are CSL
 *   `report` (BibTeX `@techreport`), other kinds (questionnaires, tools, training material…) CSL
 *   `document` (BibTeX `@misc`). Its author is the project that produced it and its publisher
 *   the project's lead partner, when the catalogue knows it; `issued` is the document's own date,
 *   at the precision the source gives, and only when there is one.
 *
 * The URL is always the Italian page of the entry (its stable address; the English page is the
 * same entry with an English interface), and `accessed` is the day the site was built.
 */
import { pathTo, useTranslations, type Locale, type Section } from '../i18n/index.ts';
import type { Catalog } from './catalog.ts';
import { projectLabel } from './labels.ts';
import { formatPartialDate, toIso, type PartialDate } from './partial-date.ts';

export type CitedKind = 'practice' | 'project' | 'document';

export const CITED_KINDS: readonly CitedKind[] = ['practice', 'project', 'document'];

/** The name of the website every record belongs to: a proper name, the same in every language. */
export const ATLAS_TITLE = useTranslations('it')('site.name');

/** Section of the site each cited kind lives in. */
export const CITED_SECTIONS = { practice: 'practices', project: 'projects', document: 'documents' } as const satisfies Record<CitedKind, Section>;

/** Prefixes of the citation keys: `atlante-pratica-<id>`, stable as long as the entry's id is. */
const KEY_PREFIX: Record<CitedKind, string> = { practice: 'atlante-pratica', project: 'atlante-progetto', document: 'atlante-documento' };

/**
 * Base name of the download files next to each entry's Italian page (`/pratiche/<id>/citazione.bib`);
 * the routes are `src/pages/[section]/[id]/citazione.bib.ts` and `citazione.json.ts`.
 */
export const CITATION_FILE = 'citazione';

/** A CSL date: one date-parts array of year, month and day, as precise as the source. */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** An institutional name, kept whole (CSL `literal`): never split into given and family names. */
export interface CslLiteralName {
  literal: string;
}

/** The CSL-JSON variables this module writes (CSL 1.0.2). */
export interface CslItem {
  id: string;
  type: 'webpage' | 'report' | 'document';
  title: string;
  'container-title': string;
  author?: CslLiteralName[];
  publisher?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  language: string;
}

export interface Citation {
  kind: CitedKind;
  item: CslItem;
}

export interface CitationContext {
  /** The site's origin, as in Astro's `site` (the base path comes from `pathTo`). */
  site: string | URL;
  /** When the page was read: the build date. */
  accessed: Date;
}

const cslDate = (date: PartialDate): CslDate => {
  if (date.month === undefined) return { 'date-parts': [[date.year]] };
  if (date.day === undefined) return { 'date-parts': [[date.year, date.month]] };
  return { 'date-parts': [[date.year, date.month, date.day]] };
};

const dayOf = (date: Date): PartialDate => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });

const partialDateOf = (date: CslDate): PartialDate => {
  const [year, month, day] = date['date-parts'][0];
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
};

/** The citation of an entry, or undefined when the catalogue has no such entry. */
export function citationOf(catalog: Catalog, kind: CitedKind, id: string, context: CitationContext): Citation | undefined {
  const described = describeEntry(catalog, kind, id);
  if (!described) return undefined;
  const { type, title, author, publisher, issued, language } = described;
  // In the order a person reads the file: what it is, who made it, when, where.
  const item: CslItem = {
    id: `${KEY_PREFIX[kind]}-${id}`,
    type,
    title,
    'container-title': ATLAS_TITLE,
    ...(author ? { author: [{ literal: author }] } : {}),
    ...(publisher ? { publisher } : {}),
    ...(issued ? { issued: cslDate(issued) } : {}),
    URL: new URL(pathTo('it', CITED_SECTIONS[kind], id), context.site).href,
    accessed: cslDate(dayOf(context.accessed)),
    language,
  };
  return { kind, item };
}

interface Described {
  type: CslItem['type'];
  title: string;
  author?: string | undefined;
  publisher?: string | undefined;
  issued?: PartialDate | undefined;
  language: string;
}

function describeEntry(catalog: Catalog, kind: CitedKind, id: string): Described | undefined {
  if (kind === 'practice') {
    const practice = catalog.practices.get(id);
    return practice && { type: 'webpage', title: practice.data.title, language: 'it' };
  }
  if (kind === 'project') {
    const project = catalog.projects.get(id);
    return project && { type: 'webpage', title: projectLabel(project.data), language: 'it' };
  }
  const document = catalog.documents.get(id);
  if (!document) return undefined;
  const d = document.data;
  const project = catalog.projects.get(d.project.id);
  const lead = project?.data.lead && catalog.partners.get(project.data.lead.id);
  return {
    type: d.kind === 'report' || d.kind === 'deliverable' ? 'report' : 'document',
    title: d.title,
    author: project && projectLabel(project.data),
    publisher: lead?.data.name,
    issued: d.date,
    language: d.language,
  };
}

/** Every entry that can be cited, in the order of CITED_KINDS. */
export function* citedEntries(catalog: Catalog): Generator<{ kind: CitedKind; id: string }> {
  const ids: Record<CitedKind, Iterable<string>> = { practice: catalog.practices.keys(), project: catalog.projects.keys(), document: catalog.documents.keys() };
  for (const kind of CITED_KINDS) for (const id of ids[kind]) yield { kind, id };
}

/** Where the BibTeX and CSL-JSON files of an entry are served: beside its Italian page. */
export function citationFiles(kind: CitedKind, id: string): { bibtex: string; cslJson: string } {
  const page = pathTo('it', CITED_SECTIONS[kind], id);
  return { bibtex: `${page}${CITATION_FILE}.bib`, cslJson: `${page}${CITATION_FILE}.json` };
}

/** The CSL-JSON file: an array with the one item, as reference managers import it. */
export function toCslJson(citation: Citation): string {
  return `${JSON.stringify([citation.item], null, 2)}\n`;
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text as a BibTeX field value: the characters TeX reads as commands are escaped; accented
 * letters and other non-ASCII text stay as UTF-8, which biber and BibTeX with a UTF-8 input
 * encoding read as they are.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_ESCAPES[char]!);
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** biblatex `langid` of the languages whose hyphenation patterns every TeX distribution has. */
const LANGIDS: Record<string, string> = { it: 'italian', en: 'english', fr: 'french', de: 'ngerman', es: 'spanish', pt: 'portuguese' };

/**
 * A title with each word that holds a capital letter in braces, the usual BibTeX way to keep
 * "Roma" or "FAMI" as written when a style or an importer (Zotero) changes the case of titles.
 * A group that opens with a command is a BibTeX "special character" whose letters styles do
 * change, so such a word starts with an empty group instead.
 */
function caseProtected(title: string): string {
  return title
    .split(/(\s+)/)
    .map((word) => {
      const escaped = escapeBibtex(word);
      if (!/\p{Lu}/u.test(word)) return escaped;
      return escaped.startsWith('\\') ? `{{}${escaped}}` : `{${escaped}}`;
    })
    .join('');
}

/**
 * The BibTeX entry of a citation. Institutional names are wrapped in an extra pair of braces, so
 * they are neither split at "and" nor read as a person's given and family names; the URL is
 * written as is (biblatex reads it verbatim, and URLs never hold braces or spaces). The date is
 * `year` and `month` (the day, when known, is in the CSL-JSON file).
 */
export function toBibtex(citation: Citation): string {
  const { item } = citation;
  const isReport = item.type === 'report';
  const fields: [string, string][] = [];
  const braced = (text: string) => `{{${escapeBibtex(text)}}}`;
  if (item.author) fields.push(['author', item.author.map((name) => braced(name.literal)).join(' and ')]);
  fields.push(['title', `{${caseProtected(item.title)}}`]);
  if (item.publisher) fields.push([isReport ? 'institution' : 'publisher', braced(item.publisher)]);
  fields.push([isReport ? 'note' : 'howpublished', `{${escapeBibtex(item['container-title'])}}`]);
  if (item.issued) {
    const [year, month] = item.issued['date-parts'][0];
    fields.push(['year', `{${year}}`]);
    if (month !== undefined) fields.push(['month', MONTH_MACROS[month - 1]!]);
  }
  fields.push(['url', `{${item.URL}}`], ['urldate', `{${toIso(partialDateOf(item.accessed))}}`]);
  const langid = LANGIDS[item.language];
  if (langid) fields.push(['langid', `{${langid}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n');
  return `@${isReport ? 'techreport' : 'misc'}{${item.id},\n${body}\n}\n`;
}

/** A piece of a formatted citation; `lang` marks text in another language than the reader's. */
export interface CitationPart {
  text: string;
  lang?: string;
}

/**
 * The citation as a reader copies it, in the reader's language:
 * `[Author. ]«Title»[, Publisher][, date]. Atlante dell'inclusione, scheda pratica. URL (consultato il 23 novembre 2026).`
 */
export function formatCitation(citation: Citation, locale: Locale): CitationPart[] {
  const t = useTranslations(locale);
  const { item } = citation;
  const foreign = (text: string, lang: string): CitationPart => (lang === locale ? { text } : { text, lang });
  const parts: CitationPart[] = [];
  if (item.author) parts.push({ text: `${item.author.map((name) => name.literal).join(', ')}. ` });
  parts.push({ text: t('cite.quoteOpen') }, foreign(item.title, item.language), { text: t('cite.quoteClose') });
  if (item.publisher) parts.push({ text: `, ${item.publisher}` });
  if (item.issued) parts.push({ text: `, ${formatPartialDate(partialDateOf(item.issued), locale)}` });
  parts.push(
    { text: '. ' },
    foreign(item['container-title'], 'it'),
    { text: `, ${t(`cite.record.${citation.kind}`)}. ${item.URL} (${t('cite.accessed', { date: formatPartialDate(partialDateOf(item.accessed), locale) })}).` },
  );
  return parts;
}
