/**
 * Citations on the built fixture site: every practice, project and document page, in both
 * languages, has a Cite block whose permalink is the entry's canonical (Italian) address, and
 * whose BibTeX and CSL-JSON downloads exist beside the Italian page and say the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPages, resolves } from '../support/build-site.ts';

let outDir: string;
let pages: Map<string, string>;

beforeAll(() => {
  outDir = inject('fixtureSite');
  pages = readPages(outDir);
});

const ENTRIES = [
  { it: '/pratiche/pratica-casa/', en: '/en/practices/pratica-casa/', key: 'atlante-pratica-pratica-casa', bibType: 'misc', cslType: 'webpage' },
  { it: '/pratiche/pratica-lavoro/', en: '/en/practices/pratica-lavoro/', key: 'atlante-pratica-pratica-lavoro', bibType: 'misc', cslType: 'webpage' },
  { it: '/progetti/progetto-prova/', en: '/en/projects/progetto-prova/', key: 'atlante-progetto-progetto-prova', bibType: 'misc', cslType: 'webpage' },
  { it: '/documenti/documento-prova/', en: '/en/documents/documento-prova/', key: 'atlante-documento-documento-prova', bibType: 'techreport', cslType: 'report' },
];

const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The Cite block of a page, with what a reader and a reference manager take from it. */
function citeBlock(url: string) {
  const html = pages.get(url);
  if (!html) throw new Error(`no page at ${url}`);
  const block = /<section aria-labelledby="cite-heading"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[0];
  if (!block) throw new Error(`no Cite block on ${url}`);
  const download = (extension: string) => {
    const link = new RegExp(`<a\\b[^>]*href="([^"]+\\.${extension})"[^>]*>`).exec(block);
    return { href: link?.[1], hasDownloadAttribute: /\bdownload="[^"]+"/.test(link?.[0] ?? '') };
  };
  return {
    html,
    block,
    heading: /<h2 id="cite-heading">([^<]+)<\/h2>/.exec(block)?.[1],
    text: decode(/<p class="cite-text"[^>]*>([\s\S]*?)<\/p>/.exec(block)?.[1]?.replace(/<[^>]+>/g, '') ?? ''),
    permalink: /<a href="([^"]+)" class="cite-permalink"/.exec(block)?.[1],
    bibtex: download('bib'),
    cslJson: download('json'),
  };
}

const linkHref = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

describe('Cite block', () => {
  it('is on every practice, project and document page, in the reader\'s language', () => {
    for (const entry of ENTRIES) {
      expect(citeBlock(entry.it).heading).toBe('Cita');
      expect(citeBlock(entry.en).heading).toBe('Cite');
      expect(citeBlock(entry.it).text).toMatch(/ \(consultato il \d{1,2} \w+ \d{4}\)\.$/);
      expect(citeBlock(entry.en).text).toMatch(/ \(accessed \d{1,2} \w+ \d{4}\)\.$/);
    }
  });

  it('gives the canonical address of the Italian page as permalink, on both language pages, and cites it', () => {
    for (const entry of ENTRIES) {
      const italian = citeBlock(entry.it);
      const english = citeBlock(entry.en);
      const canonical = linkHref(italian.html, /<link rel="canonical" href="([^"]+)"/);
      expect(canonical).toBe(`http://localhost:4321${entry.it}`);
      expect(italian.permalink).toBe(canonical);
      expect(english.permalink).toBe(linkHref(english.html, /<link rel="alternate" hreflang="it" href="([^"]+)"/));
      expect(english.permalink).toBe(canonical);
      expect(italian.text).toContain(` ${canonical} `);
      expect(english.text).toContain(` ${canonical} `);
    }
  });

  it('shows the copy button only to scripts: without JavaScript the citation is text to select', () => {
    expect(citeBlock(ENTRIES[0]!.it).block).toMatch(/<button type="button" class="button" hidden data-cite-copy/);
  });
});

describe('citation downloads', () => {
  it('link, with a download attribute, to BibTeX and CSL-JSON files beside the Italian page', () => {
    for (const entry of ENTRIES) {
      for (const url of [entry.it, entry.en]) {
        const { bibtex, cslJson } = citeBlock(url);
        expect(bibtex).toEqual({ href: `${entry.it}citazione.bib`, hasDownloadAttribute: true });
        expect(cslJson).toEqual({ href: `${entry.it}citazione.json`, hasDownloadAttribute: true });
        expect(resolves(outDir, bibtex.href!), bibtex.href).toBe(true);
        expect(resolves(outDir, cslJson.href!), cslJson.href).toBe(true);
      }
    }
  });

  it('parse, and agree with each other and with the page on key, type, title and address', () => {
    for (const entry of ENTRIES) {
      const { permalink, text } = citeBlock(entry.it);
      const library = parse(readFileSync(join(outDir, entry.it, 'citazione.bib'), 'utf8'));
      expect(library.errors).toEqual([]);
      expect(library.entries).toHaveLength(1);
      const bib = library.entries[0]!;
      const csl = JSON.parse(readFileSync(join(outDir, entry.it, 'citazione.json'), 'utf8')) as { id: string; type: string; title: string; URL: string }[];
      expect(csl).toHaveLength(1);
      expect(csl[0]).toMatchObject({ id: entry.key, type: entry.cslType, URL: permalink, 'container-title': "Atlante dell'inclusione" });
      expect(bib).toMatchObject({ key: entry.key, type: entry.bibType });
      expect(bib.fields.url).toBe(permalink);
      expect(bib.fields.title).toBe(csl[0]!.title);
      expect(text).toContain(`«${csl[0]!.title}»`);
    }
  });

  it('does not replace any page of the catch-all route', () => {
    for (const entry of ENTRIES) expect(pages.has(entry.it)).toBe(true);
    expect([...pages.keys()].filter((url) => url.includes('citazione'))).toEqual([]);
  });
});
