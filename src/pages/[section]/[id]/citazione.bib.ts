/** The BibTeX file of a practice, project or document: `/pratiche/<id>/citazione.bib`. */
import type { APIRoute } from 'astro';
import { citationPaths, getCitation } from '../../../data/citation.ts';
import { toBibtex, type CitedKind } from '../../../lib/citation.ts';

export const getStaticPaths = citationPaths;

export const GET: APIRoute<{ kind: CitedKind }, { section: string; id: string }> = async ({ params, props }) => {
  const citation = await getCitation(props.kind, params.id);
  return new Response(toBibtex(citation), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
