/**
 * The files the build writes beside Astro: one BibTeX and one CSL-JSON file per cited entry,
 * one feed per territory and theme, and the open-data files, at the paths the pages link to, with the same text the
 * `astro dev` endpoints serve.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulkFiles } from '../../src/lib/bulk-files.ts';
import { citationFiles, citationOf, toBibtex } from '../../src/lib/citation.ts';
import { feedPath, practiceFeedXml } from '../../src/lib/feeds/practices.ts';
import { catalogOfTree } from '../support/catalog-builder.ts';

const catalog = catalogOfTree(join(import.meta.dirname, '../fixtures/site'));
const context = { site: 'https://example.org', accessed: new Date('2026-11-23T10:00:00Z') };
const files = new Map([...bulkFiles(catalog, context)].map((file) => [file.path, file.body]));

describe('bulk files', () => {
  it('cover every practice, project and document twice, every territory and theme once, and every open-data file', () => {
    const cited = catalog.practices.size + catalog.projects.size + catalog.documents.size;
    const feeds = catalog.territories.size + catalog.taxonomies.themes.size;
    const openData = [...files.keys()].filter((path) => path.startsWith('dati/'));
    expect(openData).toEqual(expect.arrayContaining(['dati/pratiche.csv', 'dati/atlante.json', 'dati/catalogo.jsonld', 'dati/schemi/pratiche.schema.json']));
    expect(files.size).toBe(2 * cited + feeds + openData.length);
  });

  it('sit where the pages link to them, with the text the dev endpoints serve', () => {
    const bib = citationFiles('practice', 'pratica-casa').bibtex;
    expect(files.get(bib.slice(1))).toBe(toBibtex(citationOf(catalog, 'practice', 'pratica-casa', context)!));
    const feed = feedPath({ kind: 'territory', id: 'sicilia' });
    expect(feed).toBe('/territori/sicilia/feed.xml');
    expect(files.get('territori/sicilia/feed.xml')).toBe(practiceFeedXml(catalog, context.site, { kind: 'territory', id: 'sicilia' }));
  });
});
