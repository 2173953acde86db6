/**
 * The pages of a document's PDF as search records: one per page with text, in each language's
 * index. The join (src/lib/search/pagefind-join.ts) makes a hit a row of its document, with the
 * page number, so the document's facets apply. A hit leads to the document's page (where the
 * abstract, project and sources are) and, through `pdf`, to the PDF opened at that page.
 */
import { attachmentPath, LOCALES, pathTo, withoutBase, type Locale } from '../../i18n/index.ts';
import type { Catalog, Document } from '../catalog.ts';
import { documentRecord } from './record.ts';

/**
 * Pagefind keeps one record per URL (a later one replaces an earlier one), so each PDF page
 * gets its own address: the document's page with the PDF page number as a query parameter,
 * which the static page ignores and the result list drops.
 */
export const PDF_PAGE_PARAM = 'pdf-pagina';

export interface PdfPageRecord {
  /** The document's page and the PDF page number, without the base path (the search client adds it). */
  url: string;
  content: string;
  language: Locale;
  meta: Record<string, string>;
}

/** A PDF page record's address read back: its document's page address and the page number. */
export function pdfPageOf(url: string): { path: string; page: number } | undefined {
  const match = new RegExp(`^([^?]*)\\?${PDF_PAGE_PARAM}=(\\d+)$`).exec(url);
  return match ? { path: match[1]!, page: Number(match[2]) } : undefined;
}

export function pdfPageRecords(catalog: Catalog, document: Document, pages: readonly string[]): PdfPageRecord[] {
  const file = document.data.file;
  if (!file) return [];
  return LOCALES.flatMap((locale) => {
    const record = documentRecord(catalog, document, locale);
    return pages.flatMap((content, index) =>
      content
        ? [
            {
              url: `${withoutBase(pathTo(locale, 'documents', document.id))}?${PDF_PAGE_PARAM}=${index + 1}`,
              content,
              language: locale,
              meta: {
                title: document.data.title,
                tipo: record.meta.tipo,
                ...(record.meta.territorio ? { territorio: record.meta.territorio } : {}),
                pdf: `${withoutBase(attachmentPath(file))}#page=${index + 1}`,
                pagina: String(index + 1),
              },
            },
          ]
        : [],
    );
  });
}
