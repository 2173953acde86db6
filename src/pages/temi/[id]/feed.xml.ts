/** `/temi/<id>/feed.xml`: the practices on a theme. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { practiceFeedXml } from '../../../lib/feeds/practices.ts';

export const getStaticPaths = (async () => [...(await getCatalog()).taxonomies.themes.keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(practiceFeedXml(await getCatalog(), site, { kind: 'theme', id: params.id! }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
