/**
 * A generated corpus of malformed content files, each knowing the file and the field an editor
 * must be pointed to, and of valid edge cases that must pass. Values come from fast-check with a
 * fixed seed: the corpus is the same on every run, and a failure names a case that can be replayed.
 *
 * Entries are written from templates: valid files of every collection (and a valid term appended
 * to each taxonomy) in which one field, one byte or one line is broken. A template knows the line
 * and column of each of its fields, so most cases also know where the problem must be reported.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { MAX_FILE_BYTES } from '../../src/lib/content/read.ts';
import { LIMITS } from '../../src/schemas/common.ts';
import { SITE } from './broken-tree.ts';

export const CATEGORIES = [
  'wrong type',
  'unknown id',
  'unknown field',
  'broken YAML',
  'impossible date',
  'code in front matter or YAML',
  'unsafe MDX',
  'oversized field',
  'oversized file',
  'invalid UTF-8',
  'BOM',
  'CRLF',
  'empty file',
  'duplicate id',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Files to write, by path under the content root: text, or bytes for what text cannot hold. */
export type Files = Record<string, string | Uint8Array>;

export interface BadCase {
  category: Category;
  title: string;
  files: Files;
  /** The file the problem must be reported in, relative to the content root. */
  file: string;
  /** The field it must name ('' for the file as a whole). */
  field: string;
  /** Where it must be reported, when the case knows. */
  line?: number;
  column?: number;
  /** The same problem in a plain file: it must be reported at the same line and column. */
  sameAs?: BadCase;
}

export interface ValidCase {
  title: string;
  files: Files;
}

const SEED = 20_261_123;
/** Values of an arbitrary, the same on every run; `salt` gives each use its own stream. */
const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number, salt: number): T[] => fc.sample(arbitrary, { seed: SEED + salt, numRuns: count });

/* ------------------------------------------------------------------ templates */

type Format = 'md' | 'mdx' | 'yaml' | 'term';
/** How an entry file is named: the format, or `yml` for YAML. */
type Ext = Exclude<Format, 'term'> | 'yml';

interface Shape {
  name: string;
  format: Format;
  /** Folder of the entry files, or the taxonomy file the term is appended to. */
  place: string;
  /** Fields in order: key and the YAML source of a valid value. */
  fields: readonly (readonly [string, string])[];
  /** Keys by the kind of value they take, to write a value of another kind. */
  types: Record<string, ValueType>;
  /** Text fields and their limit; a `%s` template for the ones inside a list or a group. */
  texts: readonly TextSlot[];
}

type ValueType = 'string' | 'bool' | 'list' | 'map' | 'date' | 'enum' | 'int';

interface TextSlot {
  key: string;
  /** YAML source of the value with `%s` where the text goes. */
  template: string;
  field: string;
  limit: number;
}

interface Slot {
  key: string;
  template: string;
  field: string;
}

const text = (key: string, limit: number, template = '%s', field = key): TextSlot => ({ key, template, field, limit });

const PRACTICE_FIELDS = [
  ['title', 'Pratica generata per le prove'],
  ['titleIsDescriptive', 'false'],
  ['summary', "Una pratica generata per provare i messaggi d'errore."],
  ['summaryEn', 'A generated practice to test error messages.'],
  ['project', 'progetto-prova'],
  ['territories', '[palermo]'],
  ['themes', '[casa]'],
  ['targetGroups', '[titolari-protezione-internazionale]'],
  ['interventionTypes', '[percorsi-individuali]'],
  ['partners', '[ente-alfa]'],
  ['involved', '[comune-beta]'],
  ['recipients', 'Persone seguite dai servizi sociali.'],
  ['coDesign', '[{ partner: ente-alfa, role: Ha scelto gli alloggi. }]'],
  ['period', '{ start: 2019, end: 2021-06 }'],
  ['evidence', '{ level: declared, note: La fonte descrive solo attività previste. }'],
  ['expectedResults', '[Alloggi trovati.]'],
  ['achievedResults', '[{ text: Dieci alloggi trovati., evidence: rapporto di monitoraggio }]'],
  ['whatDidNotWork', '[Pochi alloggi disponibili.]'],
  ['transferability', '{ conditions: [Una rete di proprietari.], note: Serve tempo. }'],
  ['regularService', '{ status: partly, note: Solo in alcuni quartieri. }'],
  ['documents', '[documento-prova]'],
  ['contacts', '[{ name: Ufficio casa, role: referente, email: casa@example.org, url: "https://example.org/casa" }]'],
  ['sources', '[{ title: Scheda di prova, publisher: Ente Alfa, url: "https://example.org/scheda", date: 2021-07, locator: Sezione 2 }]'],
  ['lastReviewed', '2026-11-23'],
] as const;

const PROJECT_FIELDS = [
  ['title', 'Progetto generato per le prove'],
  ['titleIsDescriptive', 'false'],
  ['acronym', 'GEN'],
  ['summary', 'Un progetto generato per provare i messaggi.'],
  ['summaryEn', 'A generated project.'],
  ['fund', 'fami-2014-2020'],
  ['fundingLine', 'OS2 – ON3 Governance dei servizi'],
  ['projectCode', '"2740"'],
  ['strategy', "Piano nazionale per l'integrazione."],
  ['lead', 'ente-alfa'],
  ['partners', '[{ partner: ente-alfa, role: lead, note: Coordina il progetto., roleIsInferred: false }]'],
  ['territories', '[palermo, lazio]'],
  ['scopeNote', 'Due territori.'],
  ['recipients', 'Persone titolari di protezione.'],
  ['period', '{ start: 2019-01, end: 2021-06-30 }'],
  ['themes', '[casa]'],
  ['targetGroups', '[titolari-protezione-internazionale]'],
  ['generalObjectives', ["[Favorire l'autonomia.]"][0]!],
  ['specificObjectives', '[Trovare alloggi.]'],
  ['activities', '[Incontri con i proprietari.]'],
  ['workPackages', '[{ code: WP 1, title: Gestione, tasks: [{ code: "1.1", title: Coordinamento }], activities: [Riunioni.] }]'],
  ['expectedResults', '[Alloggi trovati.]'],
  ['achievedResults', '[{ text: Dieci alloggi., measure: 10 alloggi, evidence: rapporto finale }]'],
  ['website', '"https://example.org/progetto"'],
  ['contacts', '[{ name: Segreteria, email: info@example.org }]'],
  ['sources', '[{ title: Scheda di prova, locator: Obiettivi }]'],
] as const;

const PARTNER_FIELDS = [
  ['name', 'Ente generato di prova'],
  ['shortName', 'EG'],
  ['kind', 'third-sector'],
  ['territory', 'palermo'],
  ['website', '"https://example.org"'],
  ['summary', 'Un ente generato per le prove.'],
  ['sources', '[{ title: Fonte di prova }]'],
] as const;

