/**
 * The text of a PDF, page by page, for the search index. A PDF without a text layer (a scan)
 * or one that cannot be read is not an error of the build: the document stays listed, and the
 * build says which file it could not index and why.
 */
import { extractText, getDocumentProxy } from 'unpdf';

export type PdfText =
  | { status: 'ok'; pages: string[] }
  /** Pages were read but none has text: a scan or an image-only file. */
  | { status: 'no-text'; pageCount: number }
  | { status: 'unreadable'; reason: string };

/** Whitespace runs become one space: PDF text comes in positioned fragments. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  try {
    // pdf.js takes ownership of the buffer it is given (a copy leaves the caller's intact) and
    // prints its repairs of damaged files to the console (verbosity 0: errors only, which throw).
    const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { totalPages, text } = await extractText(document, { mergePages: false });
    const pages = text.map(tidy);
    if (pages.every((page) => page === '')) return { status: 'no-text', pageCount: totalPages };
    return { status: 'ok', pages };
  } catch (error) {
    return { status: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}
