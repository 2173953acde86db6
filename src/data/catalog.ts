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

/**
 * Bodies rendered recently. Each entry's Italian and English pages are built one after the
 * other and show the same body: rendering it once halves the Markdown work of a build, while
 * a short memory keeps a 10,000-entry build from holding every body at once.
 */
const recentBodies = new Map<string, ReturnType<typeof render>>();
const RECENT_BODIES = 32;

/** Renders the Markdown/MDX body of an entry the catalogue handed out. */
export function renderBody<C extends Renderable>(entry: { id: string; data: unknown; collection?: string }) {
  const key = `${entry.collection ?? ''}/${entry.id}`;
  let rendered = recentBodies.get(key);
  if (!rendered) {
    rendered = render(entry as CollectionEntry<C>);
    recentBodies.set(key, rendered);
    if (recentBodies.size > RECENT_BODIES) recentBodies.delete(recentBodies.keys().next().value!);
  }
  return rendered;
}
