/**
 * `npm run schemas`: writes the JSON Schema of every collection to docs/schemas/ and the
 * content-model reference to docs/content-model.md, both from src/schemas/. Run it after
 * changing a schema; a test fails while the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contentModelFiles } from '../src/lib/content/generated-docs.ts';

for (const [path, text] of Object.entries(contentModelFiles())) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
