/**
 * The network of projects, partners and territories, built from the catalogue.
 *
 * Edge model (each edge appears once, its ends in id order):
 * - `member`: project – partner, for the project's lead and partners (the relation
 *   `catalog.projectsOfPartner` uses); weight 1.
 * - `place`: project – territory, with territories rolled up to their region (a project in
 *   Palermo links to Sicily; one of national scope to Italy). Municipalities would add
 *   thousands of leaves at scale and say little in a network; their pages list them.
 * - `co-partner`: partner – partner, weight = number of projects they share. One shared project
 *   is already visible as the path through it; the weight says who works together repeatedly.
 *
 * Node ids are the entry id prefixed by kind (`project:x`, `partner:x`, `territory:x`) since
 * ids are unique only within a collection. Nodes exist only as ends of edges: a partner in no
 * project is not in the network.
 */
import { partnerIdsOfProject, type Catalog } from '../catalog.ts';
import { territoryName } from '../labels.ts';
import type { Locale } from '../partial-date.ts';
import type { PartnerKind } from '../../schemas/partner.ts';
import type { NodeKind } from '../charts/palette.ts';

export type { NodeKind };
export type EdgeKind = 'member' | 'place' | 'co-partner';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** The entry's id in its collection (for its page). */
  entryId: string;
  /** Full name: a project's title, a partner's name, a territory's name in the reader's language. */
  label: string;
  /** Short name for labels drawn on the network: acronym or short name when there is one. */
  shortLabel: string;
  /** Distinct neighbours. */
  degree: number;
  /** Funds of the node's projects (its own for a project): what the fund filter matches. */
  funds: string[];
  /** Themes of the node's projects. */
  themes: string[];
  partnerKind?: PartnerKind;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const nodeId = (kind: NodeKind, entryId: string) => `${kind}:${entryId}`;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => compare(a.id, b.id);
const byEnds = (a: GraphEdge, b: GraphEdge) => compare(a.source, b.source) || compare(a.target, b.target);

