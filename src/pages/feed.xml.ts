/** `/feed.xml`: the Atom feed of new and updated practices (src/lib/feeds/practices.ts). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { practiceFeedXml } from '../lib/feeds/practices.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(practiceFeedXml(await getCatalog(), site, { kind: 'all' }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
