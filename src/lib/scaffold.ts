/**
 * What `npm run new` knows about each kind of entry: its flags, which are required, how a
 * value is checked before anything is written, and how the new file is laid out (required
 * fields filled in, optional ones present as YAML comments). Pure: the script does the I/O.
 */
import { stringify } from 'yaml';
import { httpUrl, slug } from '../schemas/common.ts';
import { DOCUMENT_KINDS } from '../schemas/document.ts';
import { PARTNER_KINDS } from '../schemas/partner.ts';
import { EVIDENCE_LEVELS } from '../schemas/practice.ts';
import { TERRITORY_KINDS } from '../schemas/territory.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { JsonSchema } from './content/json-schema.ts';
import { parsePartialDate } from './partial-date.ts';
import { didYouMean } from './suggest.ts';

export type EntryType = 'practice' | 'project' | 'partner' | 'territory' | 'document';

/** Types as editors may name them, in English or Italian. */
export const TYPE_ALIASES: Record<string, EntryType> = {
  practice: 'practice',
  pratica: 'practice',
  project: 'project',
  progetto: 'project',
  partner: 'partner',
  territory: 'territory',
  territorio: 'territory',
  document: 'document',
  documento: 'document',
};

export const TYPE_COLLECTION: Record<EntryType, CollectionName> = {
  practice: 'practices',
  project: 'projects',
  partner: 'partners',
  territory: 'territories',
  document: 'documents',
};

type FieldKind = 'text' | 'summary' | 'ref' | 'refs' | 'enum' | 'date' | 'url' | 'number';

export interface FieldSpec {
  /** Command-line flag, without the dashes. */
  flag: string;
  /** Where the value goes in the front matter. */
  path: readonly string[];
  kind: FieldKind;
  required: boolean;
  /** The question asked in interactive mode. */
  question: string;
  collection?: CollectionName;
  values?: readonly string[];
}

const source = [
  { flag: 'source', path: ['sources', '0', 'title'], kind: 'text', required: true, question: 'Title of the source the facts come from (e.g. "Scheda del progetto FRA NOI 2")' },
  { flag: 'source-publisher', path: ['sources', '0', 'publisher'], kind: 'text', required: false, question: 'Who published the source' },
  { flag: 'source-url', path: ['sources', '0', 'url'], kind: 'url', required: false, question: 'Where the source can be read online (https://…)' },
] as const satisfies readonly FieldSpec[];

const period = [
  { flag: 'start', path: ['period', 'start'], kind: 'date', required: false, question: 'When it started (2021, 2021-07 or 2021-07-02)' },
  { flag: 'end', path: ['period', 'end'], kind: 'date', required: false, question: 'When it ended (2021, 2021-07 or 2021-07-02)' },
] as const satisfies readonly FieldSpec[];

