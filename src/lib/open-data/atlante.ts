/**
 * `atlante.json`: the whole catalogue in one file, every collection with every field, in the
 * form editors write it (the content model, docs/content-model.md): relations as ids, dates as
 * ISO 8601 text at the precision the source gives. Its JSON Schema is built from the same
 * content schemas, so it validates exactly like the content files do.
 */
import { collectionJsonSchema, type JsonSchema } from '../content/json-schema.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { Catalog, Entry } from '../catalog.ts';
import { toIso, type PartialDate } from '../partial-date.ts';

/** The collections in the order `atlante.json` lists them. */
const ATLANTE_COLLECTIONS = ['practices', 'projects', 'partners', 'territories', 'documents', 'themes', 'targetGroups', 'interventionTypes', 'funds'] as const satisfies readonly CollectionName[];

export interface AtlanteHeader {
  title: string;
  /** Address of the licence. */
  license: string;
  /** Build date, `YYYY-MM-DD`. */
  modified: string;
  /** Address of the open-data page. */
  source: string;
}

/** The branch of a schema that describes an object (results are a text or an object). */
function objectBranch(schema: JsonSchema): JsonSchema | undefined {
  if (schema.properties) return schema;
  return schema.anyOf?.find((branch) => branch.properties);
}

/**
 * A parsed value back in the form its schema accepts as input, guided by the schema's marks:
 * references (`{ collection, id }`) become their id, partial dates their ISO text.
 */
function toInputForm(schema: JsonSchema, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (schema['x-reference']) return (value as { id: string }).id;
  if (schema['x-partial-date']) return toIso(value as PartialDate);
  if (Array.isArray(value)) return value.map((item) => toInputForm(schema.items ?? {}, item));
  if (typeof value === 'object') {
    const properties = objectBranch(schema)?.properties ?? {};
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) => [key, toInputForm(properties[key] ?? {}, v)]),
    );
  }
  return value;
}

type TaxonomyCollection = 'themes' | 'targetGroups' | 'interventionTypes' | 'funds';
type EntryCollection = Exclude<(typeof ATLANTE_COLLECTIONS)[number], TaxonomyCollection>;
const isTaxonomy = (name: CollectionName): name is TaxonomyCollection => COLLECTIONS[name].kind === 'taxonomy';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every collection of the catalogue in input form, ordered by id; entries gain their `id` first. */
export function atlanteCollections(catalog: Catalog): Record<(typeof ATLANTE_COLLECTIONS)[number], unknown[]> {
  const result = {} as Record<(typeof ATLANTE_COLLECTIONS)[number], unknown[]>;
  for (const name of ATLANTE_COLLECTIONS) {
    const schema = collectionJsonSchema(name);
    if (isTaxonomy(name)) {
      result[name] = [...catalog.taxonomies[name].values()].sort(byId).map((term) => toInputForm(schema.items ?? {}, term));
    } else {
      const entries: Entry<unknown>[] = [...catalog[name satisfies EntryCollection].values()];
      result[name] = entries.sort(byId).map((entry) => ({ id: entry.id, ...(toInputForm(schema, entry.data) as object) }));
    }
  }
  return result;
}

/** The file's text: the header, then each collection with one entry per line. */
export function atlanteText(header: AtlanteHeader, collections: Record<string, unknown[]>): string {
  const head = Object.entries(header).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  const lists = Object.entries(collections).map(([name, items]) => `${JSON.stringify(name)}:[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`);
  return `{${[...head, ...lists].join(',\n')}}\n`;
}

/** The JSON Schema of `atlante.json`: the header, and each collection's entries as the content schemas describe them. */
export function atlanteSchema(): JsonSchema {
  const collections = Object.fromEntries(
    ATLANTE_COLLECTIONS.map((name) => {
      const { $schema: _schema, title: _title, ...schema } = collectionJsonSchema(name);
      if (isTaxonomy(name)) return [name, schema];
      const item: JsonSchema = {
        ...schema,
        properties: { id: { type: 'string', pattern: SLUG_PATTERN, description: 'Stable id of the entry: its file name.' }, ...schema.properties },
        required: ['id', ...(schema.required ?? [])],
      };
      return [name, { type: 'array', ...(schema.description ? { description: schema.description } : {}), items: item } satisfies JsonSchema];
    }),
  );
  return {
    type: 'object',
    properties: {
      title: { type: 'string' },
      license: { type: 'string', format: 'uri' },
      modified: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      source: { type: 'string', format: 'uri' },
      ...collections,
    },
    required: ['title', 'license', 'modified', 'source', ...ATLANTE_COLLECTIONS],
    additionalProperties: false,
  };
}
