/** The network as readers meet it: who works with whom, where, and how often. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partnerIdsOfProject, type Catalog } from '../../../src/lib/catalog.ts';
import { buildGraph, nodeIndex, partnerEgoNetwork, projectEgoNetwork, type Graph } from '../../../src/lib/network/graph.ts';
import { catalogOfTree, makeCatalog, rawPartner, rawProject } from '../../support/catalog-builder.ts';

const TERRITORIES = {
  italia: { name: 'Italia', nameEn: 'Italy', kind: 'country' },
  sicilia: { name: 'Sicilia', nameEn: 'Sicily', kind: 'region', parent: 'italia' },
  palermo: { name: 'Palermo', kind: 'municipality', parent: 'sicilia' },
  catania: { name: 'Catania', kind: 'municipality', parent: 'sicilia' },
  lazio: { name: 'Lazio', kind: 'region', parent: 'italia' },
};

/** Two projects sharing two partners (one of them lead of the first), a third with one of them. */
function smallCatalog(): Catalog {
  return makeCatalog({
    territories: TERRITORIES,
    partners: { alfa: rawPartner({ name: 'Alfa' }), beta: rawPartner({ name: 'Beta', kind: 'municipality' }), gamma: rawPartner({ name: 'Gamma' }), sola: rawPartner({ name: 'Senza progetti' }) },
    projects: {
      uno: rawProject({ title: 'Uno', acronym: 'UNO', lead: 'alfa', partners: [{ partner: 'alfa', role: 'lead' }, { partner: 'beta', role: 'partner' }, { partner: 'beta', role: 'beneficiary' }], territories: ['palermo', 'catania'], themes: ['casa'] }),
      due: rawProject({ title: 'Due', partners: [{ partner: 'alfa', role: 'partner' }, { partner: 'beta', role: 'partner' }, { partner: 'gamma', role: 'partner' }], territories: ['lazio'] }),
      tre: rawProject({ title: 'Tre', partners: [{ partner: 'gamma', role: 'lead' }], territories: ['italia'] }),
    },
  });
}

const pairKey = (a: string, b: string) => [a, b].sort().join(' ');

function expectWellFormed(graph: Graph): void {
  const ids = new Set(graph.nodes.map((n) => n.id));
  expect(ids.size).toBe(graph.nodes.length);
  const pairs = graph.edges.map((e) => pairKey(e.source, e.target));
  expect(new Set(pairs).size).toBe(pairs.length);
  for (const edge of graph.edges) {
    expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(edge.source).not.toBe(edge.target);
  }
  // No orphans: every node is an end of some edge, and its degree counts them.
  for (const node of graph.nodes) expect(node.degree).toBe(graph.edges.filter((e) => e.source === node.id || e.target === node.id).length);
  expect(graph.nodes.every((n) => n.degree > 0)).toBe(true);
}

