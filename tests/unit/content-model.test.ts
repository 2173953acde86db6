/**
 * The exported JSON Schemas and docs/content-model.md: committed files match what the schemas
 * produce, and the JSON Schemas accept the real content and reject what the checker rejects,
 * so an editor's VS Code agrees with `npm run check`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { contentModelFiles } from '../../src/lib/content/generated-docs.ts';
import { collectionJsonSchema, type JsonSchema } from '../../src/lib/content/json-schema.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '../..');

const validators = new Map<CollectionName, ReturnType<Ajv2020['compile']>>();

function validator(name: CollectionName) {
  const cached = validators.get(name);
  if (cached) return cached;
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  ajv.addKeyword('x-reference');
  ajv.addKeyword('x-partial-date');
  const schema = collectionJsonSchema(name);
  const validate = ajv.compile(COLLECTIONS[name].kind === 'taxonomy' ? (schema.items as JsonSchema) : schema);
  validators.set(name, validate);
  return validate;
}

describe('generated reference files', () => {
  it.each(Object.entries(contentModelFiles()))('%s is up to date (run `npm run schemas` after changing src/schemas/)', (path, text) => {
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(text);
  });

  it('documents every field of the practice schema, with its type and whether it is required', () => {
    const doc = contentModelFiles()['docs/content-model.md']!;
    expect(doc).toContain('| `evidence.level` | one of `declared`, `monitored`, `evaluated`, `independently-evaluated` | **yes** |');
    expect(doc).toContain('| `territories` | list of id of [territories](#territories), at least 1 | **yes** | Territories where it was carried out. |');
    expect(doc).toContain('| `period.start` | date: `2018`, `2021-07` or `2021-07-02` | no |');
  });
});

describe('JSON Schemas', () => {
  const { entries } = readContent(join(ROOT, 'content'), ROOT);

  it('accept every entry of the real content', () => {
    const failures = entries.flatMap((entry) => {
      const validate = validator(entry.collection);
      return validate(entry.data) ? [] : [`${entry.file} ${entry.id}: ${JSON.stringify(validate.errors)}`];
    });
    expect(entries.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });

  it('reject what the checker rejects: unknown fields, impossible dates, evidence levels out of the list, overlong titles', () => {
    const practice = entries.find((entry) => entry.collection === 'practices')!;
    const validate = validator('practices');
    const broken = (change: Record<string, unknown>) => validate({ ...(practice.data as object), ...change });
    expect(broken({ titel: 'x' })).toBe(false);
    expect(broken({ period: { start: '2021-13' } })).toBe(false);
    expect(broken({ evidence: { level: 'proven', note: 'x' } })).toBe(false);
    expect(broken({ title: 'x'.repeat(301) })).toBe(false);
    expect(broken({ territories: ['Palermo'] })).toBe(false);
    expect(broken({ period: { start: 2019, end: '2021-07-02' } })).toBe(true);
  });
});
