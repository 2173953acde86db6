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
  /** What an entry is, in a sentence, for the content-model reference and the JSON Schemas. */
  description: string;
  /** Folder under the content root; one file per entry, the file name is the id. */
  folder: string;
  /** Glob of the entry files inside the folder. */
  pattern: string;
  schema: (ref: RefFactory) => z.ZodType;
}

export interface TaxonomyCollectionSpec {
  kind: 'taxonomy';
  /** What a term is, in a sentence. */
  description: string;
  /** One YAML file holding a list of terms. */
  file: string;
  schema: () => z.ZodType;
}

export type CollectionSpec = EntryCollectionSpec | TaxonomyCollectionSpec;

export const COLLECTIONS = {
  projects: { kind: 'entries', description: 'A funded project: who ran it, where, when, with what aims and results. The Markdown body is the narrative description.', folder: 'projects', pattern: '**/*.{md,mdx}', schema: projectSchema },
  practices: { kind: 'entries', description: 'A practice a project documented: what was done, for whom, what came of it and how we know, whom to ask. The Markdown body tells it in full.', folder: 'practices', pattern: '**/*.{md,mdx}', schema: practiceSchema },
  partners: { kind: 'entries', description: "An organisation named by a source: a project's lead, partner, funder or managing body. The body is optional.", folder: 'partners', pattern: '**/*.{md,mdx}', schema: partnerSchema },
  documents: { kind: 'entries', description: 'A deliverable, report, tool or material a project produced. The body is the abstract.', folder: 'documents', pattern: '**/*.{md,mdx}', schema: documentSchema },
  territories: { kind: 'entries', description: 'A place in the territory tree (country, region, metropolitan city, province, health district, municipality), linked by `parent`.', folder: 'territories', pattern: '**/*.{yaml,yml}', schema: territorySchema },
  themes: { kind: 'taxonomy', description: 'A theme of the field (housing, work, participation…): used to browse and filter practices and projects.', file: 'taxonomies/themes.yaml', schema: taxonomyTermSchema },
  targetGroups: { kind: 'taxonomy', description: 'A group of people a practice or project is for.', file: 'taxonomies/target-groups.yaml', schema: taxonomyTermSchema },
  interventionTypes: { kind: 'taxonomy', description: 'A kind of intervention (training, individual pathways, local action plans…).', file: 'taxonomies/intervention-types.yaml', schema: taxonomyTermSchema },
  funds: { kind: 'taxonomy', description: 'A fund or programme that financed projects.', file: 'taxonomies/funds.yaml', schema: fundSchema },
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
