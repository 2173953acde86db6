/**
 * What machines read on the built fixture site: one schema.org JSON-LD block per entry page that
 * a JSON-LD processor expands (without fetching anything) into the expected type, OpenGraph on
 * every page, a sitemap that lists exactly the built pages, robots.txt, and Atom feeds that parse
 * and list the right practices, linked from the pages they follow.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml } from '@rgrove/parse-xml';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { linksOf, readPages, resolves } from '../support/build-site.ts';
import { children, readAtom } from '../support/atom-reader.ts';

const ORIGIN = 'http://localhost:4321';
const SCHEMA = 'https://schema.org/';

let outDir: string;
let pages: Map<string, string>;
const page = (url: string) => pages.get(url) ?? expect.unreachable(`no page at ${url}`);
const file = (path: string) => readFileSync(join(outDir, path), 'utf8');

beforeAll(() => {
  outDir = inject('fixtureSite');
  pages = readPages(outDir);
});

/** Entry sections, with the schema.org type of their pages (per entry where the kind decides it). */
const SECTIONS = {
  practices: { it: 'pratiche', en: 'practices', type: 'CreativeWork', types: {} },
  projects: { it: 'progetti', en: 'projects', type: 'Project', types: {} },
  territories: {
    it: 'territori',
    en: 'territories',
    type: undefined,
    types: { italia: 'Country', sicilia: 'State', lazio: 'State', 'citta-metropolitana-palermo': 'AdministrativeArea', palermo: 'City' },
  },
  partners: { it: 'partner', en: 'partners', type: undefined, types: { 'ente-alfa': 'NGO', 'comune-beta': 'GovernmentOrganization' } },
  documents: { it: 'documenti', en: 'documents', type: undefined, types: { 'documento-prova': 'Report', 'guida-operativa': 'CreativeWork', 'verbale-scansionato': 'Report', 'rapporto-danneggiato': 'Report' } },
  themes: { it: 'temi', en: 'themes', type: 'DefinedTerm', types: {} },
} satisfies Record<string, { it: string; en: string; type: string | undefined; types: Record<string, string> }>;

type SectionSpec = (typeof SECTIONS)[keyof typeof SECTIONS];

/** Every built entry page: its section, its id, and its Italian path. */
function entryPages(): { url: string; section: SectionSpec; id: string; italian: string }[] {
  const found = [];
  for (const url of pages.keys()) {
    const match = /^\/(en\/)?([^/]+)\/([^/]+)\/$/.exec(url);
    if (!match || ['vista', 'view'].includes(match[3]!)) continue;
    const section = Object.values(SECTIONS).find((s) => (match[1] ? s.en : s.it) === match[2]);
    if (section) found.push({ url, section, id: match[3]!, italian: `/${section.it}/${match[3]}/` });
  }
  return found;
}

function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

const expand = (doc: unknown) =>
  jsonld.expand(doc as jsonld.JsonLdDocument, {
    documentLoader: async (url: string) => {
      throw new Error(`the page's JSON-LD asked to load ${url}`);
    },
  });

/** Every `@id` anywhere in an expanded document. */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value && typeof value === 'object') {
    const own = typeof (value as { '@id'?: unknown })['@id'] === 'string' ? [(value as { '@id': string })['@id']] : [];
    return [...own, ...Object.values(value).flatMap(idsIn)];
  }
  return [];
}

