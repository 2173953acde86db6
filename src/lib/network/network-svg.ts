/**
 * The network as a static SVG: readable and clickable without JavaScript, and carrying what
 * `src/client/network.ts` needs to enhance it.
 *
 * Markup contract with the client (`<atlante-network>`):
 * - root `<svg class="atlante-network" data-network>`; its viewBox is the zoom-reset view.
 * - nodes: `<a data-id data-kind [data-fund] [data-theme] [data-partner-kind]>` in graph order
 *   (a node's index is its position among `[data-id]`); filter values are space-separated
 *   ids. Nodes without a page are `<g>` instead of `<a>`. Names for "find" come from the page's
 *   `<datalist>` (options with `data-id`, see `nodeIndex`), not repeated here.
 * - edges: `<line data-s data-t>`, the ends as node indices.
 * Attributes are kept to these: at 10,000 practices the map has 3,800 nodes and 7,700 edges.
 * Node kinds differ by shape (project square, partner circle, territory diamond) as well as
 * colour; place edges are dotted; edge width grows with the weight (shared projects).
 */
import { scaleSqrt } from 'd3-scale';
import { BACKGROUND, MARK_COLOURS, NODE_STYLE, TEXT_COLOURS, type NodeKind, type NodeShape } from '../charts/palette.ts';
import { escapeXml, num, svgFrame, textWidth, truncate } from '../charts/svg.ts';
import type { EdgeKind, GraphEdge, GraphNode } from './graph.ts';
import type { LaidOutGraph, PositionedNode } from './layout.ts';

export interface NetworkSvgOptions {
  /** Unique on the page. */
  id: string;
  title: string;
  desc: string;
  /** Address of a node's page; nodes without one are drawn but not links. */
  hrefOf: (node: GraphNode) => string | undefined;
  /** A node's tooltip and accessible name, e.g. "Regione Lazio — partner, 4 projects". Default: its label. */
  nodeTitle?: (node: GraphNode) => string;
  /** Which edges to draw (e.g. leave out co-partner edges of weight 1 on the whole map). Default: all. */
  drawEdge?: (edge: GraphEdge) => boolean;
  /** How many nodes, by degree, get a visible name; default all (ego-networks). */
  labelled?: number;
  /**
   * A node to emphasise: the entry whose page shows its ego-network. Names are then written
   * outwards from it (the rings of `radialLayout`) rather than under each node.
   */
  centerId?: string;
  /** Radius range in user units, from degree 1 to the highest degree. */
  radius?: [number, number];
}

const PADDING = 16;
const FONT = 12;
const LABEL_CHARS = 28;

interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

/** Where a node's name goes: under it, or on the far side from the centre node. */
function placeLabel(node: PositionedNode, r: number, center: PositionedNode | undefined): Label {
  const text = truncate(node.shortLabel, LABEL_CHARS);
  if (!center || center === node) return { x: node.x, y: node.y + r + 4 + FONT * 0.8, anchor: 'middle', text };
  const angle = Math.atan2(node.y - center.y, node.x - center.x);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const anchor = cos > 0.15 ? 'start' : cos < -0.15 ? 'end' : 'middle';
  return { x: node.x + cos * (r + 4), y: node.y + sin * (r + 4) + (sin > 0.3 ? FONT * 0.8 : sin < -0.3 ? 0 : FONT * 0.35), anchor, text };
}

/** The horizontal extent of a label's text, estimated (no fonts at build time). */
function labelSpan(label: Label): [number, number] {
  const width = textWidth(label.text, FONT);
  const from = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return [from, from + width];
}

/** The points of a node's shape: squares and diamonds get the circle's area, so sizes compare. */
function shape(kind: NodeShape, x: number, y: number, r: number, attributes: string): string {
  if (kind === 'circle') return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}"${attributes}/>`;
  if (kind === 'square') {
    const half = r * 0.886;
    return `<rect x="${num(x - half)}" y="${num(y - half)}" width="${num(2 * half)}" height="${num(2 * half)}"${attributes}/>`;
  }
  const d = r * 1.253;
  return `<path d="M${num(x)} ${num(y - d)}L${num(x + d)} ${num(y)}L${num(x)} ${num(y + d)}L${num(x - d)} ${num(y)}Z"${attributes}/>`;
}

const EDGE_DASH: Record<EdgeKind, string> = { member: '', place: ' stroke-dasharray="2 3"', 'co-partner': '' };

/**
 * Global to the page once inlined, so every selector is scoped to the network's class. The
 * client sets `data-highlight` on the root and `data-near` on the hovered node's neighbourhood.
 * Names let pointers through: a name drawn over a neighbouring node must not take its clicks.
 */
