/** The static map of a territory or project page (src/data/page-maps.ts): `/territori/<id>/mappa.svg`. */
import type { APIRoute } from 'astro';
import { pageMapPaths } from '../../../data/page-maps.ts';
import { renderSvgMap, type SvgMapOptions } from '../../../lib/geo/svg-map.ts';

export const getStaticPaths = pageMapPaths;

export const GET: APIRoute<{ options: SvgMapOptions }> = ({ props }) =>
  new Response(renderSvgMap(props.options).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
