/**
 * `node scripts/bench-network.ts [--dir .bench/content-10000]`: time of the /rete/ network step
 * (graph, force layout, SVG) on the synthetic catalogue of 10,000 practices, and the size of
 * the SVG, raw and gzipped. Target (issue 5): the layout adds at most 15 s to the build.
 * Loading the catalogue is not counted: the build has it already.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { catalogOf } from '../src/lib/content/to-catalog.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { buildGraph, nodeId, partnerEgoNetwork, projectEgoNetwork } from '../src/lib/network/graph.ts';
import { layoutGraph, radialLayout } from '../src/lib/network/layout.ts';
import { drawnOnWholeMap, networkSvg } from '../src/lib/network/network-svg.ts';
import { writeSyntheticTree } from './generate.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: '.bench/content-10000' } } });
const dir = resolve(values.dir);
if (!existsSync(dir) && values.dir === '.bench/content-10000') writeSyntheticTree({ practices: 10_000, out: dir, seed: 1 });

// Cross-entry problems (e.g. a synthetic territory's invented coordinates) do not change the
// network: the valid entries are enough to measure it.
const loaded = checkContent(dir);
if (loaded.errors) console.warn(`note: ${loaded.errors} content error(s) in ${dir}; measuring on its valid entries`);
const catalog = catalogOf(loaded.entries);

// Wall time, and the process's CPU time beside it: on a shared machine the CPU time is the
// steadier figure (the wall time grows with the load, the work does not).
const cpu = { s: 0 };
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(startCpu);
  cpu.s += (used.user + used.system) / 1e6;
  return [result, (performance.now() - start) / 1000];
};

const [graph, graphS] = time(() => buildGraph(catalog, 'it'));
const [laid, layoutS] = time(() => layoutGraph(graph, { pulls: drawnOnWholeMap }));
const [svg, svgS] = time(() =>
  networkSvg(laid, { id: 'rete', title: 'Rete', desc: 'Rete', hrefOf: (node) => `/${node.kind}/${node.entryId}/`, drawEdge: drawnOnWholeMap, labelled: 30 }),
);
const [egoCount, egoS] = time(() => {
  let drawn = 0;
  for (const id of catalog.projects.keys()) drawn += networkSvg(radialLayout(projectEgoNetwork(graph, id), nodeId('project', id)), { id: 'ego', title: '', desc: '', hrefOf: () => '#' }).length > 0 ? 1 : 0;
  for (const id of catalog.partners.keys()) drawn += networkSvg(radialLayout(partnerEgoNetwork(graph, id), nodeId('partner', id)), { id: 'ego', title: '', desc: '', hrefOf: () => '#' }).length > 0 ? 1 : 0;
  return drawn;
});

const drawnEdges = graph.edges.filter(drawnOnWholeMap).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
console.log(`${catalog.practices.size} practices: ${graph.nodes.length} nodes, ${graph.edges.length} edges (${drawnEdges} drawn on /rete/)`);
console.log(`graph ${graphS.toFixed(2)} s, layout ${layoutS.toFixed(2)} s, SVG ${svgS.toFixed(2)} s: ${(graphS + layoutS + svgS).toFixed(2)} s (target 15 s)`);
console.log(`/rete/ SVG: ${kB(Buffer.byteLength(svg))} raw, ${kB(gzipSync(svg).length)} gzipped`);
console.log(`${egoCount} ego-networks (every project and partner page), laid out and drawn: ${egoS.toFixed(2)} s`);
console.log(`CPU time of all the above: ${cpu.s.toFixed(2)} s; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
