/**
 * Where each node sits: a d3-force layout run at build time, a fixed number of ticks from a
 * fixed seed, so the same catalogue always gives the same picture (and the same SVG bytes).
 *
 * Scale: at 10,000 synthetic practices the network has about 3,800 nodes and 19,000 edges;
 * many-body forces use a coarse Barnes–Hut (theta 1) with a bounded reach, and only the edges drawn
 * on the whole-network map pull (co-partner edges of weight 1 would double every project's
 * pull on its partners). `scripts/bench-network.ts` measures it.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { Graph, GraphEdge, GraphNode } from './graph.ts';

export interface LayoutOptions {
  seed?: number;
  /** Ticks of the simulation; alpha cools to its minimum over exactly this many. */
  iterations?: number;
  /** Which edges pull their ends together; the others are only drawn. Default: all. */
  pulls?: (edge: GraphEdge) => boolean;
}

export type PositionedNode = GraphNode & { x: number; y: number };

export interface LaidOutGraph {
  nodes: PositionedNode[];
  edges: GraphEdge[];
}

/** A small linear congruential generator (Numerical Recipes constants), in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

type SimNode = SimulationNodeDatum & { index: number };

export function layoutGraph(graph: Graph, options: LayoutOptions = {}): LaidOutGraph {
  const iterations = options.iterations ?? 300;
  const pulls = options.pulls ?? (() => true);
  const indexOf = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const simNodes: SimNode[] = graph.nodes.map((_, index) => ({ index }));
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.filter(pulls).map((edge) => ({ source: indexOf.get(edge.source)!, target: indexOf.get(edge.target)! }));
  // Nodes start on d3's phyllotaxis spiral (deterministic); the seeded source only breaks ties.
  const reach = 60 * Math.sqrt(graph.nodes.length) + 200;
  forceSimulation(simNodes)
    .randomSource(seededRandom(options.seed ?? 1))
    .alphaDecay(1 - 0.001 ** (1 / iterations))
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).distance(30))
    .force('charge', forceManyBody<SimNode>().strength(-40).theta(1).distanceMax(reach))
    // Gentle pulls to the centre keep separate components on screen.
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04))
    .stop()
    .tick(iterations);
  return {
    nodes: graph.nodes.map((node, i) => ({ ...node, x: simNodes[i]!.x!, y: simNodes[i]!.y! })),
    edges: graph.edges,
  };
}

/**
 * Ego-networks are small (a project's partners, a partner's projects and co-partners) and drawn
 * on thousands of pages, so they get rings instead of a simulation: the centre, its direct
 * neighbours evenly round it, and the nodes two steps away on an outer ring, next to the
 * neighbour that brings them in. Co-partner edges do not make a ring: a partner's co-partners
 * sit outside the projects they share. Instant, and the same entry always looks the same.
 */
export function radialLayout(graph: Graph, centerId: string): LaidOutGraph {
  const adjacent = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = adjacent.get(from);
    if (list) list.push(to);
    else adjacent.set(from, [to]);
  };
  for (const edge of graph.edges) {
    if (edge.kind === 'co-partner') continue;
    add(edge.source, edge.target);
    add(edge.target, edge.source);
  }
  const inner = [...new Set(adjacent.get(centerId) ?? [])].sort();
  // Each inner node owns the outer nodes it brings in first, and a sector of the circle sized
  // to them: groups stay together and their lines short.
  const seen = new Set([centerId, ...inner]);
  const groups = inner.map((via) => {
    const outer = [...new Set(adjacent.get(via) ?? [])].sort().filter((id) => !seen.has(id));
    for (const id of outer) seen.add(id);
    return { via, outer };
  });
  const slots = groups.reduce((sum, group) => sum + Math.max(1, group.outer.length), 0);
  const outerCount = slots - groups.filter((group) => group.outer.length === 0).length;
  const spacing = 44;
  const innerRadius = Math.max(90, (inner.length * spacing) / (2 * Math.PI));
  const outerRadius = outerCount > 0 ? Math.max(innerRadius + 110, (slots * spacing) / (2 * Math.PI)) : innerRadius;
  const position = new Map<string, { x: number; y: number }>([[centerId, { x: 0, y: 0 }]]);
  const place = (id: string, radius: number, angle: number) => position.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  const slotAngle = (2 * Math.PI) / Math.max(slots, 1);
  let angle = -Math.PI / 2;
  for (const { via, outer } of groups) {
    const width = Math.max(1, outer.length) * slotAngle;
    place(via, innerRadius, angle + width / 2 - slotAngle / 2);
    outer.forEach((id, i) => place(id, outerRadius, angle + i * slotAngle));
    angle += width;
  }
  return {
    nodes: graph.nodes.filter((node) => position.has(node.id)).map((node) => ({ ...node, ...position.get(node.id)! })),
    edges: graph.edges.filter((edge) => position.has(edge.source) && position.has(edge.target)),
  };
}

/**
 * A layout computed once reused for the same graph in another language (only the labels
 * differ): the whole network is laid out once per build, not once per language.
 */
export function withPositionsOf(graph: Graph, laid: LaidOutGraph): LaidOutGraph {
  const at = new Map(laid.nodes.map((node) => [node.id, node]));
  return {
    nodes: graph.nodes.map((node) => {
      const placed = at.get(node.id);
      if (!placed) throw new Error(`no position for ${node.id}: the layout is of another graph`);
      return { ...node, x: placed.x, y: placed.y };
    }),
    edges: graph.edges,
  };
}

/**
 * A small network spread out to a given size: the force layout packs nodes for thousands of
 * them, so a catalogue of a few dozen comes out a few hundred units wide, where names (drawn at
 * a fixed size) cover one another. Positions are scaled about their centre until the larger
 * side of their extent reaches `size`; a network already that large is returned as it is.
 */
export function spreadTo(laid: LaidOutGraph, size: number): LaidOutGraph {
  if (laid.nodes.length < 2) return laid;
  const xs = laid.nodes.map((node) => node.x);
  const ys = laid.nodes.map((node) => node.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const extent = Math.max(maxX - minX, maxY - minY);
  if (extent >= size || extent === 0) return laid;
  const k = size / extent;
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return { nodes: laid.nodes.map((node) => ({ ...node, x: cx + (node.x - cx) * k, y: cy + (node.y - cy) * k })), edges: laid.edges };
}