describe('buildGraph', () => {
  const catalog = smallCatalog();
  const graph = buildGraph(catalog, 'it');
  const edge = (a: string, b: string) => graph.edges.find((e) => pairKey(e.source, e.target) === pairKey(a, b));

  it('has each relation once, with ids prefixed by kind', () => {
    expectWellFormed(graph);
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['project:uno', 'partner:alfa', 'territory:sicilia']));
    // Beta appears twice in Uno's partner list (two roles): one membership edge.
    expect(graph.edges.filter((e) => pairKey(e.source, e.target) === pairKey('project:uno', 'partner:beta'))).toHaveLength(1);
  });

  it('weighs partner–partner edges by the projects they share', () => {
    expect(edge('partner:alfa', 'partner:beta')).toMatchObject({ kind: 'co-partner', weight: 2 });
    expect(edge('partner:beta', 'partner:gamma')).toMatchObject({ kind: 'co-partner', weight: 1 });
    expect(edge('project:uno', 'partner:alfa')).toMatchObject({ kind: 'member', weight: 1 });
  });

  it('leaves out partners in no project', () => {
    expect(graph.nodes.find((n) => n.id === 'partner:sola')).toBeUndefined();
  });

  it('rolls territories up to their region; national projects link to Italy', () => {
    expect(edge('project:uno', 'territory:sicilia')).toMatchObject({ kind: 'place', weight: 1 });
    expect(graph.nodes.find((n) => n.id === 'territory:palermo')).toBeUndefined();
    expect(edge('project:tre', 'territory:italia')).toMatchObject({ kind: 'place' });
  });

  it('carries what the filters match: funds and themes of a node\'s projects, a partner\'s kind', () => {
    const alfa = graph.nodes.find((n) => n.id === 'partner:alfa')!;
    expect(alfa.themes).toEqual(['casa']);
    expect(graph.nodes.find((n) => n.id === 'partner:beta')!.partnerKind).toBe('municipality');
    expect(graph.nodes.find((n) => n.id === 'project:uno')).toMatchObject({ label: 'Uno', shortLabel: 'UNO', kind: 'project', entryId: 'uno' });
  });

  it('names territories in the reader\'s language', () => {
    expect(buildGraph(catalog, 'en').nodes.find((n) => n.id === 'territory:sicilia')!.label).toBe('Sicily');
    expect(nodeIndex(graph, 'it').map((n) => n.label)).toEqual([...graph.nodes.map((n) => n.label)].sort((a, b) => a.localeCompare(b, 'it')));
  });
});

describe('ego-networks', () => {
  const graph = buildGraph(smallCatalog(), 'it');

  it('shows a project with its partners and how often they work together', () => {
    const ego = projectEgoNetwork(graph, 'uno');
    expectWellFormed(ego);
    expect(ego.nodes.map((n) => n.id).sort()).toEqual(['partner:alfa', 'partner:beta', 'project:uno']);
    expect(ego.edges.find((e) => e.kind === 'co-partner')!.weight).toBe(2);
    expect(projectEgoNetwork(graph, 'nessuno')).toEqual({ nodes: [], edges: [] });
  });

  it('shows a partner with its projects and co-partners, tied to the partner by shared projects', () => {
    const ego = partnerEgoNetwork(graph, 'gamma');
    expectWellFormed(ego);
    expect(ego.nodes.map((n) => n.id).sort()).toEqual(['partner:alfa', 'partner:beta', 'partner:gamma', 'project:due', 'project:tre']);
    const coPartners = ego.edges.filter((e) => e.kind === 'co-partner');
    expect(coPartners.every((e) => e.source === 'partner:gamma' || e.target === 'partner:gamma')).toBe(true);
    expect(ego.nodes.some((n) => n.kind === 'territory')).toBe(false);
  });
});

describe.each([
  ['the fixture site', join(import.meta.dirname, '../../fixtures/site')],
  ['the real content', join(import.meta.dirname, '../../../content')],
])('the network of %s', (_, dir) => {
  const catalog = catalogOfTree(dir);
  const graph = buildGraph(catalog, 'it');

  it('is well formed, and every project with a partner or a territory is in it', () => {
    expectWellFormed(graph);
    for (const project of catalog.projects.values()) expect(graph.nodes.some((n) => n.id === `project:${project.id}`)).toBe(true);
  });

  it('weighs every co-partner edge by the projects both partners take part in', () => {
    for (const edge of graph.edges.filter((e) => e.kind === 'co-partner')) {
      const [a, b] = [edge.source, edge.target].map((id) => id.replace('partner:', ''));
      const shared = [...catalog.projects.values()].filter((p) => partnerIdsOfProject(p).includes(a!) && partnerIdsOfProject(p).includes(b!)).length;
      expect(edge.weight).toBe(shared);
    }
  });

  it('has an ego-network for every partner page, centred on it', () => {
    for (const id of catalog.partners.keys()) {
      const ego = partnerEgoNetwork(graph, id);
      const inProjects = catalog.projectsOfPartner(id).length > 0;
      expect(ego.nodes.some((n) => n.id === `partner:${id}`)).toBe(inProjects);
      if (inProjects) expect(ego.nodes.filter((n) => n.kind === 'project')).toHaveLength(catalog.projectsOfPartner(id).length);
    }
  });
});
