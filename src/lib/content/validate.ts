/**
 * Runs every raw entry through its collection's real schema and turns Zod's issues into
 * problems an editor can act on: field, plain message, and the closest valid values.
 */
import type { z } from 'astro/zod';
import { plainRef } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { fieldPath, type Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';
import type { RawEntry } from './read.ts';

export interface ValidEntry<T = Record<string, unknown>> {
  collection: CollectionName;
  id: string;
  file: string;
  data: T;
  body: string;
  locate: RawEntry['locate'];
}

type Issue = z.core.$ZodIssue;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Known keys of the object schema found at `path` inside `schema`, unwrapping optional/default/array. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    const def = (node as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'array' && typeof key === 'number') node = def.element;
    else if (def.type === 'object' && typeof key === 'string') node = (def.shape as Record<string, unknown>)[key];
    else return [];
  }
  unwrap();
  const def = (node as { _zod?: { def: Record<string, unknown> } })?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

function describe(issue: Issue, entry: RawEntry, schema: z.ZodType): Pick<Problem, 'message' | 'fix'> {
  const received = valueAt(entry.data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return { message: 'is required', fix: `add \`${String(issue.path.at(-1) ?? 'it')}:\` with ${kindOf(issue.expected)}` };
      return { message: `must be ${kindOf(issue.expected)}, not ${describeValue(received)}` };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const hint = typeof received === 'string' ? didYouMean(received, allowed) : undefined;
      return {
        message: `${describeValue(received)} is not allowed`,
        fix: hint ?? `use one of: ${allowed.join(', ')}`,
      };
    }
    case 'unrecognized_keys': {
      const known = knownKeys(schema, issue.path);
      const [key] = issue.keys;
      const hint = key ? didYouMean(key, known) : undefined;
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`,
        fix: hint ? `${hint} (or remove it)` : `remove it; allowed fields here: ${known.join(', ')}`,
      };
    }
    case 'too_small':
      if (issue.origin === 'array') return { message: issue.message.startsWith('Too small') ? `needs at least ${issue.minimum} item(s)` : issue.message };
      if (issue.origin === 'string') return { message: 'must not be empty' };
      return { message: `must be at least ${issue.minimum}` };
    case 'too_big':
      if (issue.origin === 'string') return { message: issue.message, fix: 'shorten it: keep the essentials here and move the detail to the text below the front matter' };
      if (issue.origin === 'array') return { message: `has too many items: at most ${issue.maximum}` };
      return { message: `must be at most ${issue.maximum}` };
    case 'invalid_format':
      return { message: issue.message.startsWith('Invalid') ? `is not a valid ${issue.format}` : issue.message };
    case 'invalid_union':
      return { message: `${describeValue(received)} does not have an accepted form` };
    default:
      return { message: issue.message };
  }
}

/** Zod's type names in the words of the content model (docs/content-model.md). */
const KIND_WORDS: Record<string, string> = {
  string: 'a text',
  array: 'a list',
  object: 'a group of fields',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  date: 'a date',
};

function kindOf(type: string): string {
  return KIND_WORDS[type] ?? (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}…"` : `"${value}"`;
  return String(value);
}

/** The problem at a field of an entry, located in its file. */
export function problemAt(
  entry: Pick<RawEntry, 'file' | 'locate'>,
  path: readonly PropertyKey[],
  detail: Pick<Problem, 'message' | 'fix'>,
  severity: Problem['severity'] = 'error',
  at: 'value' | 'key' = 'value',
): Problem {
  const position = entry.locate(path, at);
  return {
    severity,
    file: entry.file,
    ...(position ? { line: position.line, column: position.column } : {}),
    field: fieldPath(path),
    message: detail.message,
    ...(detail.fix ? { fix: detail.fix } : {}),
  };
}

const schemaCache = new Map<CollectionName, z.ZodType>();
function schemaOf(collection: CollectionName): z.ZodType {
  let schema = schemaCache.get(collection);
  if (!schema) {
    const spec = COLLECTIONS[collection];
    schema = spec.kind === 'taxonomy' ? spec.schema() : spec.schema(plainRef);
    schemaCache.set(collection, schema);
  }
  return schema;
}

/**
 * A value that fits no form of a union (a result written as text or as fields) is reported
 * with the problems of the form its type matches, e.g. "is too long" for an overlong text.
 */
function matchingBranch(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const typed = issue.errors.filter((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
  if (typed.length !== 1) return [issue];
  return typed[0]!.flatMap((inner) => matchingBranch({ ...inner, path: [...issue.path, ...inner.path] } as Issue));
}

export function validateEntries(raw: RawEntry[]): { entries: ValidEntry[]; problems: Problem[] } {
  const entries: ValidEntry[] = [];
  const problems: Problem[] = [];
  for (const entry of raw) {
    const schema = schemaOf(entry.collection);
    const result = schema.safeParse(entry.data);
    if (result.success) {
      entries.push({ ...entry, data: result.data as Record<string, unknown> });
      continue;
    }
    for (const issue of result.error.issues.flatMap(matchingBranch)) {
      // An unknown field is reported at its own line, under its own name.
      const unknownKey = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys[0] : undefined;
      const path = unknownKey ? [...issue.path, unknownKey] : issue.path;
      problems.push(problemAt(entry, path, describe(issue, entry, schema), 'error', unknownKey ? 'key' : 'value'));
    }
  }
  return { entries, problems };
}
