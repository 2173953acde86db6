/**
 * The network of projects, partners and territories, built once per build: one graph per
 * language (territory names differ) and one force layout for both, since positions do not
 * depend on the language. /rete/, /en/network/ and every project and partner page (their
 * ego-networks) share them.
 */
import type { Locale } from '../i18n/index.ts';
import type { Catalog } from '../lib/catalog.ts';
import { buildGraph, type Graph } from '../lib/network/graph.ts';
import { layoutGraph, spreadTo, withPositionsOf, type LaidOutGraph } from '../lib/network/layout.ts';
import { drawnOnWholeMap } from '../lib/network/network-svg.ts';

const graphs = new WeakMap<Catalog, Map<Locale, Graph>>();
const layouts = new WeakMap<Catalog, LaidOutGraph>();

export function networkGraph(catalog: Catalog, locale: Locale): Graph {
  let byLocale = graphs.get(catalog);
  if (!byLocale) graphs.set(catalog, (byLocale = new Map()));
  let graph = byLocale.get(locale);
  if (!graph) byLocale.set(locale, (graph = buildGraph(catalog, locale)));
  return graph;
}

/**
 * Width, in the SVG's units, that a small network is spread to: about the page's column, so a
 * few dozen nodes and their names have room (a large network is already wider).
 */
const MIN_EXTENT = 1000;

/** The whole network laid out: the simulation runs on the first call only. */
export function wholeNetwork(catalog: Catalog, locale: Locale): LaidOutGraph {
  let laid = layouts.get(catalog);
  if (!laid) layouts.set(catalog, (laid = spreadTo(layoutGraph(networkGraph(catalog, 'it'), { pulls: drawnOnWholeMap }), MIN_EXTENT)));
  return withPositionsOf(networkGraph(catalog, locale), laid);
}
