/**
 * The search index: Pagefind reads every page of the built site (only each page's article,
 * marked `data-pagefind-body`, with the filters, sort keys and meta the page declares), adds the
 * documents' PDF pages as records of their own, and writes `pagefind/` into the site. Pages in
 * Italian and in English go to separate indexes by their `lang`, each with its own stemming.
 */
import * as pagefind from 'pagefind';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfPageRecord } from '../src/lib/search/pdf-records.ts';

export interface SearchIndexSummary {
  pages: number;
  records: number;
}

const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

const failed = (what: string, errors: string[]) => new Error(`the search index could not ${what}: ${errors.join('; ')}`);

export async function writeSearchIndex(siteDir: string, records: readonly PdfPageRecord[]): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw failed('start', errors);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw failed('read the pages', added.errors);
    for (const record of records) {
      const response = await index.addCustomRecord(record);
      if (response.errors.length) throw failed(`index ${record.url}`, response.errors);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw failed('be written', written.errors);
    // Pagefind also writes its ready-made interfaces; the site has its own (src/client/search/).
    for (const file of readdirSync(join(siteDir, 'pagefind'))) {
      if (UNUSED_FILE.test(file)) rmSync(join(siteDir, 'pagefind', file));
    }
    return { pages: added.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}
