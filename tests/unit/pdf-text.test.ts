import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/lib/search/pdf-text.ts';
import { corruptPdf, imageOnlyPdf, textPdf } from '../support/pdf-fixtures.ts';

describe('text of a PDF for the index', () => {
  it('gives the text of each page, in order, with whitespace tidied', async () => {
    const text = await pdfText(await textPdf(['Prima pagina di prova', 'Il rafforzamento delle competenze\ndegli operatori comunali', '']));
    expect(text).toEqual({ status: 'ok', pages: ['Prima pagina di prova', 'Il rafforzamento delle competenze degli operatori comunali', ''] });
  });

  it('tells a PDF with no text layer apart from an unreadable one', async () => {
    expect(await pdfText(await imageOnlyPdf())).toEqual({ status: 'no-text', pageCount: 1 });
    const corrupt = await pdfText(corruptPdf());
    expect(corrupt.status).toBe('unreadable');
    expect(corrupt.status === 'unreadable' && corrupt.reason.length).toBeGreaterThan(0);
  });
});
