/**
 * Citations as the site serves them: from the catalogue, at the site's address, accessed on the
 * day of the build. The Cite block of each page and the download files use this one module, so a
 * page and its files carry the same citation.
 */
import type { Catalog } from '../lib/catalog.ts';
import { BUILD_DATE } from './build-date.ts';
import { getCatalog } from './catalog.ts';
import { SECTIONS } from '../i18n/index.ts';
import { citationOf, citedEntries, CITED_SECTIONS, type Citation, type CitedKind } from '../lib/citation.ts';


/** The citation of an entry of this build's catalogue (synchronous: pages already hold the catalogue). */
export function citationIn(catalog: Catalog, kind: CitedKind, id: string): Citation {
  const citation = citationOf(catalog, kind, id, { site: import.meta.env.SITE, accessed: BUILD_DATE });
  if (!citation) throw new Error(`there is no ${kind} "${id}" to cite`);
  return citation;
}

export async function getCitation(kind: CitedKind, id: string): Promise<Citation> {
  return citationIn(await getCatalog(), kind, id);
}

/**
 * Route parameters of the download files: one per practice, project and document, under its
 * Italian page. Only `astro dev` serves them through this route; `npm run build` writes them
 * itself (src/lib/bulk-files.ts).
 */
export async function citationPaths() {
  if (!import.meta.env.DEV) return [];
  return [...citedEntries(await getCatalog())].map(({ kind, id }) => ({ params: { section: SECTIONS[CITED_SECTIONS[kind]].it, id }, props: { kind } }));
}
