/**
 * The machinery of the open-data records: a record is one flat object per entry, described
 * field by field. Each field says its name, its kind, what it means and how to read its value
 * from an entry; the JSON and CSV files, their JSON Schemas and the data dictionary on `/dati/`
 * are all generated from these descriptions.
 */
import type { Catalog } from '../catalog.ts';
import { collectionJsonSchema, type JsonSchema } from '../content/json-schema.ts';
import { PARTIAL_DATE_PATTERN, SLUG_PATTERN } from '../../schemas/common.ts';
import type { CollectionName } from '../../schemas/index.ts';

/**
 * What a field holds. `id` is an entry or term id (a file name), `date` an ISO 8601 date at the
 * precision the source gives (`2018`, `2021-07`, `2021-07-02`), `code` one of a fixed list of
 * values; the plural kinds are lists of the same.
 */
export type FieldKind = 'id' | 'ids' | 'text' | 'texts' | 'date' | 'url' | 'code' | 'codes' | 'integer' | 'number' | 'boolean';

interface KindValues {
  id: string;
  ids: string[];
  text: string;
  texts: string[];
  date: string;
  url: string;
  code: string;
  codes: string[];
  integer: number;
  number: number;
  boolean: boolean;
}

export const LIST_KINDS: ReadonlySet<FieldKind> = new Set(['ids', 'texts', 'codes']);

export type FieldValue = KindValues[FieldKind] | null;

/** What record builders need besides the catalogue: absolute URLs of the site's pages and files. */
export interface RecordContext {
  catalog: Catalog;
  /** The absolute URL of a path of the site, base included: `/pratiche/x/` → `https://…/pratiche/x/`. */
  absolute: (path: string) => string;
}

interface FieldOf<E, K extends FieldKind> {
  name: string;
  kind: K;
  description: string;
  /** For a single value: true when it may be empty (`null` in JSON, an empty cell in CSV). Lists are never null, only empty. */
  optional: boolean;
  /** The allowed values of a `code` or `codes` field. */
  values?: readonly string[] | undefined;
  value: (entry: E, context: RecordContext) => KindValues[K] | undefined;
}

export type Field<E> = { [K in FieldKind]: FieldOf<E, K> }[FieldKind];

export type OpenRecord = Record<string, FieldValue>;

/** Declares a field; `optional` and `values` as in {@link Field}. */
export function field<E, K extends FieldKind>(
  name: string,
  kind: K,
  description: string,
  value: (entry: E, context: RecordContext) => KindValues[K] | undefined,
  options: { optional?: boolean; values?: readonly string[] } = {},
): Field<E> {
  return { name, kind, description, value, optional: options.optional ?? false, values: options.values } as FieldOf<E, K> as Field<E>;
}

/** One record: every field in order, empty single values as `null`, empty lists as `[]`. */
export function buildRecord<E>(fields: readonly Field<E>[], entry: E, context: RecordContext): OpenRecord {
  const record: OpenRecord = {};
  for (const f of fields) {
    const value = f.value(entry, context);
    record[f.name] = value ?? (LIST_KINDS.has(f.kind) ? [] : null);
  }
  return record;
}

const schemaCache = new Map<CollectionName, JsonSchema>();

/**
 * The description a content field carries in its schema (`.describe()` in src/schemas/), by
 * path: `summary`, `evidence.level`, `transferability.conditions`. A record field that copies a
 * content field shows the same sentence as docs/content-model.md and the editors' schemas.
 */
export function describedAs(collection: CollectionName, path: string): string {
  let schema = schemaCache.get(collection);
  if (!schema) schemaCache.set(collection, (schema = collectionJsonSchema(collection)));
  let node: JsonSchema | undefined = schema;
  for (const key of path.split('.')) {
    const object: JsonSchema | undefined = node?.type === 'array' ? node.items : node;
    node = object?.properties?.[key];
  }
  if (!node?.description) throw new Error(`${collection}: the content schema has no description at ${path}`);
  return node.description;
}

function valueSchema(kind: FieldKind, values: readonly string[] | undefined): JsonSchema {
  switch (kind) {
    case 'id':
    case 'ids':
      return { type: 'string', pattern: SLUG_PATTERN };
    case 'date':
      return { type: 'string', pattern: PARTIAL_DATE_PATTERN };
    case 'url':
      return { type: 'string', format: 'uri' };
    case 'code':
    case 'codes':
      return values ? { type: 'string', enum: [...values] } : { type: 'string' };
    case 'text':
    case 'texts':
      return { type: 'string', minLength: 1 };
    case 'integer':
    case 'number':
    case 'boolean':
      return { type: kind };
  }
}

/** The JSON Schema of one field's value. */
function fieldSchema(f: Field<never>): JsonSchema {
  const base = valueSchema(f.kind, f.values);
  if (LIST_KINDS.has(f.kind)) return { description: f.description, type: 'array', items: base };
  if (!f.optional) return { description: f.description, ...base };
  return { description: f.description, ...base, type: [base.type as string, 'null'] };
}

/** The JSON Schema of one record: every field present, nothing else. */
export function recordSchema(fields: readonly Field<never>[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])),
    required: fields.map((f) => f.name),
    additionalProperties: false,
  };
}
