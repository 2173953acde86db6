/** The CSL-JSON file of a practice, project or document: `/pratiche/<id>/citazione.json`. */
import type { APIRoute } from 'astro';
import { citationPaths, getCitation } from '../../../data/citation.ts';
import { toCslJson, type CitedKind } from '../../../lib/citation.ts';

export const getStaticPaths = citationPaths;

export const GET: APIRoute<{ kind: CitedKind }, { section: string; id: string }> = async ({ params, props }) => {
  const citation = await getCitation(props.kind, params.id);
  return new Response(toCslJson(citation), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
