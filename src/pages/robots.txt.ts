/** `/robots.txt`: open to crawlers, pointing at the sitemap index by its absolute URL. */
import type { APIRoute } from 'astro';
import { robotsTxt, sitemapIndexPath } from '../lib/sitemap.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(sitemapIndexPath(), site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
