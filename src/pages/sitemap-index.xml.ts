/** `/sitemap-index.xml`: lists the sitemap files (src/lib/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { sitemapIndexXml, sitemapParts, sitemapPath } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const parts = sitemapParts(await getCatalog(), site);
  return new Response(sitemapIndexXml(parts.map((_, i) => new URL(sitemapPath(i), site).href)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