const DOCUMENT_FIELDS = [
  ['title', 'Documento generato'],
  ['titleIsDescriptive', 'false'],
  ['project', 'progetto-prova'],
  ['workPackage', 'WP 1'],
  ['task', '"1.1"'],
  ['number', '2'],
  ['kind', 'report'],
  ['date', '2021-07-02'],
  ['language', 'it'],
  ['file', 'files/documento.pdf'],
  ['url', '"https://example.org/documento"'],
  ['sources', '[{ title: Scheda di prova }]'],
] as const;

const TERRITORY_FIELDS = [
  ['name', 'Comune generato'],
  ['nameEn', 'Generated town'],
  ['shortName', 'Generato'],
  ['kind', 'municipality'],
  ['istat', '"082001"'],
  ['parent', 'citta-metropolitana-palermo'],
  ['coordinates', '{ lat: 38.1, lon: 13.3 }'],
] as const;

const TERM_FIELDS = [
  ['id', 'termine-generato'],
  ['label', '{ it: Termine generato, en: Generated term }'],
  ['description', '{ it: Una descrizione., en: A description. }'],
] as const;

const FUND_FIELDS = [...TERM_FIELDS, ['website', '"https://example.org/fondo"'], ['programmingPeriod', '2021-2027']] as const;

const SOURCE_TEXTS = [text('sources', LIMITS.label, '[{ title: %s }]', 'sources[0].title'), text('sources', LIMITS.label, '[{ title: Scheda, locator: %s }]', 'sources[0].locator')];
const TERM_TEXTS = [text('label', LIMITS.text, '{ it: %s, en: Term }', 'label.it'), text('label', LIMITS.text, '{ it: Termine, en: %s }', 'label.en'), text('description', LIMITS.text, '{ it: %s }', 'description.it')];

const string = 'string' as const;
const list = 'list' as const;
const map = 'map' as const;
const TERM_TYPES = { id: string, label: map, description: map };

export const PRACTICE: Shape = {
  name: 'practice',
  format: 'md',
  place: 'practices',
  fields: PRACTICE_FIELDS,
  types: {
    title: string, titleIsDescriptive: 'bool', summary: string, summaryEn: string, project: string, territories: list, themes: list, targetGroups: list,
    interventionTypes: list, partners: list, involved: list, recipients: string, coDesign: list, period: map, evidence: map, expectedResults: list,
    achievedResults: list, whatDidNotWork: list, transferability: map, regularService: map, documents: list, contacts: list, sources: list, lastReviewed: 'date',
  },
  texts: [
    text('title', LIMITS.label),
    text('summary', LIMITS.summary),
    text('summaryEn', LIMITS.summary),
    text('recipients', LIMITS.text),
    text('evidence', LIMITS.text, '{ level: declared, note: %s }', 'evidence.note'),
    text('coDesign', LIMITS.label, '[{ who: Associazioni locali, role: %s }]', 'coDesign[0].role'),
    text('expectedResults', LIMITS.text, '[%s]', 'expectedResults[0]'),
    text('achievedResults', LIMITS.text, '[{ text: %s }]', 'achievedResults[0].text'),
    text('whatDidNotWork', LIMITS.text, '[%s]', 'whatDidNotWork[0]'),
    text('transferability', LIMITS.text, '{ note: %s }', 'transferability.note'),
    text('regularService', LIMITS.text, '{ status: yes, note: %s }', 'regularService.note'),
    text('contacts', LIMITS.label, '[{ name: %s }]', 'contacts[0].name'),
    ...SOURCE_TEXTS,
  ],
};

const PROJECT: Shape = {
  name: 'project',
  format: 'mdx',
  place: 'projects',
  fields: PROJECT_FIELDS,
  types: {
    title: string, titleIsDescriptive: 'bool', acronym: string, summary: string, summaryEn: string, fund: string, fundingLine: string, projectCode: string,
    strategy: string, lead: string, partners: list, territories: list, scopeNote: string, recipients: string, period: map, themes: list, targetGroups: list,
    generalObjectives: list, specificObjectives: list, activities: list, workPackages: list, expectedResults: list, achievedResults: list, website: string,
    contacts: list, sources: list,
  },
  texts: [
    text('title', LIMITS.label),
    text('acronym', LIMITS.label),
    text('summary', LIMITS.summary),
    text('summaryEn', LIMITS.summary),
    text('fundingLine', LIMITS.label),
    text('projectCode', LIMITS.label),
    text('strategy', LIMITS.text),
    text('scopeNote', LIMITS.text),
    text('recipients', LIMITS.text),
    text('generalObjectives', LIMITS.text, '[%s]', 'generalObjectives[0]'),
    text('specificObjectives', LIMITS.text, '[%s]', 'specificObjectives[0]'),
    text('activities', LIMITS.text, '[%s]', 'activities[0]'),
    text('workPackages', LIMITS.label, '[{ title: %s }]', 'workPackages[0].title'),
    text('partners', LIMITS.text, '[{ partner: ente-alfa, role: lead, note: %s }]', 'partners[0].note'),
    text('achievedResults', LIMITS.text, '[{ text: Fatto., measure: %s }]', 'achievedResults[0].measure'),
    ...SOURCE_TEXTS,
  ],
};

const PARTNER: Shape = {
  name: 'partner',
  format: 'md',
  place: 'partners',
  fields: PARTNER_FIELDS,
  types: { name: string, shortName: string, kind: 'enum', territory: string, website: string, summary: string, sources: list },
  texts: [text('name', LIMITS.label), text('shortName', LIMITS.label), text('summary', LIMITS.summary), ...SOURCE_TEXTS],
};

const DOCUMENT: Shape = {
  name: 'document',
  format: 'mdx',
  place: 'documents',
  fields: DOCUMENT_FIELDS,
  types: { title: string, titleIsDescriptive: 'bool', project: string, workPackage: string, task: string, number: 'int', kind: 'enum', date: 'date', language: string, file: string, url: string, sources: list },
  texts: [text('title', LIMITS.label), text('workPackage', LIMITS.label), text('task', LIMITS.label), ...SOURCE_TEXTS],
};

export const TERRITORY: Shape = {
  name: 'territory',
  format: 'yaml',
  place: 'territories',
  fields: TERRITORY_FIELDS,
  types: { name: string, nameEn: string, shortName: string, kind: 'enum', istat: string, parent: string, coordinates: map },
  texts: [text('name', LIMITS.label), text('nameEn', LIMITS.label), text('shortName', LIMITS.label)],
};

