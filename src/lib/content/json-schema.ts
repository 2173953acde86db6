/**
 * JSON Schemas of every collection's front matter (or YAML file), exported from the same Zod
 * schemas the checker and Astro run. Editors get completion and inline errors from them
 * (`.vscode/settings.json`); `docs/content-model.md` is generated from them too.
 */
import { z } from 'astro/zod';
import { PARTIAL_DATE_PATTERN, partialDateSchemas, plainRef, referenceSchemas, SLUG_PATTERN } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';

/** The subset of JSON Schema the exporter produces and the reference generator reads. */
export interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  /** The collection a reference points to (an entry id of that collection). */
  'x-reference'?: CollectionName;
  /** A date at the precision the source gives: `2018`, `2021-07` or `2021-07-02`. */
  'x-partial-date'?: true;
}

/** Where the file of a collection's schema lives, relative to the repository root. */
export function schemaFileName(name: CollectionName): string {
  return `docs/schemas/${name}.schema.json`;
}

function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // Editors write the input: ids, not resolved references; dates as text.
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const target = jsonSchema as JsonSchema & Record<string, unknown>;
      const reference = referenceSchemas.get(zodSchema);
      if (reference) {
        target['x-reference'] = reference.collection;
        target.pattern = SLUG_PATTERN;
      }
      if (partialDateSchemas.get(zodSchema)) {
        target['x-partial-date'] = true;
        target.anyOf = [
          { type: 'string', pattern: PARTIAL_DATE_PATTERN },
          { type: 'integer', minimum: 1000, maximum: 9999 },
        ];
      }
    },
  }) as JsonSchema;
}

/** The JSON Schema of one collection: an entry's front matter, or a taxonomy file (a list of terms). */
export function collectionJsonSchema(name: CollectionName): JsonSchema {
  const spec = COLLECTIONS[name];
  const body = spec.kind === 'taxonomy' ? toJsonSchema(z.array(spec.schema())) : toJsonSchema(spec.schema(plainRef));
  const { $schema = 'https://json-schema.org/draft/2020-12/schema', ...rest } = body;
  return {
    $schema,
    title: `Atlante dell'inclusione: ${name}`,
    description: spec.description,
    ...rest,
  };
}

export function allJsonSchemas(): Record<CollectionName, JsonSchema> {
  return Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, collectionJsonSchema(name)]),
  ) as Record<CollectionName, JsonSchema>;
}
