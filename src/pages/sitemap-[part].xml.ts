/** `/sitemap-0.xml`, `/sitemap-1.xml`…: every page with its other-language alternate (src/lib/sitemap.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { sitemapPartCount, sitemapParts, urlsetXml } from '../lib/sitemap.ts';

export const getStaticPaths = (async () => Array.from({ length: sitemapPartCount(await getCatalog()) }, (_, i) => ({ params: { part: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(urlsetXml(sitemapParts(await getCatalog(), site)[Number(params.part)] ?? []), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