const term = (name: string, file: string): Shape => ({ name, format: 'term', place: `taxonomies/${file}`, fields: TERM_FIELDS, types: TERM_TYPES, texts: TERM_TEXTS });
const THEME = term('theme', 'themes.yaml');
const TARGET_GROUP = term('target group', 'target-groups.yaml');
const INTERVENTION_TYPE = term('intervention type', 'intervention-types.yaml');
const FUND: Shape = { ...term('fund', 'funds.yaml'), fields: FUND_FIELDS, types: { ...TERM_TYPES, website: string, programmingPeriod: string } };

const SHAPES = [PRACTICE, PROJECT, PARTNER, DOCUMENT, TERRITORY, THEME, TARGET_GROUP, INTERVENTION_TYPE, FUND] as const;
/** Shapes whose files have a body. */
const BODIED = [PRACTICE, PROJECT, PARTNER, DOCUMENT] as const;

const BODY = 'Testo della voce, con un paragrafo.\n';

/** An entry written from a shape, with some fields replaced, removed or added. */
export class Draft {
  readonly format: Format;
  readonly path: string;
  fields: [string, string][];
  body = BODY;
  /** Fields written as raw lines rather than `key: value`. */
  private readonly raw = new Set<string>();

  constructor(shape: Shape, id: string, ext: Ext) {
    this.format = shape.format === 'term' ? 'term' : ext === 'yml' ? 'yaml' : ext;
    this.path = shape.format === 'term' ? shape.place : `${shape.place}/${id}.${ext}`;
    this.fields = shape.fields.map(([key, value]) => [key, value]);
  }

  /** Replaces the value of a field (or adds the field at the end); `undefined` removes it. */
  set(key: string, value: string | undefined): this {
    const index = this.fields.findIndex(([k]) => k === key);
    if (value === undefined) this.fields = this.fields.filter(([k]) => k !== key);
    else if (index >= 0) this.fields[index] = [key, value];
    else this.fields.push([key, value]);
    return this;
  }

  /** Replaces the whole line (or lines) of a field with raw YAML source. */
  replaceLine(key: string, source: string): this {
    this.raw.add(key);
    return this.set(key, source);
  }

  private get indent(): string {
    return this.format === 'term' ? '  ' : '';
  }

  private fieldLines(): string[] {
    return this.fields.map(([key, value], index) => {
      const raw = this.raw.has(key) ? value : `${key}:${value.startsWith('\n') ? '' : ' '}${value}`;
      const [first, ...rest] = raw.split('\n');
      const lead = this.format === 'term' ? (index === 0 ? '- ' : '  ') : '';
      return [`${lead}${first}`, ...rest.map((line) => `${this.indent}${line}`)].join('\n');
    });
  }

  /** Lines of the file before the first field. */
  private get headLines(): number {
    if (this.format === 'term') return TAXONOMY_TEXT[this.path]!.split('\n').length - 1;
    return this.format === 'yaml' ? 0 : 1;
  }

  get text(): string {
    const yaml = this.fieldLines().join('\n');
    if (this.format === 'term') return `${TAXONOMY_TEXT[this.path]}${yaml}\n`;
    if (this.format === 'yaml') return `${yaml}\n`;
    return `---\n${yaml}\n---\n${this.body}`;
  }

  /** Line of a field, column where its value starts, and column of its key. */
  position(key: string): { line: number; column: number; keyColumn: number } {
    const lines = this.fieldLines();
    const index = this.fields.findIndex(([k]) => k === key);
    const before = lines.slice(0, index).join('\n');
    const line = this.headLines + 1 + (index === 0 ? 0 : before.split('\n').length);
    return { line, column: this.indent.length + key.length + 3, keyColumn: this.indent.length + 1 };
  }

  /** The 1-based line where the body starts. */
  get bodyLine(): number {
    return this.text.split('\n').length - this.body.split('\n').length + 1;
  }
}

const TAXONOMY_TEXT: Record<string, string> = Object.fromEntries(
  SHAPES.filter((shape) => shape.format === 'term').map((shape) => [shape.place, readFileSync(join(SITE, shape.place), 'utf8')]),
);

/** Ids of the valid fixture tree, by collection. */
const FIXTURE_IDS: Record<string, readonly string[]> = {
  projects: ['progetto-prova'],
  partners: ['ente-alfa', 'comune-beta'],
  documents: ['documento-prova'],
  territories: ['italia', 'sicilia', 'lazio', 'citta-metropolitana-palermo', 'palermo'],
  themes: idsOf('themes.yaml'),
  targetGroups: idsOf('target-groups.yaml'),
  interventionTypes: idsOf('intervention-types.yaml'),
  funds: idsOf('funds.yaml'),
};

function idsOf(taxonomy: string): string[] {
  return [...readFileSync(join(SITE, 'taxonomies', taxonomy), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]!);
}

let serial = 0;
/** A draft of a new entry with a name no other case uses; `index` alternates between the two extensions of the shape. */
function draft(shape: Shape, index: number | Ext = 0): Draft {
  const pairs: Record<Format, [Ext, Ext]> = { md: ['md', 'mdx'], mdx: ['mdx', 'md'], yaml: ['yaml', 'yml'], term: ['yaml', 'yaml'] };
  const ext = typeof index === 'number' ? pairs[shape.format][index % 2]! : index;
  return new Draft(shape, `voce-${++serial}`, ext);
}

function caseAt(category: Category, title: string, d: Draft, field: string, at?: { line: number; column?: number }): BadCase {
  return { category, title, files: { [d.path]: d.text }, file: d.path, field, ...(at ?? {}) };
}

/* ------------------------------------------------------------------ values */

const WORD = fc.string({ unit: fc.constantFrom(...'abcdefghilmnoprstuvz'), minLength: 3, maxLength: 10 }).filter((w) => !['null', 'true', 'false'].includes(w));
const ITALIAN = fc.constantFrom(...'abcdefghilmnopqrstuvzàèéìòùÀÈÉÌÒÙ ABCDEFGLMNOPRSTUVZ\'’—«»:;,.?!"0123456789');
/** Italian text with accents, apostrophes, quotes and colons (to be written quoted). */
const italianText = (minLength: number, maxLength: number) =>
  fc.tuple(fc.constantFrom(...'ACDFLMPRSTVÈ'), fc.string({ unit: ITALIAN, minLength: minLength - 1, maxLength: maxLength - 1 })).map(([first, rest]) => first + rest);
const quoted = (value: string) => JSON.stringify(value);

