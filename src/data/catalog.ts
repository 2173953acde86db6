/**
 * The one place pages get content from: every collection is read once per build and handed
 * to the pure catalogue builder. Pages ask this module, never `getCollection` directly.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog, type CatalogInput } from '../lib/catalog.ts';

let catalogPromise: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [projects, practices, partners, territories, documents, themes, targetGroups, interventionTypes, funds] = await Promise.all([
    getCollection('projects'),
    getCollection('practices'),
    getCollection('partners'),
    getCollection('territories'),
    getCollection('documents'),
    getCollection('themes'),
    getCollection('targetGroups'),
    getCollection('interventionTypes'),
    getCollection('funds'),
  ]);
  // Astro's entry types are structurally the schema outputs; the cast only widens reference types.
  const input = {
    projects,
    practices,
    partners,
    territories,
    documents,
    themes: themes.map((t) => t.data),
    targetGroups: targetGroups.map((t) => t.data),
    interventionTypes: interventionTypes.map((t) => t.data),
    funds: funds.map((t) => t.data),
  } as unknown as CatalogInput;
  return buildCatalog(input);
}

export function getCatalog(): Promise<Catalog> {
  catalogPromise ??= load();
  return catalogPromise;
}

type Renderable = 'projects' | 'practices' | 'partners' | 'documents';

/** Renders the Markdown/MDX body of an entry the catalogue handed out. */
export function renderBody<C extends Renderable>(entry: { id: string; data: unknown }) {
  return render(entry as CollectionEntry<C>);
}
