/**
 * Runs the content check in a child process, on the core Astro leaves free, and sends back the
 * problems at once. When the content is valid it then writes the bulk files (citation downloads,
 * territory and theme feeds, open data: src/lib/bulk-files.ts) into the staging folder Astro is
 * building into, copies the documents' PDFs there and reads their text for the search index
 * (sent back as records: Pagefind indexes them with the pages once Astro is done), writes the
 * catalogue index of each language (sending back its rows' addresses for the Pagefind join), and exits. A process rather than a worker thread: its memory goes back to the
 * system when it ends, before Astro's peak (a thread's did not: 0.8 GiB stayed with the build).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { attachmentPath, LOCALES, withoutBase, type Locale } from '../src/i18n/index.ts';
import { bulkFiles, catalogIndexBulkFiles } from '../src/lib/bulk-files.ts';
import type { Catalog } from '../src/lib/catalog.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { catalogOf } from '../src/lib/content/to-catalog.ts';
import { catalogIndexFiles } from '../src/lib/search/index-rows.ts';
import { pdfPageRecords, type PdfPageRecord } from '../src/lib/search/pdf-records.ts';
import { pdfText } from '../src/lib/search/pdf-text.ts';
import { siteUrl } from '../src/lib/site-url.ts';

export interface CheckWorkerData {
  contentDir: string;
  /** Where to write the bulk files: the staging folder Astro builds into (nothing is written when the content has errors). */
  bulkDir: string;
  /** ISO time of the build, shared with Astro (ATLANTE_BUILD_DATE). */
  buildDate: string;
}

const { contentDir, bulkDir, buildDate } = JSON.parse(process.argv[2]!) as CheckWorkerData;
const send = (message: unknown) => new Promise<void>((done) => process.send!(message, () => done()));

/** The checked entries' data only: file texts, bodies and YAML positions are let go before the catalogue is built. */
function check() {
  const { problems, errors, entries } = checkContent(contentDir);
  return { problems, errors, entries: errors ? [] : entries.map(({ collection, id, file, data }) => ({ collection, id, file, data, body: '', locate: () => undefined })) };
}

/** A note for the build's output about a PDF whose text could not be indexed. */
export interface PdfNotice {
  file: string;
  message: string;
}

/** Copies each document's PDF to its address in the site and turns its text into search records. */
async function documentPdfs(catalog: Catalog): Promise<{ records: PdfPageRecord[]; notices: PdfNotice[]; copied: number }> {
  const records: PdfPageRecord[] = [];
  const notices: PdfNotice[] = [];
  let copied = 0;
  for (const document of catalog.documents.values()) {
    const file = document.data.file;
    if (!file) continue;
    // Read once: the same bytes are written to the site and read for the index.
    const bytes = readFileSync(join(contentDir, 'documents', file));
    const target = join(bulkDir, withoutBase(attachmentPath(file)));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    copied++;
    const text = await pdfText(bytes);
    const shown = `content/documents/${file}`;
    if (text.status === 'ok') records.push(...pdfPageRecords(catalog, document, text.pages));
    else if (text.status === 'no-text') notices.push({ file: shown, message: `has no text layer (${text.pageCount === 1 ? '1 page' : `${text.pageCount} pages`}, a scan?): the document is listed, but its text cannot be searched; add an OCR'd version to make it searchable` });
    else notices.push({ file: shown, message: `could not be read (${text.reason}): the document is listed and linked, but its text is not in the search index; check the file opens in a PDF reader` });
  }
  return { records, notices, copied };
}

const started = performance.now();
const { problems, errors, entries } = check();
await send({ kind: 'checked', problems, errors });
if (!errors) {
  const catalog = catalogOf(entries);
  const made = new Set<string>();
  let written = 0;
  const indexes = LOCALES.map((locale) => [locale, catalogIndexFiles(catalog, locale)] as const);
  const generators = [bulkFiles(catalog, { site: siteUrl(), accessed: new Date(buildDate) }), ...indexes.map(([locale, index]) => catalogIndexBulkFiles(locale, index))];
  for (const generator of generators) {
    for (const file of generator) {
      const path = join(bulkDir, file.path);
      const folder = dirname(path);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(path, file.body);
      written++;
    }
  }
  const pdfs = await documentPdfs(catalog);
  // Each row's page address, for the join of Pagefind's records to rows once Pagefind has run.
  const rowPaths = Object.fromEntries(indexes.map(([locale, index]) => [locale, index.paths])) as Record<Locale, string[]>;
  await send({ kind: 'written', files: written + pdfs.copied, ms: Math.round(performance.now() - started), records: pdfs.records, notices: pdfs.notices, rowPaths });
}
process.disconnect();
