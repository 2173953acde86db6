/** /mappa/dati.json: where every practice is and the values the map's filters test (src/lib/geo/map-data.ts). */
import type { APIRoute } from 'astro';
import { getMapFiles } from '../../data/map.ts';

export const GET: APIRoute = async () => {
  const { data } = await getMapFiles();
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
