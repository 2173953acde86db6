/**
 * The sitemap (sitemaps.org 0.9) and robots.txt, written from the page table: every page with
 * its other-language version as an `xhtml:link` alternate, which is how search engines learn
 * that `/pratiche/x/` and `/en/practices/x/` are one page in two languages.
 */
import { alternatePath, assetPath, type Locale } from '../i18n/index.ts';
import type { Catalog } from './catalog.ts';
import { toIso } from './partial-date.ts';
import { sitePages, type SitePage } from './site-pages.ts';
import { escapeXml } from './xml.ts';

/** The protocol allows 50,000 URLs per sitemap file; larger sites get more files in the index. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  loc: string;
  /** The page in each language, itself included. */
  alternates: { hreflang: Locale; href: string }[];
  /** W3C date at the precision known (`2026`, `2026-11`, `2026-11-23`); only practices have one. */
  lastmod?: string;
}

export const sitemapIndexPath = () => assetPath('sitemap-index.xml');
export const sitemapPath = (part: number) => assetPath(`sitemap-${part}.xml`);

function urlOf(catalog: Catalog, site: URL | string | undefined, { url, page }: SitePage): SitemapUrl {
  const other: Locale = page.locale === 'it' ? 'en' : 'it';
  const alternates = [
    { hreflang: page.locale, href: new URL(url, site).href },
    { hreflang: other, href: new URL(alternatePath(url, other), site).href },
  ].sort((a, b) => a.hreflang.localeCompare(b.hreflang));
  const reviewed = page.kind === 'practice' ? catalog.practices.get(page.id)?.data.lastReviewed : undefined;
  return { loc: new URL(url, site).href, alternates, ...(reviewed ? { lastmod: toIso(reviewed) } : {}) };
}

/** How many sitemap files the site needs. */
export const sitemapPartCount = (catalog: Catalog, limit = SITEMAP_LIMIT): number => Math.max(1, Math.ceil(sitePages(catalog).length / limit));

/** Every page of the site, split into sitemap files of at most `limit` URLs. */
export function sitemapParts(catalog: Catalog, site: URL | string | undefined, limit = SITEMAP_LIMIT): SitemapUrl[][] {
  const urls = sitePages(catalog).map((page) => urlOf(catalog, site, page));
  const parts: SitemapUrl[][] = [];
  for (let i = 0; i < urls.length; i += limit) parts.push(urls.slice(i, i + limit));
  return parts;
}

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  const body = urls
    .map((u) => {
      const lines = [`<loc>${escapeXml(u.loc)}</loc>`];
      if (u.lastmod) lines.push(`<lastmod>${u.lastmod}</lastmod>`);
      for (const a of u.alternates) lines.push(`<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`);
      return `  <url>\n    ${lines.join('\n    ')}\n  </url>\n`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    body +
    '</urlset>\n'
  );
}

export function sitemapIndexXml(locations: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    locations.map((loc) => `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>\n`).join('') +
    '</sitemapindex>\n'
  );
}

/**
 * Crawlers may read everything; the sitemap is named by its absolute URL, as the protocol asks.
 * Crawlers read robots.txt only at the root of an origin: under a base path (a GitHub Pages
 * project site) the file is written all the same, and the sitemap index must be submitted to
 * search engines by its address.
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
