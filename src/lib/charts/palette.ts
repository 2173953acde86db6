/**
 * The one palette of the charts and the network. Colours follow the site's tokens
 * (src/styles/global.css) and are chosen for a white background: every mark colour reaches
 * 3:1 (WCAG 1.4.11, non-text contrast) and every text colour 4.5:1 (WCAG 1.4.3). Marks never
 * rely on colour alone: node kinds also differ by shape, uncertain spans by a hatch.
 */

export const BACKGROUND = '#ffffff';

export const TEXT_COLOURS = {
  /** Labels and values. */
  text: '#1a1a1a',
  /** Axis ticks and secondary labels. */
  muted: '#4d5a66',
} as const;

export const MARK_COLOURS = {
  /** Bars of the figures; projects in the network and the timeline. */
  primary: '#0066cc',
  /** Partners in the network. */
  partner: '#b04a00',
  /** Territories in the network. */
  territory: '#00664d',
  /** Edges, axis lines and gridlines. */
  line: '#7d8791',
} as const;

export type NodeKind = 'project' | 'partner' | 'territory';
export type NodeShape = 'square' | 'circle' | 'diamond';

/** Colour and shape of each kind of network node: the shape says the kind without colour. */
export const NODE_STYLE: Record<NodeKind, { colour: string; shape: NodeShape }> = {
  project: { colour: MARK_COLOURS.primary, shape: 'square' },
  partner: { colour: MARK_COLOURS.partner, shape: 'circle' },
  territory: { colour: MARK_COLOURS.territory, shape: 'diamond' },
};

/** Relative luminance of an sRGB colour written `#rrggbb` (WCAG 2.x definition). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
