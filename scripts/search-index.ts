/**
 * The search index: Pagefind reads the entry pages of the built site (only each page's article,
 * marked `data-pagefind-body`, with the filters, sort keys and meta the page declares), adds the
 * documents' PDF pages as records of their own, and writes `pagefind/` into the site.
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
import { LOCALES, SECTIONS, type Locale } from '../src/i18n/index.ts';
import type { PdfPageRecord } from '../src/lib/search/pdf-records.ts';

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

export async function writeSearchIndex(siteDir: string, records: readonly PdfPageRecord[]): Promise<SearchIndexSummary> {
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
  for (const file of readdirSync(outputPath)) {
    if (UNUSED_FILE.test(file)) rmSync(join(outputPath, file));
  }
  return { indexed: Object.values(languages).reduce((sum, language) => sum + language.page_count, 0), records: records.length };
}
