/** PDFs made for tests with pdf-lib: one with text on known pages, one with no text layer, one corrupt. */
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** A PDF whose page N (1-based) carries `pages[N - 1]` as its text. */
export async function textPdf(pages: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = pdf.addPage([595, 842]);
    text.split('\n').forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font }));
  }
  return pdf.save();
}

/** A PDF with drawings and no text: what a scan without OCR looks like to an indexer. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 600, width: 300, height: 150, color: rgb(0.2, 0.4, 0.6) });
  return pdf.save();
}

/** Bytes that start like a PDF and then break off. */
export function corruptPdf(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nthis is not a PDF any more');
}