/** YAML source of a value that is not of the given type. */
function wrongValue(type: ValueType): fc.Arbitrary<string> {
  const number = fc.integer({ min: -50, max: 99_999 }).map(String);
  const listOf = fc.array(WORD, { minLength: 1, maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
  const group = fc.tuple(WORD, WORD).map(([k, v]) => `{ ${k}: ${v} }`);
  const bool = fc.constantFrom('true', 'false');
  switch (type) {
    case 'string':
    case 'enum':
      return fc.oneof(number, listOf, group, bool);
    case 'bool':
      return fc.oneof(fc.constantFrom('"sì"', 'yes', 'no', 'vero', '"false"'), number, listOf);
    case 'list':
      return fc.oneof(WORD, number, group, bool);
    case 'map':
      return fc.oneof(WORD, number, listOf, bool);
    case 'date':
      return fc.oneof(listOf, group, bool, fc.integer({ min: 1990, max: 2030 }).map((y) => `${y}.5`));
    case 'int':
      return fc.oneof(WORD, fc.integer({ min: 1, max: 99 }).map((n) => `${n}.5`), listOf, bool);
  }
}

/** An id one or two typing mistakes away from a valid one. */
function nearId(valid: string, all: readonly string[]): fc.Arbitrary<string> {
  const letter = fc.constantFrom(...'abcdeilmnoprstuz');
  const edit = fc.tuple(fc.constantFrom('drop', 'swap', 'insert', 'replace', 'double'), fc.nat(), letter);
  return fc
    .array(edit, { minLength: 1, maxLength: 2 })
    .map((edits) =>
      edits.reduce((id, [op, n, c]) => {
        const i = n % id.length;
        if (op === 'drop') return id.slice(0, i) + id.slice(i + 1);
        // A swap at the last letter replaces it instead.
        if (op === 'swap' && i + 1 < id.length) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
        if (op === 'insert') return id.slice(0, i) + c + id.slice(i);
        if (op === 'double') return id.slice(0, i) + id[i] + id.slice(i);
        return id.slice(0, i) + c + id.slice(i + 1);
      }, valid),
    )
    .filter((id) => /^[a-z][a-z0-9-]*[a-z0-9]$/.test(id) && !all.includes(id));
}

/* ------------------------------------------------------------------ categories */

function wrongTypes(): BadCase[] {
  return SHAPES.flatMap((shape, s) =>
    Object.entries(shape.types).flatMap(([key, type], k) =>
      [...new Set(sample(wrongValue(type), 2, 100 + s * 50 + k))].map((value, i) => {
        const d = draft(shape, k + i).set(key, value);
        const { line, column } = d.position(key);
        return caseAt('wrong type', `${shape.name} \`${key}: ${value}\``, d, key, { line, column });
      }),
    ),
  );
}

/** Reference fields: the key, the `%s` template and the field named when the id is unknown. */
const REF_SLOTS: [Shape, string, string, string, string][] = [
  [PRACTICE, 'project', '%s', 'project', 'projects'],
  [PRACTICE, 'territories', '[%s]', 'territories[0]', 'territories'],
  [PRACTICE, 'territories', '[palermo, %s]', 'territories[1]', 'territories'],
  [PRACTICE, 'themes', '[%s]', 'themes[0]', 'themes'],
  [PRACTICE, 'targetGroups', '[%s]', 'targetGroups[0]', 'targetGroups'],
  [PRACTICE, 'interventionTypes', '[%s]', 'interventionTypes[0]', 'interventionTypes'],
  [PRACTICE, 'partners', '[%s]', 'partners[0]', 'partners'],
  [PRACTICE, 'involved', '[%s]', 'involved[0]', 'partners'],
  [PRACTICE, 'documents', '[%s]', 'documents[0]', 'documents'],
  [PRACTICE, 'coDesign', '[{ partner: %s, role: Ha proposto le regole. }]', 'coDesign[0].partner', 'partners'],
  [PROJECT, 'fund', '%s', 'fund', 'funds'],
  [PROJECT, 'lead', '%s', 'lead', 'partners'],
  [PROJECT, 'partners', '[{ partner: %s, role: lead }]', 'partners[0].partner', 'partners'],
  [PROJECT, 'territories', '[%s]', 'territories[0]', 'territories'],
  [PROJECT, 'themes', '[casa, %s]', 'themes[1]', 'themes'],
  [PROJECT, 'targetGroups', '[%s]', 'targetGroups[0]', 'targetGroups'],
  [PARTNER, 'territory', '%s', 'territory', 'territories'],
  [DOCUMENT, 'project', '%s', 'project', 'projects'],
  [TERRITORY, 'parent', '%s', 'parent', 'territories'],
];

function unknownIds(): BadCase[] {
  return REF_SLOTS.flatMap(([shape, key, template, field, collection], r) => {
    const ids = FIXTURE_IDS[collection]!;
    const targets = sample(fc.constantFrom(...ids).chain((id) => nearId(id, ids)), 3, 1000 + r);
    return [...new Set(targets)].map((id, i) => {
      const d = draft(shape, r + i).set(key, template.replace('%s', id));
      const { line, column } = d.position(key);
      return caseAt('unknown id', `${shape.name} \`${key}\` names \`${id}\``, d, field, { line, column: column + template.indexOf('%s') });
    });
  });
}

function unknownFields(): BadCase[] {
  return SHAPES.flatMap((shape, s) => {
    const keys = shape.fields.map(([key]) => key);
    const typos = sample(fc.constantFrom(...keys).chain((key) => nearId(key.toLowerCase(), keys.map((k) => k.toLowerCase()))), 3, 2000 + s);
    return [...new Set(typos)].map((typo) => {
      const d = draft(shape).set(typo, 'valore');
      const { line, keyColumn } = d.position(typo);
      return caseAt('unknown field', `${shape.name} with the field \`${typo}\``, d, typo, { line, column: keyColumn });
    });
  });
}

/** Ways to break the YAML of a text field, as the line(s) that replace it. */
const YAML_BREAKS: [string, (key: string, value: string) => string][] = [
  ['an unclosed double quote', (k, v) => `${k}: "${v}`],
  ['an unclosed single quote', (k, v) => `${k}: '${v}`],
  ['an unclosed list', (k, v) => `${k}: [${v}`],
  ['an unclosed group', (k, v) => `${k}: { it: ${v}`],
  ['mismatched brackets', (k, v) => `${k}: [${v}}`],
  ['a colon inside an unquoted value', (k, v) => `${k}: Nota: ${v}`],
  ['a value starting with @', (k, v) => `${k}: @${v}`],
  ['a value starting with a backtick', (k, v) => `${k}: \`${v}\``],
  ['an alias to no anchor', (k) => `${k}: *nessuna-ancora`],
  ['the same key twice', (k, v) => `${k}: ${v}\n${k}: ${v}`],
  ['a key without a colon', (k, v) => `${k} ${v}\n${k}-altro: ${v}`],
  ['a key indented one space too far', (k, v) => `${k}: ${v}\n ${k}-altro: ${v}`],
  ['a list indented with a tab', (k, v) => `${k}:\n\t- ${v}`],
  ['an unknown escape in quotes', (k, v) => `${k}: "${v} \\q"`],
  ['a stray list item', (k, v) => `${k}: ${v}\n- altro`],
  ['an unclosed quote inside a list', (k, v) => `${k}: ["${v}]`],
];

/** Fields whose value is a plain text, where a break reads as an editor would make it. */
const plainTexts = (shape: Shape) => shape.fields.filter(([key]) => shape.types[key] === 'string').map(([key]) => key);

function brokenYaml(): BadCase[] {
  // Every way of breaking is tried on three shapes, with the field and the extension drawn.
  return YAML_BREAKS.flatMap(([name, breakIt], b) =>
    sample(fc.tuple(fc.constantFrom(...SHAPES), fc.nat(), fc.nat()), 3, 3000 + b).map(([shape, f, i]) => {
      const keys = plainTexts(shape);
      const key = keys[f % keys.length]!;
      const d = draft(shape, i).replaceLine(key, breakIt(key, 'Testo di prova'));
      return caseAt('broken YAML', `${name} in a ${shape.name} (\`${key}\`)`, d, '');
    }),
  );
}

const DAYS_IN_MONTH = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const YEAR = fc.integer({ min: 1990, max: 2035 });
const pad = (n: number) => String(n).padStart(2, '0');
const IMPOSSIBLE_DATE = fc.oneof(
  fc.tuple(YEAR, fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 }))).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(YEAR, fc.integer({ min: 1, max: 12 }), fc.nat(60)).map(([y, m, extra]) => `${y}-${pad(m)}-${pad(Math.min(99, DAYS_IN_MONTH(y, m) + 1 + extra))}`),
  fc.tuple(YEAR, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}-00`),
  // Day-month-year, slashes, a month or a day without its zero, digits run together.
  fc.tuple(YEAR, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.nat(5)).map(([y, m, d, form]) => [`${d}/${m}/${y}`, `${y}/${pad(m)}/${pad(d)}`, `${pad(m)}-${y}`, `${y}-${m}`, `${y}-${pad(m)}-${d}`, `${y}${pad(m)}${pad(d)}0`][form]!),
  fc.constantFrom('2021-02-30', '2021-13', '2023-02-29', '2021-04-31', '2021-00-10', 'ieri', 'anno 2021', '2021-W05', '"2021-07-02T10:00:00"'),
);
/** Date fields: the shape, the key, the `%s` template and the field named. */
const DATE_SLOTS: [Shape, Slot][] = [
  [PRACTICE, { key: 'lastReviewed', template: '%s', field: 'lastReviewed' }],
  [PRACTICE, { key: 'period', template: '{ start: %s }', field: 'period.start' }],
  [PRACTICE, { key: 'period', template: '{ start: 2019, end: %s }', field: 'period.end' }],
  [PRACTICE, { key: 'sources', template: '[{ title: Scheda, date: %s }]', field: 'sources[0].date' }],
  [PROJECT, { key: 'period', template: '{ start: %s, end: 2030 }', field: 'period.start' }],
  [PROJECT, { key: 'period', template: '{ end: %s }', field: 'period.end' }],
  [PARTNER, { key: 'sources', template: '[{ title: Fonte, date: %s }]', field: 'sources[0].date' }],
  [DOCUMENT, { key: 'date', template: '%s', field: 'date' }],
  [DOCUMENT, { key: 'sources', template: '[{ title: Scheda, date: %s }]', field: 'sources[0].date' }],
];
/** A period whose end is surely before its start, at any mix of precisions. */
const BACKWARDS = fc
  .tuple(YEAR, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 5 }), fc.nat(2), fc.nat(2))
  .map(([y, m, d, gap, startPrecision, endPrecision]) => {
    const at = (year: number, precision: number) => [String(year), `${year}-${pad(m)}`, `${year}-${pad(m)}-${pad(d)}`][precision]!;
    return [at(y + gap, startPrecision), at(y, endPrecision)] as const;
  });

function impossibleDates(): BadCase[] {
  const cases = DATE_SLOTS.flatMap(([shape, slot], s) =>
    [...new Set(sample(IMPOSSIBLE_DATE, 5, 4000 + s))].map((value, i) => {
      const d = draft(shape, s + i).set(slot.key, slot.template.replace('%s', value));
      const { line, column } = d.position(slot.key);
      return caseAt('impossible date', `${shape.name} \`${slot.field}: ${value}\``, d, slot.field, { line, column: column + slot.template.indexOf('%s') });
    }),
  );
  for (const [shape, index] of [[PRACTICE, 0], [PROJECT, 1]] as const) {
    for (const [start, end] of sample(BACKWARDS, 4, 4100 + index)) {
      const template = `{ start: ${start}, end: %s }`;
      const d = draft(shape).set('period', template.replace('%s', end));
      const { line, column } = d.position('period');
      cases.push(caseAt('impossible date', `${shape.name} period ending ${end} before it starts ${start}`, d, 'period.end', { line, column: column + template.indexOf('%s') }));
    }
  }
  return cases;
}

