/**
 * `docs/content-model.md`: the reference of every collection and field, written from the
 * exported JSON Schemas so it can never disagree with what the checker enforces.
 */
import { COLLECTIONS, collectionLocation, type CollectionName } from '../../schemas/index.ts';
import { LIMITS } from '../../schemas/common.ts';
import type { JsonSchema } from './json-schema.ts';

interface Row {
  field: string;
  type: string;
  required: string;
  description: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function objectVariant(schema: JsonSchema): JsonSchema | undefined {
  if (schema.type === 'object') return schema;
  return schema.anyOf?.find((variant) => variant.type === 'object');
}

function typeOf(schema: JsonSchema): string {
  if (schema['x-reference']) return `id of ${referenceLink(schema['x-reference'])}`;
  if (schema['x-partial-date']) return 'date: `2018`, `2021-07` or `2021-07-02`';
  if (schema.enum) return `one of ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(', or ');
  switch (schema.type) {
    case 'string':
      if (schema.format === 'email') return 'e-mail address';
      if (schema.pattern) return `text matching \`${schema.pattern}\``;
      return schema.maxLength ? `text (up to ${schema.maxLength.toLocaleString('en')} characters)` : 'text';
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
    case 'number': {
      const range = schema.minimum !== undefined && schema.maximum !== undefined ? ` from ${schema.minimum} to ${schema.maximum}` : schema.minimum !== undefined ? ` ≥ ${schema.minimum}` : '';
      return `${schema.type === 'integer' ? 'whole number' : 'number'}${range}`;
    }
    case 'object':
      return 'group of fields (below)';
    case 'array': {
      const least = schema.minItems ? `, at least ${schema.minItems}` : '';
      const items = schema.items;
      const element = !items ? 'values' : objectVariant(items) === items ? 'items with the fields below' : typeOf(items).replace('group of fields (below)', 'items with the fields below');
      return `list of ${element}${least}`;
    }
    default:
      return 'any value';
  }
}

function referenceLink(collection: CollectionName): string {
  return `[${collection}](#${collection.toLowerCase()})`;
}

function rows(schema: JsonSchema, prefix: string): Row[] {
  const object = objectVariant(schema);
  if (!object?.properties) return [];
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const hasDefault = field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0);
    const optional = hasDefault ? `no (default \`${JSON.stringify(field.default)}\`)` : 'no';
    const row: Row = {
      field: `\`${path}\``,
      type: typeOf(field),
      required: required.has(name) ? '**yes**' : optional,
      description: field.description ?? '',
    };
    const element = field.type === 'array' && field.items ? field.items : field;
    const nestedPrefix = field.type === 'array' ? `${path}[].` : `${path}.`;
    return [row, ...rows(element, nestedPrefix)];
  });
}

function table(schema: JsonSchema): string {
  const lines = ['| Field | Type | Required | Description |', '|---|---|---|---|'];
  for (const row of rows(schema, '')) lines.push(`| ${row.field} | ${cell(row.type)} | ${row.required} | ${cell(row.description)} |`);
  return lines.join('\n');
}

export function contentModelMarkdown(schemas: Record<CollectionName, JsonSchema>): string {
  const sections = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => {
    const spec = COLLECTIONS[name];
    const schema = schemas[name];
    const format =
      spec.kind === 'taxonomy'
        ? 'One YAML file holding a list of terms; each term has the fields below.'
        : spec.folder === 'territories'
          ? 'One YAML file per entry; the file name (without `.yaml`) is the id.'
          : 'One Markdown file per entry (`.md`, or `.mdx` to use the allowed components) with the fields below as YAML front matter; the file name is the id, the text after the front matter is the body.';
    return [
      `## ${name}`,
      '',
      `${spec.description}`,
      '',
      `Where: \`${collectionLocation(name)}\`. ${format} JSON Schema: [\`${name}.schema.json\`](schemas/${name}.schema.json).`,
      '',
      table(spec.kind === 'taxonomy' && schema.items ? schema.items : schema),
    ].join('\n');
  });
  return [
    '# Content model',
    '',
    '<!-- Generated from src/schemas/ by `npm run schemas`: do not edit by hand (a test fails when this file is stale). -->',
    '',
    'Every collection of the Atlante, its fields, their types and what they mean. `npm run check` enforces exactly this;',
    'the JSON Schemas in [`docs/schemas/`](schemas/) give editors completion and inline errors.',
    '',
    '- **Ids** are file names: lowercase letters, digits and hyphens (`roma-capitale`). A field typed "id of …" takes the id of an entry of that collection.',
    '- **Dates** keep the precision of the source: a year (`2018`), a month (`2021-07`) or a day (`2021-07-02`).',
    `- **Text limits**: titles and names up to ${LIMITS.label} characters, summaries up to ${LIMITS.summary.toLocaleString('en')}, other texts up to ${LIMITS.text.toLocaleString('en')}; longer prose belongs in the body.`,
    '- **Expected and achieved results** are separate fields: a plan never goes under achieved results.',
    '- Fields marked "no" are optional: leave them out rather than guess.',
    '- **Bodies** are Markdown. A `.mdx` body may also use the components listed in [`src/components/mdx/README.md`](../src/components/mdx/README.md), and nothing else: no `import`/`export`, `{…}` expressions, scripts, iframes, event handlers or `javascript:`/`data:` addresses (`npm run check` refuses them).',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
