/**
 * Files the site has one of per entry or per term (the citation downloads of every practice,
 * project and document, the Atom feed of every territory and theme) and the open-data files
 * under /dati/, and the catalogue index of each language under /indice/. They are pure functions of the catalogue. `npm run build` writes them itself,
 * beside Astro (scripts/check-worker.ts): Astro's route pipeline costs about 0.3 ms per file
 * (31,000 files at 10,000 practices took 11 s of the build), and the open-data files, 130 MB at
 * that size, slowed every page while Astro held them. Under `astro dev` the endpoints in
 * src/pages serve each file from the same functions.
 */
import { withoutBase, type Locale } from '../i18n/index.ts';
import type { Catalog } from './catalog.ts';
import { citationFiles, citationOf, citedEntries, toBibtex, toCslJson, type CitationContext } from './citation.ts';
import { feedPath, practiceFeedXml, type FeedScope } from './feeds/practices.ts';
import { allFiles, buildOpenData, openDataPath } from './open-data/files.ts';
import { chunkFile, indexFolder, INDEX_FILE } from './search/index-paths.ts';
import type { CatalogIndexFiles } from './search/index-rows.ts';

export interface BulkFile {
  /** Path inside the output folder, e.g. `pratiche/x/citazione.bib`. */
  path: string;
  body: string | Uint8Array;
}

const outputPath = (url: string) => withoutBase(url).replace(/^\//, '');

/** The feeds written in bulk: one per territory and per theme (the site-wide feed is a page of its own). */
function bulkFeedScopes(catalog: Catalog): FeedScope[] {
  return [
    ...[...catalog.territories.keys()].map((id): FeedScope => ({ kind: 'territory', id })),
    ...[...catalog.taxonomies.themes.keys()].map((id): FeedScope => ({ kind: 'theme', id })),
  ];
}

export function* bulkFiles(catalog: Catalog, context: CitationContext): Generator<BulkFile> {
  for (const { kind, id } of citedEntries(catalog)) {
    const citation = citationOf(catalog, kind, id, context)!;
    const files = citationFiles(kind, id);
    yield { path: outputPath(files.bibtex), body: toBibtex(citation) };
    yield { path: outputPath(files.cslJson), body: toCslJson(citation) };
  }
  for (const scope of bulkFeedScopes(catalog)) yield { path: outputPath(feedPath(scope)), body: practiceFeedXml(catalog, context.site, scope) };
  const openData = buildOpenData({ catalog, absolute: (path) => new URL(path, context.site).href, modified: context.accessed.toISOString().slice(0, 10) });
  for (const file of allFiles(openData)) yield { path: outputPath(openDataPath(file.path)), body: file.body };
}

/** The catalogue index of one language: its columns and its card chunks (the Pagefind join is written after Pagefind). */
export function* catalogIndexBulkFiles(locale: Locale, files: CatalogIndexFiles): Generator<BulkFile> {
  yield { path: `${indexFolder(locale)}/${INDEX_FILE}`, body: JSON.stringify(files.index) };
  for (const [chunk, cards] of files.chunks.entries()) yield { path: `${indexFolder(locale)}/${chunkFile(chunk)}`, body: JSON.stringify(cards) };
}