/** The whole network of the catalogue. Node and edge order is stable (by id), so layouts repeat. */
export function buildGraph(catalog: Catalog, locale: Locale): Graph {
  const nodes = new Map<string, GraphNode & { fundSet: Set<string>; themeSet: Set<string> }>();
  const edges = new Map<string, GraphEdge>();

  const node = (kind: NodeKind, entryId: string, label: string, shortLabel: string) => {
    const id = nodeId(kind, entryId);
    let found = nodes.get(id);
    if (!found) nodes.set(id, (found = { id, kind, entryId, label, shortLabel, degree: 0, funds: [], themes: [], fundSet: new Set(), themeSet: new Set() }));
    return found;
  };
  const link = (a: string, b: string, kind: EdgeKind) => {
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source} ${target}`;
    const found = edges.get(key);
    if (found) found.weight++;
    else edges.set(key, { source, target, kind, weight: 1 });
  };

  for (const project of catalog.projects.values()) {
    const d = project.data;
    const partnerIds = [...new Set(partnerIdsOfProject(project))].filter((id) => catalog.partners.has(id)).sort();
    const regionIds = [...new Set(d.territories.map((t) => catalog.regionOf(t.id)?.id ?? t.id))].filter((id) => catalog.territories.has(id)).sort();
    const projectNode = node('project', project.id, d.title, d.acronym ?? d.title);
    const touched = [projectNode];
    for (const partnerId of partnerIds) {
      const partner = catalog.partners.get(partnerId)!;
      const partnerNode = node('partner', partnerId, partner.data.name, partner.data.shortName ?? partner.data.name);
      partnerNode.partnerKind = partner.data.kind;
      touched.push(partnerNode);
      link(projectNode.id, partnerNode.id, 'member');
    }
    for (const regionId of regionIds) {
      const territory = catalog.territories.get(regionId)!;
      const name = territoryName(territory, locale);
      const territoryNode = node('territory', regionId, name, territory.data.shortName ?? name);
      touched.push(territoryNode);
      link(projectNode.id, territoryNode.id, 'place');
    }
    for (let i = 0; i < partnerIds.length; i++) {
      for (let j = i + 1; j < partnerIds.length; j++) link(nodeId('partner', partnerIds[i]!), nodeId('partner', partnerIds[j]!), 'co-partner');
    }
    for (const touchedNode of touched) {
      if (d.fund) touchedNode.fundSet.add(d.fund.id);
      for (const theme of d.themes) touchedNode.themeSet.add(theme.id);
    }
  }

  const edgeList = [...edges.values()].sort(byEnds);
  for (const edge of edgeList) {
    nodes.get(edge.source)!.degree++;
    nodes.get(edge.target)!.degree++;
  }
  const nodeList = [...nodes.values()]
    .map(({ fundSet, themeSet, ...rest }) => ({ ...rest, funds: [...fundSet].sort(), themes: [...themeSet].sort() }))
    .sort(byId);
  return { nodes: nodeList, edges: edgeList };
}

const adjacencyCache = new WeakMap<Graph, Map<string, GraphEdge[]>>();

/** Edges by node, built once per graph: ego-networks are drawn on thousands of pages. */
function edgesByNode(graph: Graph): Map<string, GraphEdge[]> {
  let adjacency = adjacencyCache.get(graph);
  if (adjacency) return adjacency;
  adjacency = new Map();
  for (const edge of graph.edges) {
    for (const end of [edge.source, edge.target]) {
      const list = adjacency.get(end);
      if (list) list.push(edge);
      else adjacency.set(end, [edge]);
    }
  }
  adjacencyCache.set(graph, adjacency);
  return adjacency;
}

/** The part of a graph on the given nodes and edges, in the graph's order, with degrees counted within it. */
function subgraph(graph: Graph, keep: Set<string>, keepEdge: (edge: GraphEdge) => boolean): Graph {
  const adjacency = edgesByNode(graph);
  const chosen = new Set<GraphEdge>();
  for (const id of keep) {
    for (const edge of adjacency.get(id) ?? []) if (keep.has(edge.source) && keep.has(edge.target) && keepEdge(edge)) chosen.add(edge);
  }
  const edges = [...chosen].sort(byEnds);
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = graph.nodes.filter((node) => degree.has(node.id)).map((node) => ({ ...node, degree: degree.get(node.id)! }));
  return { nodes, edges };
}

/** Neighbours of a node through edges of the given kinds. */
export function neighbours(graph: Graph, id: string, kinds: readonly EdgeKind[]): string[] {
  return (edgesByNode(graph).get(id) ?? []).filter((edge) => kinds.includes(edge.kind)).map((edge) => (edge.source === id ? edge.target : edge.source));
}

/**
 * A project's partners' ego-network: the project, its partners, and how often each pair of
 * them works together across the whole catalogue (co-partner weights). Empty for a project
 * with no partners.
 */
export function projectEgoNetwork(graph: Graph, projectId: string): Graph {
  const center = nodeId('project', projectId);
  const keep = new Set([center, ...neighbours(graph, center, ['member'])]);
  if (keep.size === 1) return { nodes: [], edges: [] };
  return subgraph(graph, keep, (edge) => edge.kind !== 'place');
}

/**
 * A partner's projects and co-partners: the partner, each project it takes part in, the other
 * partners of those projects (linked to their projects), and the partner's co-partner edges
 * weighted by shared projects. Co-partners' ties among themselves are left out: they belong to
 * their own pages.
 */
export function partnerEgoNetwork(graph: Graph, partnerId: string): Graph {
  const center = nodeId('partner', partnerId);
  const projects = neighbours(graph, center, ['member']);
  if (projects.length === 0) return { nodes: [], edges: [] };
  const keep = new Set([center, ...projects]);
  for (const project of projects) for (const partner of neighbours(graph, project, ['member'])) keep.add(partner);
  return subgraph(graph, keep, (edge) => edge.kind === 'member' || (edge.kind === 'co-partner' && (edge.source === center || edge.target === center)));
}

/** Names for the "find a node" list: every node's label with its id, in the reader's collation order. */
export function nodeIndex(graph: Graph, locale: Locale): { id: string; label: string; kind: NodeKind }[] {
  const collator = new Intl.Collator(locale);
  return graph.nodes.map(({ id, label, kind }) => ({ id, label, kind })).sort((a, b) => collator.compare(a.label, b.label));
}
