/**
 * The search index: Pagefind reads the entry pages of the built site (only each page's article,
 * marked `data-pagefind-body`, with the little meta a result shows), adds the documents' PDF
 * pages as records of their own, and writes `pagefind/` into the site. Pagefind knows words
 * only: facets, sorting and paging belong to the catalogue index, and the join file written
 * here maps each Pagefind record to its row (src/lib/search/pagefind-join.ts).
 *
 * One language at a time: Italian and English pages go to separate indexes anyway (each with
 * its own stemming), and Pagefind holds a whole index in memory until it is written, so two
 * passes lower the peak (at 10,000 practices: 4.1 GB seen with both languages in one pass,
 * 3.5 GiB one at a time). Each pass writes its own files; the entry file that lists the
 * languages is merged at the end.
 */
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LOCALES, SECTIONS, type Locale } from '../src/i18n/index.ts';
import { indexFolder, JOIN_FILE } from '../src/lib/search/index-paths.ts';
import { encodeJoin, type PagefindRecord } from '../src/lib/search/pagefind-join.ts';
import { pdfPageOf, type PdfPageRecord } from '../src/lib/search/pdf-records.ts';

export interface SearchIndexSummary {
  /** Pages and records in the index, all languages together. */
  indexed: number;
  /** PDF pages among them. */
  records: number;
}

/** Sections whose pages are entries (the only pages with an indexed article). */
const ENTRY_SECTIONS = ['practices', 'projects', 'territories', 'partners', 'documents'] as const;

/** Pagefind also writes its ready-made interfaces; the site has its own (src/client/search/). */
const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

const ENTRY_FILE = 'pagefind-entry.json';

interface EntryFile {
  version: string;
  languages: Record<string, { page_count: number }>;
  [key: string]: unknown;
}

const failed = (what: string, errors: string[]) => new Error(`the search index could not ${what}: ${errors.join('; ')}`);

/** The entry pages of one language, as a glob relative to the site folder: `{pratiche,progetti,…}/**\/*.html`. */
function entryPagesGlob(locale: Locale): string {
  const folders = ENTRY_SECTIONS.map((section) => SECTIONS[section][locale]).join(',');
  return `${locale === 'it' ? '' : `${locale}/`}{${folders}}/**/*.html`;
}

/** Pagefind's files start with this signature before their JSON or CBOR body. */
const SIGNATURE = 'pagefind_dcd';

/** Every record Pagefind wrote for a language, read back from its fragment files: its id and address. */
function writtenRecords(outputPath: string, locale: Locale): PagefindRecord[] {
  const folder = join(outputPath, 'fragment');
  return readdirSync(folder)
    .filter((file) => file.startsWith(`${locale}_`) && file.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      const { url } = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as { url: string };
      return { id: file.slice(0, -'.pf_fragment'.length), url };
    });
}

export async function writeSearchIndex(siteDir: string, records: readonly PdfPageRecord[], rowPaths: Record<Locale, readonly string[]>): Promise<SearchIndexSummary> {
  const outputPath = join(siteDir, 'pagefind');
  const languages: EntryFile['languages'] = {};
  let entry: EntryFile | undefined;
  try {
    for (const locale of LOCALES) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: locale });
      if (!index) throw failed('start', errors);
      const added = await index.addDirectory({ path: siteDir, glob: entryPagesGlob(locale) });
      if (added.errors.length) throw failed('read the pages', added.errors);
      for (const record of records.filter((r) => r.language === locale)) {
        const response = await index.addCustomRecord(record);
        if (response.errors.length) throw failed(`index ${record.url}`, response.errors);
      }
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw failed('be written', written.errors);
      await index.deleteIndex();
      entry = JSON.parse(readFileSync(join(outputPath, ENTRY_FILE), 'utf8')) as EntryFile;
      Object.assign(languages, entry.languages);
    }
  } finally {
    await pagefind.close();
  }
  writeFileSync(join(outputPath, ENTRY_FILE), JSON.stringify({ ...entry, languages }));
  for (const locale of LOCALES) {
    const joined = encodeJoin(`${locale}_`, rowPaths[locale], writtenRecords(outputPath, locale), pdfPageOf);
    writeFileSync(join(siteDir, indexFolder(locale), JOIN_FILE), JSON.stringify(joined));
  }
  for (const file of readdirSync(outputPath)) {
    if (UNUSED_FILE.test(file)) rmSync(join(outputPath, file));
  }
  return { indexed: Object.values(languages).reduce((sum, language) => sum + language.page_count, 0), records: records.length };
}