export const FIELDS: Record<EntryType, readonly FieldSpec[]> = {
  practice: [
    { flag: 'title', path: ['title'], kind: 'text', required: true, question: 'Name of the practice' },
    { flag: 'summary', path: ['summary'], kind: 'summary', required: true, question: 'Summary in Italian: what was done, for whom (two or three sentences)' },
    { flag: 'summary-en', path: ['summaryEn'], kind: 'summary', required: false, question: 'The same summary in English' },
    { flag: 'project', path: ['project'], kind: 'ref', collection: 'projects', required: true, question: 'Project the practice comes from' },
    { flag: 'territory', path: ['territories'], kind: 'refs', collection: 'territories', required: true, question: 'Territories where it was carried out' },
    { flag: 'theme', path: ['themes'], kind: 'refs', collection: 'themes', required: true, question: 'Themes' },
    { flag: 'target', path: ['targetGroups'], kind: 'refs', collection: 'targetGroups', required: true, question: 'Target groups' },
    { flag: 'intervention', path: ['interventionTypes'], kind: 'refs', collection: 'interventionTypes', required: true, question: 'Intervention types' },
    { flag: 'partner', path: ['partners'], kind: 'refs', collection: 'partners', required: false, question: 'Organisations that carried it out' },
    { flag: 'evidence', path: ['evidence', 'level'], kind: 'enum', values: EVIDENCE_LEVELS, required: true, question: 'Evidence level' },
    { flag: 'evidence-note', path: ['evidence', 'note'], kind: 'text', required: true, question: 'What the evidence level rests on, in a sentence' },
    ...period,
    ...source,
  ],
  project: [
    { flag: 'title', path: ['title'], kind: 'text', required: true, question: 'Title of the project' },
    { flag: 'acronym', path: ['acronym'], kind: 'text', required: false, question: 'Acronym or short name' },
    { flag: 'summary', path: ['summary'], kind: 'summary', required: true, question: 'Summary in Italian (two or three sentences)' },
    { flag: 'summary-en', path: ['summaryEn'], kind: 'summary', required: false, question: 'The same summary in English' },
    { flag: 'territory', path: ['territories'], kind: 'refs', collection: 'territories', required: true, question: 'Territories where the project works (italia for national scope)' },
    { flag: 'fund', path: ['fund'], kind: 'ref', collection: 'funds', required: false, question: 'Fund that finances it' },
    { flag: 'lead', path: ['lead'], kind: 'ref', collection: 'partners', required: false, question: 'Lead organisation (capofila)' },
    { flag: 'theme', path: ['themes'], kind: 'refs', collection: 'themes', required: false, question: 'Themes' },
    { flag: 'target', path: ['targetGroups'], kind: 'refs', collection: 'targetGroups', required: false, question: 'Target groups' },
    { flag: 'website', path: ['website'], kind: 'url', required: false, question: 'Website of the project (https://…)' },
    ...period,
    ...source,
  ],
  partner: [
    { flag: 'name', path: ['name'], kind: 'text', required: true, question: 'Name of the organisation' },
    { flag: 'kind', path: ['kind'], kind: 'enum', values: PARTNER_KINDS, required: true, question: 'Kind of organisation' },
    { flag: 'territory', path: ['territory'], kind: 'ref', collection: 'territories', required: false, question: 'Where it is based' },
    { flag: 'website', path: ['website'], kind: 'url', required: false, question: 'Website (https://…)' },
    { flag: 'summary', path: ['summary'], kind: 'summary', required: false, question: 'What the organisation does, in a sentence or two' },
    ...source,
  ],
  territory: [
    { flag: 'name', path: ['name'], kind: 'text', required: true, question: 'Official Italian name' },
    { flag: 'name-en', path: ['nameEn'], kind: 'text', required: false, question: 'English name, when it differs' },
    { flag: 'kind', path: ['kind'], kind: 'enum', values: TERRITORY_KINDS, required: true, question: 'Kind of territory' },
    { flag: 'parent', path: ['parent'], kind: 'ref', collection: 'territories', required: false, question: 'The territory it belongs to (e.g. its region)' },
    { flag: 'istat', path: ['istat'], kind: 'text', required: false, question: 'ISTAT code' },
    { flag: 'lat', path: ['coordinates', 'lat'], kind: 'number', required: false, question: 'Latitude (decimal degrees)' },
    { flag: 'lon', path: ['coordinates', 'lon'], kind: 'number', required: false, question: 'Longitude (decimal degrees)' },
  ],
  document: [
    { flag: 'title', path: ['title'], kind: 'text', required: true, question: 'Title of the document' },
    { flag: 'project', path: ['project'], kind: 'ref', collection: 'projects', required: true, question: 'Project that produced it' },
    { flag: 'kind', path: ['kind'], kind: 'enum', values: DOCUMENT_KINDS, required: true, question: 'Kind of document' },
    { flag: 'date', path: ['date'], kind: 'date', required: false, question: 'Date (2021, 2021-07 or 2021-07-02)' },
    { flag: 'url', path: ['url'], kind: 'url', required: false, question: 'Where it can be read online (https://…)' },
    ...source,
  ],
};

/** The field an id is derived from. */
export const titleFlag = (type: EntryType) => (type === 'partner' || type === 'territory' ? 'name' : 'title');

export type Values = Record<string, string | string[]>;

/** An existing entry, as offered for type-ahead and checked against. */
export interface Choice {
  id: string;
  label: string;
}

export type Choices = Partial<Record<CollectionName, Choice[]>>;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Existing entries matching what the editor typed, best first: the id itself, then ids and
 * names starting with it, then names with a word starting with it, then any other match.
 * Typing "palermo" puts Palermo before "Città metropolitana di Palermo".
 */
export function rankChoices(choices: readonly Choice[], query: string): Choice[] {
  const wanted = fold(query.trim());
  if (!wanted) return [...choices];
  const rank = (choice: Choice): number => {
    const id = choice.id;
    const label = fold(choice.label);
    if (id === wanted || label === wanted) return 0;
    if (id.startsWith(wanted) || label.startsWith(wanted)) return 1;
    if (label.split(/[^a-z0-9]+/).some((word) => word.startsWith(wanted)) || id.split('-').some((word) => word.startsWith(wanted))) return 2;
    if (id.includes(wanted) || label.includes(wanted)) return 3;
    return -1;
  };
  return choices
    .map((choice) => ({ choice, rank: rank(choice) }))
    .filter((item) => item.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.choice.label.length - b.choice.label.length)
    .map((item) => item.choice);
}

/** Turns a title into an id: lowercase ASCII words joined by hyphens, at most 80 characters. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > 80) break;
    id = next;
  }
  return id || words.join('-').slice(0, 80);
}

/** Flags the editor must still give, in the order of the form. */
export function missingFlags(type: EntryType, values: Values): string[] {
  return FIELDS[type].filter((field) => field.required && isEmpty(values[field.flag])).map((field) => `--${field.flag}`);
}

function isEmpty(value: string | string[] | undefined): boolean {
  return value === undefined || (Array.isArray(value) ? value.every((v) => !v.trim()) : !value.trim());
}