/** Opening lines that ask for front matter in a language that would be run, or another format. */
const FENCES = ['---js', '---javascript', '---ts', '---typescript', '---coffee', '---coffeescript', '--- js', '---JS', '---yaml', '---json', '---toml'];
/** Tags that ask a YAML reader to build an object or run code, written before a value. */
const TAGS = [
  '!!js/function "function () { return process.exit(1) }"',
  '!!js/regexp /.*/',
  '!!js/undefined ""',
  '!!python/object/apply:os.system ["ls"]',
  '!!python/name:os.system ""',
  '!ruby/object:Gem::Installer { i: x }',
  '!custom valore',
  '!include ../../.env',
  '!!binary aGVsbG8=',
  '!<tag:yaml.org,2002:js/function> "function () {}"',
  '!!set { a, b }',
  '!!omap [ { a: 1 } ]',
  '!!timestamp 2021-01-01',
];

function codeInFrontMatter(): BadCase[] {
  const fences = BODIED.flatMap((shape, s) =>
    [...FENCES, '+++'].map((fence, f) => {
      const path = `${shape.place}/voce-${++serial}.${(s + f) % 2 ? 'mdx' : 'md'}`;
      const content =
        fence === '+++'
          ? `+++\ntitle = "Voce in TOML"\n+++\n${BODY}`
          : `${fence}\nmodule.exports = { title: require('node:child_process').execSync('id').toString() }\n---\n${BODY}`;
      return { category: 'code in front matter or YAML' as const, title: `${shape.name} opening with \`${fence}\``, files: { [path]: content }, file: path, field: '', line: 1, column: 1 };
    }),
  );
  const tags = SHAPES.flatMap((shape, s) =>
    TAGS.map((tag, t) => {
      const [slot] = sample(fc.constantFrom(...shape.texts), 1, 5000 + s * 20 + t) as [TextSlot];
      const d = draft(shape, s + t).set(slot.key, slot.template.replace('%s', tag));
      const { line, column } = d.position(slot.key);
      return caseAt('code in front matter or YAML', `${shape.name} \`${slot.field}: ${tag}\``, d, slot.field, { line, column: column + slot.template.indexOf('%s') });
    }),
  );
  return [...fences, ...tags];
}

