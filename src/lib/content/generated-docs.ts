/** The files `npm run schemas` writes, as path → text: one place for the script and the staleness test. */
import type { CollectionName } from '../../schemas/index.ts';
import { contentModelMarkdown } from './content-model-doc.ts';
import { allJsonSchemas, schemaFileName } from './json-schema.ts';

export function contentModelFiles(): Record<string, string> {
  const schemas = allJsonSchemas();
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas) as [CollectionName, unknown][]) {
    files[schemaFileName(name)] = `${JSON.stringify(schema, null, 2)}\n`;
  }
  files['docs/content-model.md'] = contentModelMarkdown(schemas);
  return files;
}
