/**
 * The content model in one place: which folder holds which collection, its format and its
 * schema. Astro's content config, the standalone checker and the generator all read this.
 */
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import type { CollectionName, RefFactory } from './common.ts';
import { documentSchema } from './document.ts';
import { partnerSchema } from './partner.ts';
import { practiceSchema } from './practice.ts';
import { projectSchema } from './project.ts';
import { fundSchema, taxonomyTermSchema } from './taxonomy.ts';
import { territorySchema } from './territory.ts';

export interface EntryCollectionSpec {
  kind: 'entries';
  /** Folder under the content root; one file per entry, the file name is the id. */
  folder: string;
  /** Glob of the entry files inside the folder. */
  pattern: string;
  schema: (ref: RefFactory) => z.ZodType;
}

export interface TaxonomyCollectionSpec {
  kind: 'taxonomy';
  /** One YAML file holding a list of terms. */
  file: string;
  schema: () => z.ZodType;
}

export type CollectionSpec = EntryCollectionSpec | TaxonomyCollectionSpec;

export const COLLECTIONS = {
  projects: { kind: 'entries', folder: 'projects', pattern: '**/*.{md,mdx}', schema: projectSchema },
  practices: { kind: 'entries', folder: 'practices', pattern: '**/*.{md,mdx}', schema: practiceSchema },
  partners: { kind: 'entries', folder: 'partners', pattern: '**/*.{md,mdx}', schema: partnerSchema },
  documents: { kind: 'entries', folder: 'documents', pattern: '**/*.{md,mdx}', schema: documentSchema },
  territories: { kind: 'entries', folder: 'territories', pattern: '**/*.{yaml,yml}', schema: territorySchema },
  themes: { kind: 'taxonomy', file: 'taxonomies/themes.yaml', schema: taxonomyTermSchema },
  targetGroups: { kind: 'taxonomy', file: 'taxonomies/target-groups.yaml', schema: taxonomyTermSchema },
  interventionTypes: { kind: 'taxonomy', file: 'taxonomies/intervention-types.yaml', schema: taxonomyTermSchema },
  funds: { kind: 'taxonomy', file: 'taxonomies/funds.yaml', schema: fundSchema },
} as const satisfies Record<CollectionName, CollectionSpec>;

export type { CollectionName, Ref, RefFactory } from './common.ts';

/** The content root: `content/`, or the tree `CONTENT_DIR` points at (fixtures, synthetic benchmarks). */
export function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

/** Where an editor finds the entries of a collection, e.g. `content/projects/`. */
export function collectionLocation(name: CollectionName): string {
  const spec: CollectionSpec = COLLECTIONS[name];
  return spec.kind === 'taxonomy' ? `content/${spec.file}` : `content/${spec.folder}/`;
}