/** Body markup that could run code or load another page; the MDX-only ones are JavaScript or components. */
const UNSAFE_BODIES: [string, 'md' | 'mdx' | 'both'][] = [
  ['<script>alert(1)</script>', 'both'],
  ['<iframe src="https://example.org/mappa"></iframe>', 'both'],
  ['<img src="foto.png" onerror="alert(1)" />', 'both'],
  ['<a href="https://example.org" onclick="alert(1)">sito</a>', 'both'],
  ['[clicca qui](javascript:alert(1))', 'both'],
  ['<a href="javascript:alert(1)">sito</a>', 'both'],
  ['<style>body { display: none }</style>', 'md'],
  ["import Widget from '../../src/components/Widget.astro'", 'mdx'],
  ['export const meta = { title: "altro" }', 'mdx'],
  ['<Widget />', 'mdx'],
  ['<Mappa zoom="3" />', 'mdx'],
  ['{alert(1)}', 'mdx'],
];

function unsafeMdx(): BadCase[] {
  return UNSAFE_BODIES.flatMap(([snippet, formats], u) => {
    const chosen: ('md' | 'mdx')[] = formats === 'both' ? ['md', 'mdx'] : [formats];
    return chosen.flatMap((format, f) =>
      sample(fc.constantFrom(...BODIED), 2, 6000 + u * 4 + f).map((shape) => {
        const d = draft(shape, format);
        d.body = `Testo introduttivo.\n\n${snippet}\n\nTesto dopo.\n`;
        return caseAt('unsafe MDX', `${shape.name}.${format} body with ${snippet}`, d, 'body', { line: d.bodyLine + 2 });
      }),
    );
  });
}

function oversizedFields(): BadCase[] {
  return SHAPES.flatMap((shape, s) =>
    shape.texts.map((slot, t) => {
      const [length] = sample(fc.integer({ min: slot.limit + 1, max: slot.limit + 400 }), 1, 7000 + s * 40 + t);
      const [value] = sample(italianText(length!, length!), 1, 7500 + s * 40 + t);
      const d = draft(shape, s + t).set(slot.key, slot.template.replace('%s', quoted(value!)));
      const { line, column } = d.position(slot.key);
      return caseAt('oversized field', `${shape.name} \`${slot.field}\` of ${length} characters (limit ${slot.limit})`, d, slot.field, { line, column: column + slot.template.indexOf('%s') });
    }),
  );
}

function oversizedFiles(): BadCase[] {
  const sizes = [MAX_FILE_BYTES + 1, ...sample(fc.integer({ min: MAX_FILE_BYTES + 2, max: MAX_FILE_BYTES * 3 }), 7, 8000)];
  const filler = (bytes: number, line: string) => line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
  const cases: BadCase[] = [];
  const add = (title: string, d: Draft, build: (base: string, missing: number) => string, size: number) => {
    const text = build(d.text, size - Buffer.byteLength(d.text));
    if (Buffer.byteLength(text) !== size) throw new Error(`oversized case "${title}" is ${Buffer.byteLength(text)} bytes, not ${size}`);
    cases.push({ ...caseAt('oversized file', `${title} (${size} bytes)`, d, ''), files: { [d.path]: text } });
  };
  const paragraph = 'Una riga di testo lungo, ripetuta per riempire il file. ';
  add('practice with a long body', draft(PRACTICE), (base, n) => base + filler(n, paragraph), sizes[0]!);
  add('project with a long body', draft(PROJECT), (base, n) => base + filler(n, `${paragraph}\n`), sizes[1]!);
  add('partner with a long body', draft(PARTNER, 'mdx'), (base, n) => base + filler(n, paragraph), sizes[2]!);
  add('document with a long body', draft(DOCUMENT, 'md'), (base, n) => base + filler(n, paragraph), sizes[3]!);
  add('practice with a long summary', draft(PRACTICE, 'mdx'), (base, n) => base.replace('summary: ', `summary: ${filler(n, 'parola ')}`), sizes[4]!);
  add('territory with a long comment', draft(TERRITORY), (base, n) => `${base}${filler(n - 1, '# commento ')}\n`, sizes[5]!);
  add('theme list with a long comment', draft(THEME), (base, n) => `${base}${filler(n - 1, '# commento ')}\n`, sizes[6]!);
  add('fund list with long descriptions', draft(FUND), (base, n) => base + filler(n, '# descrizione lunga\n'), sizes[7]!);
  return cases;
}

/** Byte sequences no UTF-8 text contains, the way they end up in files. */
const BAD_BYTES: [string, number[]][] = [
  ['Latin-1 "è"', [0xe8]],
  ['Latin-1 "à"', [0xe0]],
  ['Windows-1252 apostrophe', [0x92]],
  ['Windows-1252 dash', [0x96]],
  ['a 0xFF byte', [0xff]],
  ['a lone continuation byte', [0x80]],
  ['a truncated two-byte letter', [0xc3]],
  ['an overlong "/"', [0xc0, 0xaf]],
  ['an overlong three-byte sequence', [0xe0, 0x80, 0xaf]],
  ['an encoded UTF-16 surrogate', [0xed, 0xa0, 0x80]],
  ['a code point beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ['a five-byte sequence', [0xf8, 0x88, 0x80, 0x80, 0x80]],
  ['a truncated euro sign', [0xe2, 0x82]],
];

/** A text with bytes inserted at a character offset, and the line and column of the first inserted byte. */
function withBytes(text: string, offset: number, bytes: number[]): { content: Uint8Array; line: number; column: number } {
  const before = text.slice(0, offset);
  return {
    content: Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(text.slice(offset))]),
    line: before.split('\n').length,
    column: before.length - before.lastIndexOf('\n'),
  };
}