function meta(html: string, key: string): string[] {
  return [...html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"/g)].filter((m) => m[1] === key).map((m) => m[2]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
}

describe('schema.org JSON-LD', () => {
  it('gives every entry page, in both languages, one block that expands to the expected type and @id', async () => {
    const entries = entryPages();
    expect(entries.map((e) => e.url)).toEqual(expect.arrayContaining(['/pratiche/pratica-casa/', '/en/themes/casa/', '/en/territories/palermo/', '/documenti/documento-prova/']));
    for (const { url, section, id, italian } of entries) {
      const type: string | undefined = (section.types as Record<string, string>)[id] ?? section.type;
      expect(type, `no expected type for ${url}`).toBeDefined();
      const blocks = jsonLdBlocks(page(url));
      expect(blocks, url).toHaveLength(1);
      const expanded = await expand(blocks[0]);
      expect(expanded, url).toHaveLength(1);
      expect(expanded[0]!['@type'], url).toEqual([`${SCHEMA}${type}`]);
      expect(expanded[0]!['@id'], url).toBe(`${ORIGIN}${italian}#id`);
    }
  });

  it('links entries by @ids that are pages of the site', async () => {
    const missing: string[] = [];
    for (const [url, html] of pages) {
      for (const block of jsonLdBlocks(html)) {
        for (const id of idsIn(await expand(block))) {
          if (!id.startsWith(ORIGIN) || !resolves(outDir, new URL(id).pathname)) missing.push(`${url} → ${id}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('carries the ISTAT code and coordinates of a place', async () => {
    const [palermo] = await expand(jsonLdBlocks(page('/territori/palermo/'))[0]);
    expect(palermo![`${SCHEMA}identifier`]).toEqual([
      { '@type': [`${SCHEMA}PropertyValue`], [`${SCHEMA}propertyID`]: [{ '@value': 'ISTAT' }], [`${SCHEMA}value`]: [{ '@value': '082053' }] },
    ]);
    expect(palermo![`${SCHEMA}geo`]).toEqual([
      { '@type': [`${SCHEMA}GeoCoordinates`], [`${SCHEMA}latitude`]: [{ '@value': 38.1157 }], [`${SCHEMA}longitude`]: [{ '@value': 13.3615 }] },
    ]);
    const [italia] = await expand(jsonLdBlocks(page('/territori/italia/'))[0]);
    expect(italia).not.toHaveProperty(`${SCHEMA}identifier`);
    expect(italia).not.toHaveProperty(`${SCHEMA}geo`);
  });

  it('is left off pages that are not about one entry', () => {
    for (const url of ['/', '/en/', '/pratiche/', '/pratiche/vista/regione/', '/territori/', '/contribuisci/', '/404.html']) {
      if (pages.has(url)) expect(jsonLdBlocks(page(url)), url).toEqual([]);
    }
  });
});

describe('OpenGraph', () => {
  it('describes every page with title, description, type, canonical URL, locales and site name', () => {
    for (const [url, html] of pages) {
      if (url === '/404.html') continue;
      const isEnglish = url.startsWith('/en/');
      expect(meta(html, 'og:title'), url).toHaveLength(1);
      expect(meta(html, 'og:description')[0], url).toBeTruthy();
      expect(meta(html, 'og:url'), url).toEqual([`${ORIGIN}${url}`]);
      expect(meta(html, 'og:site_name'), url).toEqual(["Atlante dell'inclusione"]);
      expect(meta(html, 'og:locale'), url).toEqual([isEnglish ? 'en_GB' : 'it_IT']);
      expect(meta(html, 'og:locale:alternate'), url).toEqual([isEnglish ? 'it_IT' : 'en_GB']);
      expect(meta(html, 'twitter:card'), url).toEqual(['summary']);
      expect(meta(html, 'og:image'), url).toEqual([]);
    }
    expect(meta(page('/pratiche/pratica-casa/'), 'og:type')).toEqual(['article']);
    expect(meta(page('/territori/palermo/'), 'og:type')).toEqual(['website']);
    expect(meta(page('/pratiche/pratica-casa/'), 'og:title')).toEqual(['Pratica di prova sulla casa']);
  });
});

describe('sitemap and robots.txt', () => {
  const locs = () => {
    const index = parseXml(file('sitemap-index.xml')).root!;
    return children(index, 'sitemap').flatMap((s) => {
      const part = parseXml(file(new URL(children(s, 'loc')[0]!.text).pathname)).root!;
      return children(part, 'url').map((u) => ({ loc: children(u, 'loc')[0]!.text, alternates: children(u, 'xhtml:link').map((l) => l.attributes.href!) }));
    });
  };

  it('lists every built page exactly once, and nothing else, each with alternates that are built pages', () => {
    const urls = locs();
    const paths = urls.map((u) => new URL(u.loc).pathname);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.sort()).toEqual([...pages.keys()].filter((url) => url !== '/404.html').sort());
    for (const u of urls) {
      expect(u.alternates).toHaveLength(2);
      for (const href of u.alternates) expect(resolves(outDir, new URL(href).pathname), href).toBe(true);
    }
  });

  it('points robots.txt at the sitemap index by absolute URL', () => {
    expect(file('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    expect(existsSync(join(outDir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('Atom feeds', () => {
  const practicesOf = (path: string) => readAtom(file(path)).entries.map((e) => new URL(e.id).pathname);

  it('lists every practice in the site feed, each entry a built page', () => {
    const feed = readAtom(file('feed.xml'));
    expect(feed.links).toContainEqual({ rel: 'self', href: `${ORIGIN}/feed.xml`, type: 'application/atom+xml', hreflang: undefined });
    expect(feed.entries.map((e) => new URL(e.id).pathname).sort()).toEqual(['/pratiche/pratica-casa/', '/pratiche/pratica-lavoro/', '/pratiche/pratica-nazionale/', '/pratiche/pratica-rete-lazio/']);
    for (const entry of feed.entries) for (const link of entry.links) expect(resolves(outDir, new URL(link.href).pathname), link.href).toBe(true);
  });

  it('gives each territory the practices in it and below it, and each theme its practices', () => {
    expect(practicesOf('territori/palermo/feed.xml')).toEqual(['/pratiche/pratica-casa/']);
    expect(practicesOf('territori/sicilia/feed.xml')).toEqual(['/pratiche/pratica-casa/']);
    expect(practicesOf('territori/lazio/feed.xml').sort()).toEqual(['/pratiche/pratica-lavoro/', '/pratiche/pratica-rete-lazio/']);
    expect(practicesOf('territori/italia/feed.xml').sort()).toEqual(['/pratiche/pratica-casa/', '/pratiche/pratica-lavoro/', '/pratiche/pratica-nazionale/', '/pratiche/pratica-rete-lazio/']);
    expect(practicesOf('temi/casa/feed.xml').sort()).toEqual(['/pratiche/pratica-casa/', '/pratiche/pratica-lavoro/']);
    expect(practicesOf('temi/lavoro/feed.xml').sort()).toEqual(['/pratiche/pratica-lavoro/', '/pratiche/pratica-nazionale/']);
    expect(practicesOf('temi/partecipazione/feed.xml')).toEqual([]);
  });

  it('is announced in the head and linked in the page of the home, every territory and every theme, in both languages', () => {
    const head = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(head(page('/'))).toEqual(['/feed.xml']);
    expect(head(page('/en/'))).toEqual(['/feed.xml']);
    const followed = entryPages().filter((e) => e.section === SECTIONS.territories || e.section === SECTIONS.themes);
    expect(followed.length).toBeGreaterThan(10);
    for (const { url, italian } of followed) {
      const feed = `${italian}feed.xml`;
      expect(() => readAtom(file(feed)), feed).not.toThrow();
      expect(head(page(url)), url).toEqual([feed]);
      expect(linksOf(page(url)), url).toContain(feed);
    }
    expect(page('/territori/palermo/')).toContain('>Feed Atom delle pratiche</a>');
    expect(page('/en/territories/palermo/')).toContain('>Atom feed of practices</a>');
  });
});
