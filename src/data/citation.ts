/**
 * Citations as the site serves them: from the catalogue, at the site's address, accessed on the
 * day of the build. The Cite block of each page and the download files use this one module, so a
 * page and its files carry the same citation.
 */
import type { Catalog } from '../lib/catalog.ts';
import { getCatalog } from './catalog.ts';
import { SECTIONS } from '../i18n/index.ts';
import { citationOf, CITED_KINDS, CITED_SECTIONS, type Citation, type CitedKind } from '../lib/citation.ts';

/**
 * The day the site was built: what a citation gives as the date the page was read. The build
 * script sets ATLANTE_BUILD_DATE so that pages and the files it writes itself say the same day.
 */
const BUILD_DATE = new Date(process.env.ATLANTE_BUILD_DATE ?? Date.now());

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
  const catalog = await getCatalog();
  const entries = { practice: catalog.practices, project: catalog.projects, document: catalog.documents };
  return CITED_KINDS.flatMap((kind) =>
    [...entries[kind].keys()].map((id) => ({ params: { section: SECTIONS[CITED_SECTIONS[kind]].it, id }, props: { kind } })),
  );
}