function invalidUtf8(): BadCase[] {
  return BAD_BYTES.flatMap(([name, bytes], b) =>
    sample(fc.tuple(fc.constantFrom(...SHAPES), fc.nat(), fc.nat(20), fc.boolean()), 3, 9000 + b).map(([shape, f, at, inBody]) => {
      const d = draft(shape, f);
      const text = d.text;
      const [key, value] = d.fields[f % d.fields.length]!;
      const inBodyOf = inBody && d.format !== 'yaml' && d.format !== 'term';
      const { line, column } = d.position(key);
      const lineStart = text.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
      const offset = inBodyOf ? text.length - d.body.length + (at % BODY.length) : lineStart + column - 1 + (at % value.length);
      const bad = withBytes(text, offset, bytes);
      return { category: 'invalid UTF-8' as const, title: `${name} in a ${shape.name}${inBodyOf ? ' body' : ` (\`${key}\`)`}`, files: { [d.path]: bad.content }, file: d.path, field: '', line: bad.line, column: bad.column };
    }),
  );
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.from(content) : Buffer.from(content));

/** The same problems, in files that start with a byte-order mark: same field, same line and column. */
function withBom(sources: BadCase[]): BadCase[] {
  return sources.map((c) => ({ ...c, category: 'BOM', title: `BOM + ${c.title}`, files: { ...c.files, [c.file]: Buffer.concat([BOM, bytesOf(c.files[c.file]!)]) }, sameAs: c }));
}

/** The same problems, in files with Windows line endings: same field, same line and column. */
function withCrlf(sources: BadCase[]): BadCase[] {
  return sources.map((c) => {
    const bytes = bytesOf(c.files[c.file]!);
    const crlf: number[] = [];
    for (const byte of bytes) {
      if (byte === 0x0a) crlf.push(0x0d);
      crlf.push(byte);
    }
    return { ...c, category: 'CRLF', title: `CRLF + ${c.title}`, files: { ...c.files, [c.file]: Uint8Array.from(crlf) }, sameAs: c };
  });
}

/** A few cases of each kind, drawn from different shapes, to repeat with a BOM or CRLF. */
function spread(cases: BadCase[], count: number, salt: number): BadCase[] {
  const shuffled = sample(fc.shuffledSubarray(cases, { minLength: cases.length, maxLength: cases.length }), 1, salt)[0]!;
  return shuffled.slice(0, count);
}

const EMPTY_CONTENTS: [string, string | Uint8Array][] = [
  ['no bytes', ''],
  ['a space', ' '],
  ['a newline', '\n'],
  ['blank lines', '\n\n\n'],
  ['a Windows newline', '\r\n\r\n'],
  ['tabs and spaces', ' \t \n\t\n  '],
  ['only a BOM', BOM],
  ['a BOM and a newline', Buffer.concat([BOM, Buffer.from('\n')])],
];

function emptyFiles(): BadCase[] {
  const places = [...BODIED.flatMap((shape) => [`${shape.place}/vuota.md`, `${shape.place}/vuota.mdx`]), 'territories/vuota.yaml', 'territories/vuota.yml'];
  const entryCases = sample(fc.tuple(fc.constantFrom(...places), fc.constantFrom(...EMPTY_CONTENTS)), 40, 10_000)
    .filter(([place, [name]], i, all) => all.findIndex(([p, [n]]) => p === place && n === name) === i)
    .slice(0, 24)
    .map(([place, [name, content]]) => ({ category: 'empty file' as const, title: `${place} holding ${name}`, files: { [place]: content }, file: place, field: '', line: 1, column: 1 }));
  const taxonomyCases = SHAPES.filter((shape) => shape.format === 'term').flatMap((shape, s) =>
    sample(fc.constantFrom(...EMPTY_CONTENTS), 2, 10_100 + s).map(([name, content]) => ({ category: 'empty file' as const, title: `${shape.place} holding ${name}`, files: { [shape.place]: content }, file: shape.place, field: '', line: 1, column: 1 })),
  );
  return [...entryCases, ...taxonomyCases];
}

/** Existing fixture files and the collections they belong to, to copy under the same name. */
const FIXTURE_FILES = ['practices/pratica-casa.mdx', 'practices/pratica-lavoro.md', 'projects/progetto-prova.mdx', 'partners/ente-alfa.md', 'partners/comune-beta.md', 'documents/documento-prova.mdx', 'territories/palermo.yaml', 'territories/lazio.yaml'];
const FOLDER = fc.constantFrom('archivio', 'bozze', 'vecchie', 'z-copia', 'a-nuove', '2021');

function duplicateIds(): BadCase[] {
  const cases: BadCase[] = FIXTURE_FILES.flatMap((existing, e) => {
    const [folder, stem, ext] = /^(\w+)\/([\w-]+)\.(\w+)$/.exec(existing)!.slice(1) as [string, string, string];
    const sibling = ext === 'md' ? 'mdx' : ext === 'mdx' ? 'md' : 'yml';
    const [sub] = sample(FOLDER, 1, 11_000 + e);
    return [`${folder}/${sub}/${stem}.${ext}`, `${folder}/${stem}.${sibling}`].map((copy) => {
      // The problem is reported on whichever of the two files is read second, in path order.
      const second = [existing, copy].sort()[1]!;
      return { category: 'duplicate id' as const, title: `${copy} beside ${existing}`, files: { [copy]: readFileSync(join(SITE, existing)) }, file: second, field: '' };
    });
  });
  for (const [s, shape] of SHAPES.filter((x) => x.format === 'term').entries()) {
    const ids = FIXTURE_IDS[{ theme: 'themes', 'target group': 'targetGroups', 'intervention type': 'interventionTypes', fund: 'funds' }[shape.name]!]!;
    for (const id of [...new Set(sample(fc.constantFrom(...ids), 2, 11_100 + s))]) {
      const d = draft(shape).set('id', id);
      cases.push(caseAt('duplicate id', `${shape.place} listing \`${id}\` twice`, d, ''));
    }
  }
  return cases;
}

/** The whole corpus: every category, generated from the same seed on every run. */
export function badInputCorpus(): BadCase[] {
  serial = 0;
  const types = wrongTypes();
  const ids = unknownIds();
  const dates = impossibleDates();
  const oversized = oversizedFields();
  const code = codeInFrontMatter();
  const utf8 = invalidUtf8();
  const broken = brokenYaml();
  const positioned = [...types, ...ids, ...dates, ...oversized, ...code];
  return [
    ...types,
    ...ids,
    ...unknownFields(),
    ...broken,
    ...dates,
    ...code,
    ...unsafeMdx(),
    ...oversized,
    ...oversizedFiles(),
    ...utf8,
    ...withBom([...spread(positioned, 20, 12_000), ...spread(utf8, 6, 12_001)]),
    ...withCrlf([...spread(positioned, 20, 12_002), ...spread(utf8, 6, 12_003), ...spread(broken, 6, 12_004)]),
    ...emptyFiles(),
    ...duplicateIds(),
  ];
}

/* ------------------------------------------------------------------ valid edge cases */

