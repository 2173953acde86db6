/** /mappa/dettagli/<region>.json: titles, projects and territories of a region's practices, loaded when a popup opens. */
import type { APIRoute } from 'astro';
import { getMapFiles } from '../../../data/map.ts';

export async function getStaticPaths() {
  const { details } = await getMapFiles();
  return [...details.keys()].map((key) => ({ params: { key } }));
}

export const GET: APIRoute<Record<string, never>, { key: string }> = async ({ params }) => {
  const { details } = await getMapFiles();
  return new Response(JSON.stringify(details.get(params.key)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