export function networkSvg(graph: LaidOutGraph, options: NetworkSvgOptions): string {
  const drawEdge = options.drawEdge ?? (() => true);
  const edges = graph.edges.filter(drawEdge);
  const nodes = graph.nodes;
  const maxDegree = Math.max(1, ...nodes.map((node) => node.degree));
  const [minR, maxR] = options.radius ?? [4, 16];
  const radius = scaleSqrt().domain([1, Math.max(maxDegree, 2)]).range([minR, maxR]).clamp(true);
  const maxWeight = Math.max(1, ...edges.map((edge) => edge.weight));
  const strokeWidth = scaleSqrt().domain([1, Math.max(maxWeight, 2)]).range([1, 6]);

  const labelledCount = options.labelled ?? nodes.length;
  const labelled = new Set(
    [...nodes]
      .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
      .slice(0, labelledCount)
      .map((node) => node.id),
  );
  const center = nodes.find((node) => node.id === options.centerId);
  const sizeOf = (node: PositionedNode) => radius(node.degree) * (node === center ? 1.25 : 1);
  const labels = new Map(nodes.filter((node) => labelled.has(node.id)).map((node) => [node.id, placeLabel(node, sizeOf(node), center)]));

  // Fit the view to the nodes and their names, with room for the largest shape.
  const margin = maxR * 1.3 + PADDING;
  const xs = [...nodes.flatMap((node) => [node.x - margin, node.x + margin]), ...[...labels.values()].flatMap((label) => labelSpan(label).map((x, i) => x + (i ? PADDING : -PADDING)))];
  const ys = [...nodes.flatMap((node) => [node.y - margin, node.y + margin]), ...[...labels.values()].flatMap((label) => [label.y - FONT - PADDING, label.y + PADDING])];
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX;
  const height = Math.max(...ys) - minY;
  const at = (node: PositionedNode) => [node.x - minX, node.y - minY] as const;

  const indexOf = new Map(nodes.map((node, index) => [node.id, index]));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edgeGroups = (['member', 'place', 'co-partner'] as const).map((kind) => {
    const lines = edges
      .filter((edge) => edge.kind === kind)
      .map((edge) => {
        const [x1, y1] = at(byId.get(edge.source)!);
        const [x2, y2] = at(byId.get(edge.target)!);
        const widthAttribute = edge.weight > 1 ? ` stroke-width="${num(strokeWidth(edge.weight))}"` : '';
        return `<line data-s="${indexOf.get(edge.source)}" data-t="${indexOf.get(edge.target)}" x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}"${widthAttribute}/>`;
      })
      .join('');
    return lines ? `<g data-edge-kind="${kind}" stroke="${MARK_COLOURS.line}"${EDGE_DASH[kind]}>${lines}</g>` : '';
  });

  const titleOf = options.nodeTitle ?? ((node: GraphNode) => node.label);
  const nodeMarks = nodes.map((node) => {
    const [x, y] = at(node);
    const r = sizeOf(node);
    const isCenter = node === center;
    const style = NODE_STYLE[node.kind];
    const href = options.hrefOf(node);
    const data =
      ` data-id="${escapeXml(node.id)}" data-kind="${node.kind}"` +
      (node.funds.length ? ` data-fund="${escapeXml(node.funds.join(' '))}"` : '') +
      (node.themes.length ? ` data-theme="${escapeXml(node.themes.join(' '))}"` : '') +
      (node.partnerKind ? ` data-partner-kind="${node.partnerKind}"` : '');
    const place = labels.get(node.id);
    const label = place
      ? `<text x="${num(place.x - minX)}" y="${num(place.y - minY)}"${place.anchor === 'middle' ? '' : ` text-anchor="${place.anchor}"`} fill="${TEXT_COLOURS.text}" stroke="${BACKGROUND}" stroke-width="3" paint-order="stroke"${isCenter ? ' font-weight="700"' : ''}>${escapeXml(place.text)}</text>`
      : '';
    const body = `<title>${escapeXml(titleOf(node))}</title>${shape(style.shape, x, y, r, ` fill="${style.colour}"${isCenter ? ' stroke-width="3" stroke="#1a1a1a"' : ''}`)}${label}`;
    return href ? `<a href="${escapeXml(href)}"${data}>${body}</a>` : `<g${data}>${body}</g>`;
  });

  return svgFrame(
    { id: options.id, width, height, title: options.title, desc: options.desc, className: 'atlante-network', role: 'group', extra: ' data-network=""' },
    `<g fill="none">${edgeGroups.join('')}</g><g stroke="${BACKGROUND}" font-size="${FONT}" text-anchor="middle">${nodeMarks.join('')}</g>`,
  );
}

export interface LegendItem {
  key: NodeKind | EdgeKind;
  label: string;
  /** A small decorative SVG of the mark (aria-hidden): the label says what it is. */
  swatch: string;
}

/** Legend of the kinds present in a graph: node shapes and colours, then edge styles. */
export function networkLegend(graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }, labels: Record<NodeKind | EdgeKind, string>): LegendItem[] {
  const frame = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="16" viewBox="0 0 24 16" aria-hidden="true">${body}</svg>`;
  const items: LegendItem[] = [];
  for (const kind of ['project', 'partner', 'territory'] as const) {
    if (!graph.nodes.some((node) => node.kind === kind)) continue;
    items.push({ key: kind, label: labels[kind], swatch: frame(shape(NODE_STYLE[kind].shape, 12, 8, 6, ` fill="${NODE_STYLE[kind].colour}"`)) });
  }
  for (const kind of ['member', 'place', 'co-partner'] as const) {
    if (!graph.edges.some((edge) => edge.kind === kind)) continue;
    const width = kind === 'co-partner' ? 3 : 1.5;
    items.push({ key: kind, label: labels[kind], swatch: frame(`<line x1="1" y1="8" x2="23" y2="8" stroke="${MARK_COLOURS.line}" stroke-width="${width}"${EDGE_DASH[kind]}/>`) });
  }
  return items;
}

/** The edges the whole-network map draws: co-partner ties only when repeated (see graph.ts). */
export const drawnOnWholeMap = (edge: GraphEdge) => edge.kind !== 'co-partner' || edge.weight >= 2;
