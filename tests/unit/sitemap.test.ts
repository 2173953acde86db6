/** The sitemap and robots.txt: every page of the table, its language alternates, files split at the limit. */
import { parseXml } from '@rgrove/parse-xml';
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapIndexXml, sitemapPartCount, sitemapParts, urlsetXml } from '../../src/lib/sitemap.ts';
import { sitePages } from '../../src/lib/site-pages.ts';
import { children } from '../support/atom-reader.ts';
import { makeCatalog, rawPractice } from '../support/catalog-builder.ts';

const SITE = 'https://atlante.example';
const catalog = makeCatalog({ practices: { 'casa-e-lavoro': rawPractice({ lastReviewed: '2026-11' }) } });

describe('sitemap', () => {
  const [urls] = sitemapParts(catalog, SITE);

  it('lists every page of the table once, absolute', () => {
    expect(urls!.map((u) => u.loc)).toEqual(sitePages(catalog).map((p) => `${SITE}${p.url}`));
  });

  it('pairs each page with its other-language version, itself included', () => {
    expect(urls!.find((u) => u.loc === `${SITE}/pratiche/casa-e-lavoro/`)).toEqual({
      loc: `${SITE}/pratiche/casa-e-lavoro/`,
      alternates: [
        { hreflang: 'en', href: `${SITE}/en/practices/casa-e-lavoro/` },
        { hreflang: 'it', href: `${SITE}/pratiche/casa-e-lavoro/` },
      ],
      lastmod: '2026-11',
    });
    expect(urls!.find((u) => u.loc === `${SITE}/en/practices/view/region/`)?.alternates).toContainEqual({ hreflang: 'it', href: `${SITE}/pratiche/vista/regione/` });
    expect(urls!.find((u) => u.loc === `${SITE}/progetti/progetto/`)).not.toHaveProperty('lastmod');
  });

  it('writes a urlset with xhtml:link alternates that parses as XML', () => {
    const root = parseXml(urlsetXml([{ loc: `${SITE}/a/?x=1&y=2`, alternates: [{ hreflang: 'it', href: `${SITE}/a/?x=1&y=2` }] }])).root!;
    expect(root.attributes).toMatchObject({ xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:xhtml': 'http://www.w3.org/1999/xhtml' });
    const [url] = children(root, 'url');
    expect(children(url!, 'loc')[0]!.text).toBe(`${SITE}/a/?x=1&y=2`);
    expect(children(url!, 'xhtml:link')[0]!.attributes).toEqual({ rel: 'alternate', hreflang: 'it', href: `${SITE}/a/?x=1&y=2` });
  });

  it('splits into files of at most the limit, and indexes them', () => {
    const total = sitePages(catalog).length;
    const parts = sitemapParts(catalog, SITE, 10);
    expect(parts.map((p) => p.length)).toEqual([...Array(Math.floor(total / 10)).fill(10), ...(total % 10 ? [total % 10] : [])]);
    expect(sitemapPartCount(catalog, 10)).toBe(parts.length);
    const index = parseXml(sitemapIndexXml([`${SITE}/sitemap-0.xml`, `${SITE}/sitemap-1.xml`])).root!;
    expect(children(index, 'sitemap').map((s) => children(s, 'loc')[0]!.text)).toEqual([`${SITE}/sitemap-0.xml`, `${SITE}/sitemap-1.xml`]);
  });
});

describe('robots.txt', () => {
  it('lets every crawler in and names the sitemap index by its absolute URL', () => {
    expect(robotsTxt(`${SITE}/atlante/sitemap-index.xml`)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/atlante/sitemap-index.xml\n`);
  });
});
