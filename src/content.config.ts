/**
 * Astro's content collections, derived from the content model in src/schemas/index.ts.
 * `CONTENT_DIR` points the build at another content tree (test fixtures, synthetic benchmarks).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { basename, extname, resolve } from 'node:path';
import type { RefFactory } from './schemas/common.ts';
import { COLLECTIONS, contentRoot, type EntryCollectionSpec, type TaxonomyCollectionSpec } from './schemas/index.ts';

const contentDir = contentRoot();
// Astro's reference() has the same input and output as our RefFactory; only its static type is wider.
const ref = reference as unknown as RefFactory;

/** The id of an entry is its file name, wherever it sits in the folder. */
const entries = ({ folder, pattern }: EntryCollectionSpec) =>
  glob({
    base: resolve(contentDir, folder),
    pattern,
    generateId: ({ entry }) => basename(entry, extname(entry)),
    // Nothing reads the raw Markdown once it is rendered. (Deferred rendering was measured
    // slower and heavier at 10,000 entries: 157 s / 7.1 GB against 76 s / 2.6 GB.)
    retainBody: false,
  });

const taxonomy = (spec: TaxonomyCollectionSpec) => file(resolve(contentDir, spec.file));

export const collections = {
  projects: defineCollection({ loader: entries(COLLECTIONS.projects), schema: COLLECTIONS.projects.schema(ref) }),
  practices: defineCollection({ loader: entries(COLLECTIONS.practices), schema: COLLECTIONS.practices.schema(ref) }),
  partners: defineCollection({ loader: entries(COLLECTIONS.partners), schema: COLLECTIONS.partners.schema(ref) }),
  documents: defineCollection({ loader: entries(COLLECTIONS.documents), schema: COLLECTIONS.documents.schema(ref) }),
  territories: defineCollection({ loader: entries(COLLECTIONS.territories), schema: COLLECTIONS.territories.schema(ref) }),
  themes: defineCollection({ loader: taxonomy(COLLECTIONS.themes), schema: COLLECTIONS.themes.schema() }),
  targetGroups: defineCollection({ loader: taxonomy(COLLECTIONS.targetGroups), schema: COLLECTIONS.targetGroups.schema() }),
  interventionTypes: defineCollection({ loader: taxonomy(COLLECTIONS.interventionTypes), schema: COLLECTIONS.interventionTypes.schema() }),
  funds: defineCollection({ loader: taxonomy(COLLECTIONS.funds), schema: COLLECTIONS.funds.schema() }),
};
