/** The catalogue of checked entries: what the build's file writer and the tests build outside Astro. */
import { buildCatalog, type Catalog, type CatalogInput } from '../catalog.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { ValidEntry } from './validate.ts';

export function catalogOf(entries: readonly ValidEntry[]): Catalog {
  const of = (collection: CollectionName) => entries.filter((e) => e.collection === collection);
  const items = (collection: CollectionName) => of(collection).map(({ id, data }) => ({ id, data }));
  const terms = (collection: CollectionName) => of(collection).map(({ data }) => data);
  // Validated data has the shape Astro's entries have: the same schemas with plainRef in place of reference().
  return buildCatalog({
    projects: items('projects'),
    practices: items('practices'),
    partners: items('partners'),
    territories: items('territories'),
    documents: items('documents'),
    themes: terms('themes'),
    targetGroups: terms('targetGroups'),
    interventionTypes: terms('interventionTypes'),
    funds: terms('funds'),
  } as unknown as CatalogInput);
}
