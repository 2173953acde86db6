/**
 * The search index the build writes: both languages, PDF problems reported in the build's
 * output by file name without stopping it, and the documents still listed and linked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';

let outDir: string;
let log: string;

beforeAll(() => {
  outDir = inject('fixtureSite');
  log = inject('fixtureBuildLog');
});

describe('the search index of the fixture site', () => {
  it('has an Italian and an English index, and none of Pagefind’s own interfaces', () => {
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'it']);
    expect(entry.languages.it!.page_count).toBe(entry.languages.en!.page_count);
    expect(readdirSync(join(outDir, 'pagefind')).filter((file) => file.startsWith('pagefind-') && file !== 'pagefind-entry.json' && file !== 'pagefind-worker.js')).toEqual([]);
  });

  it('reports a PDF without text and a corrupt PDF by file name, and goes on', () => {
    expect(log).toMatch(/warning {2}content\/documents\/files\/verbale-scansionato\.pdf {2}has no text layer \(1 page, a scan\?\)/);
    expect(log).toMatch(/warning {2}content\/documents\/files\/rapporto-danneggiato\.pdf {2}could not be read/);
    expect(log).toContain('Site written to');
  });

  it('still lists and links both documents, and serves their PDFs', () => {
    const listing = readFileSync(join(outDir, 'documenti/index.html'), 'utf8');
    for (const id of ['verbale-scansionato', 'rapporto-danneggiato']) {
      expect(listing).toContain(`href="/documenti/${id}/"`);
      expect(readFileSync(join(outDir, `documenti/${id}/index.html`), 'utf8')).toContain(`href="/documenti/files/${id}.pdf"`);
      expect(existsSync(join(outDir, `documenti/files/${id}.pdf`))).toBe(true);
    }
  });
});
