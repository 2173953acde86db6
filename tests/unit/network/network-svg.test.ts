/** The network drawn: the same picture every build, every node a link, the markup the script reads. */
import { parseXml, XmlElement } from '@rgrove/parse-xml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, nodeId, partnerEgoNetwork, projectEgoNetwork } from '../../../src/lib/network/graph.ts';
import { layoutGraph, radialLayout, seededRandom, spreadTo, withPositionsOf } from '../../../src/lib/network/layout.ts';
import { drawnOnWholeMap, networkLegend, networkSvg } from '../../../src/lib/network/network-svg.ts';
import { catalogOfTree, makeCatalog, rawPartner, rawProject } from '../../support/catalog-builder.ts';
import { normaliseSvg } from '../charts/normalise.ts';

const catalog = catalogOfTree(join(import.meta.dirname, '../../../content'));
const graph = buildGraph(catalog, 'it');
const options = { id: 'rete', title: 'La rete', desc: 'Progetti, partner e territori.', hrefOf: (node: { kind: string; entryId: string }) => `/${node.kind}/${node.entryId}/` };

function elements(node: XmlElement): XmlElement[] {
  return [node, ...node.children.flatMap((child) => (child instanceof XmlElement ? elements(child) : []))];
}

describe('layoutGraph', () => {
  it('gives the same positions for the same graph and seed', () => {
    const a = layoutGraph(graph, { iterations: 50 });
    const b = layoutGraph(graph, { iterations: 50 });
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
    expect(a.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('draws the English network where the Italian one is, with English names', () => {
    const italian = layoutGraph(graph, { iterations: 50 });
    const english = withPositionsOf(buildGraph(catalog, 'en'), italian);
    expect(english.nodes.map((n) => [n.id, n.x, n.y])).toEqual(italian.nodes.map((n) => [n.id, n.x, n.y]));
    const italy = (laid: typeof italian) => laid.nodes.find((n) => n.id === 'territory:italia')?.label;
    expect([italy(italian), italy(english)]).toEqual(['Italia', 'Italy']);
    expect(() => withPositionsOf(buildGraph(catalog, 'it'), { nodes: italian.nodes.slice(1), edges: italian.edges })).toThrow(/no position/);
  });

  it('spreads a small network to the size asked, keeping its shape, and leaves a large one alone', () => {
    const laid = layoutGraph(graph, { iterations: 50 });
    const extent = (l: typeof laid) => {
      const xs = l.nodes.map((n) => n.x);
      const ys = l.nodes.map((n) => n.y);
      return [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)] as const;
    };
    const [width, height] = extent(laid);
    const spread = spreadTo(laid, 4 * Math.max(width, height));
    const [spreadWidth, spreadHeight] = extent(spread);
    expect(Math.max(spreadWidth, spreadHeight)).toBeCloseTo(4 * Math.max(width, height));
    expect(spreadWidth / spreadHeight).toBeCloseTo(width / height);
    expect(spread.nodes.map((n) => n.id)).toEqual(laid.nodes.map((n) => n.id));
    expect(spreadTo(laid, Math.max(width, height) / 2)).toBe(laid);
  });

  it('uses a seeded random source', () => {
    const [r1, r2] = [seededRandom(7), seededRandom(7)];
    const draws = Array.from({ length: 5 }, () => r1());
    expect(Array.from({ length: 5 }, () => r2())).toEqual(draws);
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
  });

  it('puts an ego-network\'s centre in the middle and spreads the others out', () => {
    const partnerId = [...catalog.partners.keys()].sort((a, b) => catalog.projectsOfPartner(b).length - catalog.projectsOfPartner(a).length)[0]!;
    const laid = radialLayout(partnerEgoNetwork(graph, partnerId), nodeId('partner', partnerId));
    const center = laid.nodes.find((n) => n.id === nodeId('partner', partnerId))!;
    expect([center.x, center.y]).toEqual([0, 0]);
    const points = new Set(laid.nodes.map((n) => `${Math.round(n.x)},${Math.round(n.y)}`));
    expect(points.size).toBe(laid.nodes.length);
  });
});

describe('networkSvg', () => {
  const laid = layoutGraph(graph, { pulls: drawnOnWholeMap, iterations: 100 });
  const svg = networkSvg(laid, { ...options, drawEdge: drawnOnWholeMap, labelled: 5, nodeTitle: (node) => `${node.label} (${node.degree})` });
  const root = parseXml(svg).root!;
  const all = elements(root);
  const nodes = all.filter((e) => e.attributes['data-id']);
  const lines = all.filter((e) => e.name === 'line');

  it('is a named, described group whose nodes are links to their pages, in graph order', () => {
    expect(root.attributes['role']).toBe('group');
    expect(root.attributes['aria-labelledby']).toBe('rete-title');
    expect(nodes.map((n) => n.attributes['data-id'])).toEqual(laid.nodes.map((n) => n.id));
    for (const [i, node] of nodes.entries()) {
      const source = laid.nodes[i]!;
      expect(node.name).toBe('a');
      expect(node.attributes['href']).toBe(`/${source.kind}/${source.entryId}/`);
      expect(node.children.find((c): c is XmlElement => c instanceof XmlElement && c.name === 'title')!.text).toBe(`${source.label} (${source.degree})`);
    }
  });

  it('draws each kind with its own shape', () => {
    const shapeOf = (node: XmlElement) => node.children.find((c): c is XmlElement => c instanceof XmlElement && c.name !== 'title' && c.name !== 'text')!.name;
    const byKind = new Map(nodes.map((n) => [n.attributes['data-kind'], shapeOf(n)]));
    expect(byKind.get('project')).toBe('rect');
    expect(byKind.get('partner')).toBe('circle');
    expect(byKind.get('territory')).toBe('path');
  });

  it('writes each drawn edge once, its ends as node indices the script can follow', () => {
    const drawn = graph.edges.filter(drawnOnWholeMap);
    expect(lines).toHaveLength(drawn.length);
    const ends = new Set(lines.map((l) => [laid.nodes[Number(l.attributes['data-s'])]!.id, laid.nodes[Number(l.attributes['data-t'])]!.id].sort().join(' ')));
    expect(ends).toEqual(new Set(drawn.map((e) => [e.source, e.target].sort().join(' '))));
  });

  it('carries the filter values of each node', () => {
    for (const [i, node] of nodes.entries()) {
      const source = laid.nodes[i]!;
      expect(node.attributes['data-theme']?.split(' ') ?? []).toEqual(source.themes);
      expect(node.attributes['data-fund']?.split(' ') ?? []).toEqual(source.funds);
      expect(node.attributes['data-partner-kind']).toBe(source.partnerKind);
    }
  });

  it('names only the requested number of nodes on the map', () => {
    expect(all.filter((e) => e.name === 'text')).toHaveLength(5);
  });

  it('draws nodes without a page as plain groups', () => {
    const plain = networkSvg(laid, { ...options, hrefOf: () => undefined });
    expect(plain).not.toContain('<a ');
  });

  it('gives a legend of the kinds present', () => {
    const legend = networkLegend(laid, { project: 'Progetto', partner: 'Partner', territory: 'Territorio', member: 'partecipa', place: 'lavora in', 'co-partner': 'progetti in comune' });
    expect(legend.map((item) => item.key)).toEqual(['project', 'partner', 'territory', 'member', 'place', 'co-partner']);
    for (const item of legend) expect(item.swatch).toContain('aria-hidden="true"');
  });

  it('matches the reference drawings of a project\'s and a partner\'s ego-networks', async () => {
    const small = makeCatalog({
      territories: { italia: { name: 'Italia', kind: 'country' } },
      partners: { alfa: rawPartner({ name: 'Associazione Alfa', shortName: 'Alfa' }), beta: rawPartner({ name: 'Comune Beta', kind: 'municipality' }), gamma: rawPartner({ name: 'Fondazione Gamma', kind: 'foundation' }) },
      projects: {
        uno: rawProject({ title: 'Progetto uno', acronym: 'UNO', partners: [{ partner: 'alfa', role: 'lead' }, { partner: 'beta', role: 'partner' }, { partner: 'gamma', role: 'partner' }], themes: ['casa'] }),
        due: rawProject({ title: 'Progetto due', partners: [{ partner: 'alfa', role: 'lead' }, { partner: 'beta', role: 'partner' }] }),
      },
    });
    const smallGraph = buildGraph(small, 'it');
    const project = networkSvg(radialLayout(projectEgoNetwork(smallGraph, 'uno'), 'project:uno'), { ...options, id: 'snap-project', centerId: 'project:uno', radius: [6, 14] });
    const partner = networkSvg(radialLayout(partnerEgoNetwork(smallGraph, 'gamma'), 'partner:gamma'), { ...options, id: 'snap-partner', centerId: 'partner:gamma', radius: [6, 14] });
    await expect(normaliseSvg(project, 'snap-project')).toMatchFileSnapshot('../charts/__snapshots__/project-ego.svg');
    await expect(normaliseSvg(partner, 'snap-partner')).toMatchFileSnapshot('../charts/__snapshots__/partner-ego.svg');
  });
});