/** Checks one value the way the schema will; returns what is wrong, or undefined. */
export function checkValue(field: FieldSpec, value: string, choices: Choices): string | undefined {
  const text = value.trim();
  if (!text) return field.required ? 'is required' : undefined;
  switch (field.kind) {
    case 'ref':
    case 'refs': {
      const known = choices[field.collection!] ?? [];
      if (known.some((choice) => choice.id === text)) return undefined;
      const hint = didYouMean(text, known.map((choice) => choice.id));
      return `\`${text}\` is not an entry of ${field.collection}${hint ? `: ${hint}` : ''}`;
    }
    case 'enum':
      return field.values!.includes(text) ? undefined : `"${text}" is not allowed: ${didYouMean(text, [...field.values!]) ?? `use one of ${field.values!.join(', ')}`}`;
    case 'date': {
      const parsed = parsePartialDate(text);
      return typeof parsed === 'string' ? parsed : undefined;
    }
    case 'url':
      return httpUrl().safeParse(text).error?.issues[0]?.message;
    case 'number':
      return Number.isFinite(Number(text)) ? undefined : 'must be a number, e.g. 38.1157';
    default:
      return undefined;
  }
}

/** Every problem with the given values, as `--flag  message` lines. */
export function checkValues(type: EntryType, values: Values, choices: Choices): string[] {
  return FIELDS[type].flatMap((field) => {
    const value = values[field.flag];
    const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
    return list.flatMap((item) => {
      const problem = checkValue({ ...field, required: false }, item, choices);
      return problem ? [`--${field.flag}  ${problem}`] : [];
    });
  });
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  // Array indices are keys too ("sources", "0", "title"): a numeric next key makes a list.
  let node = target;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    node[key] ??= /^\d+$/.test(path[index + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
}

function typed(field: FieldSpec, value: string): unknown {
  const text = value.trim();
  if (field.kind === 'number') return Number(text);
  if (field.kind === 'date' && /^\d{4}$/.test(text)) return Number(text);
  return text;
}

/** The front matter object for the given values (only the fields given). */
export function frontMatter(type: EntryType, values: Values, today: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of FIELDS[type]) {
    const value = values[field.flag];
    if (isEmpty(value)) continue;
    if (field.kind === 'refs') {
      const list = (Array.isArray(value) ? value : [value!]).map((item) => item.trim()).filter(Boolean);
      setPath(data, field.path, [...new Set(list)]);
    } else {
      setPath(data, field.path, typed(field, Array.isArray(value) ? value[0]! : value!));
    }
  }
  if (type === 'practice') data.lastReviewed = today;
  return data;
}

function placeholder(schema: JsonSchema): string {
  if (schema.type === 'array') return '[]';
  if (schema.type === 'object') return '{}';
  if (schema.type === 'boolean') return String(schema.default ?? false);
  return '""';
}

/** Bodies start with a guide for the writer, in an HTML comment that the site does not show. */
const BODY_GUIDE: Record<EntryType, string> = {
  practice: 'Racconta la pratica con parole tue: che cosa si è fatto, con chi, come; che cosa ha funzionato e che cosa no, secondo le fonti. Non copiare frasi dalle fonti.',
  project: 'Descrivi il progetto con parole tue: obiettivi, attività, territori, partner, secondo le fonti.',
  partner: "Facoltativo: che cosa fa l'organizzazione, secondo le fonti.",
  territory: '',
  document: 'Riassumi il documento con parole tue: a che cosa serve, che cosa contiene.',
};

/**
 * The text of the new file: required and given fields as YAML, then every other top-level field
 * of the schema as a comment with its description, ready to be uncommented and filled in.
 */
export function renderEntry(type: EntryType, data: Record<string, unknown>, schema: JsonSchema): string {
  const yaml = stringify(data, { lineWidth: 100 }).trimEnd();
  const optional = Object.entries(schema.properties ?? {})
    .filter(([key]) => !(key in data))
    .map(([key, field]) => `# ${key}: ${placeholder(field)}${field.description ? `  # ${field.description.replace(/\s+/g, ' ')}` : ''}`);
  const lines = [yaml, ...(optional.length ? ['# Optional fields: remove the "# " in front of one to use it.', ...optional] : [])];
  if (type === 'territory') return `${lines.join('\n')}\n`;
  const guide = BODY_GUIDE[type];
  return `---\n${lines.join('\n')}\n---\n\n${guide ? `<!-- ${guide} -->\n` : ''}`;
}

/** What is wrong with an id for a new entry of this type: its form, or an entry that has it already. */
export function idProblem(type: EntryType, id: string, choices: Choices): string | undefined {
  if (!slug().safeParse(id).success) return 'use lowercase letters, digits and hyphens only (e.g. "sportello-casa-palermo")';
  if ((choices[TYPE_COLLECTION[type]] ?? []).some((choice) => choice.id === id)) return `an entry with id "${id}" already exists: choose another id`;
  return undefined;
}

/** Where the new entry is written, relative to the content root. */
export function entryPath(type: EntryType, id: string): string {
  const spec = COLLECTIONS[TYPE_COLLECTION[type]];
  if (spec.kind !== 'entries') throw new Error(`${type} is not an entry collection`);
  return `${spec.folder}/${id}.${spec.folder === 'territories' ? 'yaml' : 'md'}`;
}