/** Italian text of any kind up to `max` characters, as a double-quoted YAML value. */
export const ITALIAN_TEXT = (max: number) => italianText(1, max);

const ACCENTED = "Città dell'accoglienza — l'esperienza di Forlì";

/** Valid files no editor should be refused. */
export function validEdgeCases(): ValidCase[] {
  serial = 1000;
  const accented = (shape: Shape) => {
    const d = draft(shape);
    for (const slot of shape.texts) d.set(slot.key, slot.template.replace('%s', slot.template === '%s' ? ACCENTED : quoted(ACCENTED)));
    return d;
  };
  const cases: ValidCase[] = SHAPES.map((shape) => {
    const d = accented(shape);
    return { title: `accents and apostrophes in every text field of a ${shape.name}`, files: { [d.path]: d.text } };
  });
  const one = (title: string, d: Draft): ValidCase => ({ title, files: { [d.path]: d.text } });

  cases.push(one('a title of 200 characters', draft(PRACTICE).set('title', quoted(`${ACCENTED} `.repeat(5).slice(0, 200)))));
  cases.push(one(`a title at the limit of ${LIMITS.label} characters`, draft(PROJECT).set('title', 'T'.repeat(LIMITS.label))));
  cases.push(one(`a summary at the limit of ${LIMITS.summary} characters`, draft(PRACTICE).set('summary', quoted('è'.repeat(LIMITS.summary)))));

  const towns = Array.from({ length: 40 }, (_, i) => `comune-di-prova-${i + 1}`);
  const territories: Files = Object.fromEntries(
    towns.map((id, i) => [`territories/${id}.yaml`, `name: Comune di prova ${i + 1}\nkind: municipality\nparent: citta-metropolitana-palermo\n`]),
  );
  const many = draft(PRACTICE).set('territories', `[${towns.join(', ')}]`);
  cases.push({ title: 'a practice in 40 territories', files: { ...territories, [many.path]: many.text } });
  const block = draft(PROJECT).set('territories', `\n${towns.map((id) => `  - ${id}`).join('\n')}`);
  cases.push({ title: 'a project listing 40 territories one per line', files: { ...territories, [block.path]: block.text } });

  cases.push(
    one(
      'quotes and colons in properly quoted values',
      draft(PRACTICE)
        .set('title', '"Casa: un diritto, non un premio"')
        .set('summary', `'Detto: "fatto". L''esperienza di Forlì: un anno.'`)
        .set('recipients', '>-\n  Persone uscite dall\'accoglienza: "chi ha un permesso"\n  e chi lo attende.')
        .set('evidence', '{ level: declared, note: "Nota: solo attività previste." }'),
    ),
  );
  const code = draft(PRACTICE);
  code.body = 'Un esempio di codice:\n\n```html\n<script>alert("non è eseguito")</script>\n<iframe src="https://example.org"></iframe>\n```\n\nE in linea: `<script>` resta testo, come `onclick="x"`.\n';
  cases.push(one('a Markdown body with <script> inside code', code));
  const mdxCode = draft(PROJECT, 'mdx');
  mdxCode.body = 'Un esempio:\n\n```js\nimport x from "y";\nexport const z = 1;\n<script>alert(1)</script>\n```\n\nIn linea: `{alert(1)}` e `<Widget />`.\n';
  cases.push(one('an MDX body with import, <script> and braces inside code', mdxCode));

  const crlf = (d: Draft) => d.text.replace(/\n/g, '\r\n');
  for (const shape of SHAPES) {
    const d = accented(shape);
    cases.push({ title: `a ${shape.name} with Windows line endings`, files: { [d.path]: crlf(d) } });
    const b = accented(shape);
    cases.push({ title: `a ${shape.name} starting with a BOM`, files: { [b.path]: Buffer.concat([BOM, Buffer.from(b.text)]) } });
  }
  const blank = draft(PARTNER);
  cases.push({ title: 'blank lines before the front matter', files: { [blank.path]: `\n\n${blank.text}` } });
  const bare = draft(DOCUMENT, 'md');
  bare.body = '';
  cases.push({ title: 'front matter closing at the end of the file, no body', files: { [bare.path]: bare.text.replace(/\n$/, '') } });
  cases.push(one('an explicit plain tag (`!!str`)', draft(TERRITORY).set('istat', '!!str 082002')));
  cases.push(one('comments in the front matter', draft(PRACTICE).set('title', 'Pratica con commento # non fa parte del titolo')));
  const big = draft(PRACTICE);
  big.body = '';
  const room = MAX_FILE_BYTES - Buffer.byteLength(big.text);
  const line = 'Una riga di testo lungo, ripetuta per riempire il file.\n';
  big.body = `${line.repeat(Math.ceil(room / line.length)).slice(0, room - 1)}\n`;
  cases.push({ title: 'a file of exactly 1 MB', files: { [big.path]: big.text } });
  return cases;
}

/* ------------------------------------------------------------------ writing cases */

/** Writes a case's files into a content tree and returns how to put the tree back as it was. */
export function applyFiles(dir: string, files: Files): () => void {
  const restore: (() => void)[] = [];
  for (const [file, content] of Object.entries(files)) {
    const path = join(dir, file);
    if (existsSync(path)) {
      const before = readFileSync(path);
      restore.push(() => writeFileSync(path, before));
    } else {
      const created = firstMissing(dir, path);
      restore.push(() => rmSync(created, { recursive: true, force: true }));
      mkdirSync(dirname(path), { recursive: true });
    }
    writeFileSync(path, content);
  }
  return () => restore.reverse().forEach((undo) => undo());
}

/** The outermost folder of `path` (under `dir`) that does not exist yet. */
function firstMissing(dir: string, path: string): string {
  let missing = path;
  for (let parent = dirname(path); parent !== dir && !existsSync(parent); parent = dirname(parent)) missing = parent;
  return missing;
}

/** A copy of the valid fixture tree in `dir` with the files of every case written into it. */
export function writeCases(dir: string, cases: readonly BadCase[]): void {
  cpSync(SITE, dir, { recursive: true });
  for (const c of cases) applyFiles(dir, c.files);
}

/** One case of each category whose files do not touch each other's, for a tree broken in every way at once. */
export function onePerCategory(cases: readonly BadCase[]): BadCase[] {
  const chosen: BadCase[] = [];
  const used = new Set<string>();
  for (const category of CATEGORIES) {
    const pick = cases.find((c) => c.category === category && [...Object.keys(c.files), c.file].every((f) => !used.has(f)));
    if (!pick) throw new Error(`no independent case for ${category}`);
    for (const f of [...Object.keys(pick.files), pick.file]) used.add(f);
    chosen.push(pick);
  }
  return chosen;
}
