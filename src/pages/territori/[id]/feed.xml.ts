/** `/territori/<id>/feed.xml`: the practices of a territory and of the territories inside it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { practiceFeedXml } from '../../../lib/feeds/practices.ts';

// Served here by `astro dev` only: `npm run build` writes every feed itself (src/lib/bulk-files.ts).
export const getStaticPaths = (async () => (import.meta.env.DEV ? [...(await getCatalog()).territories.keys()].map((id) => ({ params: { id } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(practiceFeedXml(await getCatalog(), site, { kind: 'territory', id: params.id! }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
