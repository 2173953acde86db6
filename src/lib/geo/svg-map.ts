/**
 * Static SVG maps, drawn at build time with d3-geo from the committed TopoJSON: territory
 * inset maps (the territory, its sub-territories and practices), project maps (the project's
 * territories) and the no-JS map of /mappa/ (regions shaded by number of practices).
 *
 * Accessible without colour: the root has `<title>`/`<desc>`; each named area is a link or an
 * image with its own name and value; highlighted areas are also hatched and outlined; points
 * are circles with a white ring; shading comes with a legend whose classes are written out
 * (and returned, so the page can repeat them next to its table of counts).
 */
import { geoBounds, geoConicConformal, geoPath, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { hatchPattern, escapeXml, formatCount, num, svgFrame } from '../charts/svg.ts';
import { BACKGROUND, MARK_COLOURS, TEXT_COLOURS } from '../charts/palette.ts';
import type { Locale } from '../partial-date.ts';
import { NONE_FILL, shadeScale, shadingClasses, type ShadingClass } from './shading.ts';
import { areaFeatures, type AreaFeature } from './topology.ts';

export type MapLayer = 'regions' | 'provinces';

export interface MapArea {
  layer: MapLayer;
  /** Geometry id in the layer: the ISTAT code (`19`, `082`), or `092+111` for the joint Sardinian shape. */
  id: string;
  name: string;
  href?: string;
  /** Shaded by this value when the map has `shading`. */
  value?: number;
  /** The territory the map is about: filled, outlined and hatched. */
  highlighted?: boolean;
  /** Where to write the name on the map, [lon, lat]; no text when absent. */
  labelAt?: readonly [number, number];
}

export interface MapPoint {
  lon: number;
  lat: number;
  name: string;
  href?: string;
}

export interface MapShading {
  /** Legend heading, e.g. "Practices". */
  title: string;
  /** Legend text for areas with no value or zero. */
  none: string;
  /** At most this many classes (default 5). */
  classes?: number;
}

export interface SvgMapOptions {
  /** Unique on the page. */
  id: string;
  title: string;
  desc: string;
  locale: Locale;
  topology: Topology;
  /** Short source credit written on the map (e.g. "Natural Earth, ISTAT"). */
  attribution: string;
  width?: number;
  /** Fit the view to these geometries; all of Italy when absent. */
  fit?: { layer: MapLayer; ids: readonly string[] };
  /** Layer drawn in grey under the named areas, for context (default `regions`). */
  context?: MapLayer;
  areas: readonly MapArea[];
  points?: readonly MapPoint[];
  shading?: MapShading;
  /** Legend text for the highlighted area and for points; no legend entry when absent. */
  legend?: { highlighted?: string; points?: string };
}

export interface SvgMap {
  svg: string;
  /** The shading's classes, lowest first (empty without shading). */
  classes: ShadingClass[];
}

const CONTEXT_FILL = '#e3e6e9';
const NEIGHBOUR_FILL = '#f7f7f7';
const SEA = '#ffffff';
const MARGIN = 8;
const LEGEND_ROW = 20;
const FONT = 12;

/**
 * Drops projected points closer than `minDistance` pixels to the last one kept: the boundaries
 * carry the detail of a full-screen map, which on a 480-pixel inset only adds bytes (a whole
 * Italy of provinces was 48 kB gzipped in every national project's page). Each line keeps its
 * last point, so rings still close where they should.
 */
function thinned(sink: GeoStream, minDistance: number): GeoStream {
  let lastX = 0;
  let lastY = 0;
  let pendingX = 0;
  let pendingY = 0;
  let pending = false;
  let first = true;
  return {
    point(x, y) {
      if (first || Math.hypot(x - lastX, y - lastY) >= minDistance) {
        sink.point(x, y);
        lastX = x;
        lastY = y;
        first = false;
        pending = false;
      } else {
        pendingX = x;
        pendingY = y;
        pending = true;
      }
    },
    lineStart() {
      first = true;
      pending = false;
      sink.lineStart();
    },
    lineEnd() {
      if (pending) sink.point(pendingX, pendingY);
      sink.lineEnd();
    },
    polygonStart: () => sink.polygonStart(),
    polygonEnd: () => sink.polygonEnd(),
    sphere: () => sink.sphere?.(),
  };
}

/** Longitude-latitude boxes of shapes, computed once: every map tests the same shapes. */
const lonLatBoxes = new WeakMap<object, [[number, number], [number, number]]>();
function lonLatBox(f: GeoPermissibleObjects): [[number, number], [number, number]] {
  let box = lonLatBoxes.get(f);
  if (!box) lonLatBoxes.set(f, (box = geoBounds(f)));
  return box;
}

/** Pixels around the frame within which a shape still counts as in view (its box is projected at a few points only). */
const VIEW_MARGIN = 8;

/** Points closer than this, in pixels, are merged when drawing. */
const MIN_POINT_DISTANCE = 3;

export function renderSvgMap(options: SvgMapOptions): SvgMap {
  const width = options.width ?? 480;
  const layers: Record<MapLayer, AreaFeature[]> = { regions: areaFeatures(options.topology, 'regions'), provinces: areaFeatures(options.topology, 'provinces') };
  const neighbours = options.topology.objects.neighbours ? areaFeatures(options.topology, 'neighbours') : [];
  const fitIds = new Set(options.fit?.ids ?? []);
  const fitFeatures = options.fit ? layers[options.fit.layer].filter((f) => fitIds.has(f.id)) : layers.regions;
  const fitCollection: FeatureCollection = { type: 'FeatureCollection', features: fitFeatures.length ? fitFeatures : layers.regions };

  // Conic conformal with standard parallels across Italy: shapes as on Italian atlases.
  // No adaptive resampling (the boundaries are dense already) and no antimeridian clipping (no
  // shape of Italy or its neighbours comes near it): both cost more than the rest of a map.
  const projection = geoConicConformal().rotate([-12.5, 0]).parallels([38, 46]).precision(0).preclip((stream) => stream);
  const path = geoPath({ stream: (sink: GeoStream) => projection.stream(thinned(sink, MIN_POINT_DISTANCE)) }).digits(1);
  projection.fitWidth(width - 2 * MARGIN, fitCollection);
  const [[, y0], [, y1]] = path.bounds(fitCollection);
  const mapHeight = Math.round(Math.min(width * 1.4, y1 - y0 + 2 * MARGIN));
  projection.fitExtent([[MARGIN, MARGIN], [width - MARGIN, mapHeight - MARGIN]], fitCollection);
  // Shapes are cut at the frame: neighbours of a fitted territory would otherwise reach past it
  // (hidden by the SVG, but still wide boxes that can make a narrow page scroll sideways).
  projection.clipExtent([[0, 0], [width, mapHeight]]);

  // Whether a shape reaches the frame, from its longitude-latitude box (computed once per
  // shape) projected at its corners and edge midpoints: a bounds pass over every vertex of the
  // ~130 shapes of each map cost more than drawing the ones in view.
  const inView = (f: GeoPermissibleObjects) => {
    const [[lon0, lat0], [lon1, lat1]] = lonLatBox(f);
    const xs: number[] = [];
    const ys: number[] = [];
    for (const lon of [lon0, (lon0 + lon1) / 2, lon1]) {
      for (const lat of [lat0, (lat0 + lat1) / 2, lat1]) {
        const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
        xs.push(x);
        ys.push(y);
      }
    }
    return Math.max(...xs) >= -VIEW_MARGIN && Math.min(...xs) <= width + VIEW_MARGIN && Math.max(...ys) >= -VIEW_MARGIN && Math.min(...ys) <= mapHeight + VIEW_MARGIN;
  };
  const d = (f: Feature) => path(f) ?? '';

  const classes = options.shading ? shadingClasses(Math.max(0, ...options.areas.map((a) => a.value ?? 0)), options.shading.classes, options.locale) : [];
  const colourOf = classes.length ? shadeScale(classes) : undefined;
  const hatchId = `${options.id}-hatch`;

  const parts: string[] = [`<rect width="${width}" height="${mapHeight}" fill="${SEA}"/>`];
  parts.push(`<defs>${hatchPattern(hatchId, MARK_COLOURS.primary)}</defs>`);
  const backdrop = neighbours.filter(inView).map((f) => `<path d="${d(f)}"/>`);
  if (backdrop.length) parts.push(`<g fill="${NEIGHBOUR_FILL}" stroke="${MARK_COLOURS.line}" stroke-width="0.5" aria-hidden="true">${backdrop.join('')}</g>`);
  const contextLayer = options.context ?? 'regions';
  // Areas drawn as named marks are left out of the grey context, so no shape is written twice.
  const named = new Set(options.areas.filter((a) => a.layer === contextLayer).map((a) => a.id));
  const context = layers[contextLayer].filter((f) => !named.has(f.id) && inView(f)).map((f) => `<path d="${d(f)}"/>`);
  parts.push(`<g fill="${CONTEXT_FILL}" stroke="${BACKGROUND}" stroke-width="0.75" aria-hidden="true">${context.join('')}</g>`);

  const byKey = new Map(Object.entries(layers).flatMap(([layer, features]) => features.map((f) => [`${layer}:${f.id}`, f] as const)));
  const areaMarks: string[] = [];
  const outlines: string[] = [];
  const labels: string[] = [];
  // Highlighted areas first, so the sub-territories drawn over them stay visible and clickable;
  // their outline is drawn again on top of everything.
  const ordered = [...options.areas].sort((a, b) => Number(b.highlighted ?? false) - Number(a.highlighted ?? false));
  for (const area of ordered) {
    const f = byKey.get(`${area.layer}:${area.id}`);
    if (!f || !inView(f)) continue;
    const value = area.value ?? 0;
    const name = options.shading ? `${area.name}: ${formatCount(value, options.locale)}` : area.name;
    const fill = area.highlighted ? `fill="url(#${hatchId})"` : colourOf ? `fill="${value > 0 ? colourOf(value) : NONE_FILL}"` : 'fill="#ffffff" fill-opacity="0"';
    const mark = `<path d="${d(f)}" ${fill} stroke="${TEXT_COLOURS.muted}" stroke-width="0.75"><title>${escapeXml(name)}</title></path>`;
    areaMarks.push(area.href ? `<a href="${escapeXml(area.href)}" aria-label="${escapeXml(name)}">${mark}</a>` : `<g role="img" aria-label="${escapeXml(name)}">${mark}</g>`);
    if (area.highlighted) outlines.push(`<path d="${d(f)}"/>`);
    if (area.labelAt) {
      const at = projection(area.labelAt as [number, number]);
      if (at) labels.push(`<text x="${num(at[0])}" y="${num(at[1])}">${escapeXml(area.name)}</text>`);
    }
  }
  parts.push(`<g class="map-areas">${areaMarks.join('')}</g>`);
  if (outlines.length) parts.push(`<g fill="none" stroke="${TEXT_COLOURS.text}" stroke-width="2" aria-hidden="true">${outlines.join('')}</g>`);
  if (labels.length) {
    parts.push(
      `<g aria-hidden="true" font-size="${FONT}" text-anchor="middle" dominant-baseline="middle" fill="${TEXT_COLOURS.text}" stroke="${BACKGROUND}" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`,
    );
  }

  const pointMarks: string[] = [];
  for (const point of options.points ?? []) {
    const at = projection([point.lon, point.lat]);
    if (!at || at[0] < 0 || at[0] > width || at[1] < 0 || at[1] > mapHeight) continue;
    const circle = `<circle cx="${num(at[0])}" cy="${num(at[1])}" r="4.5"><title>${escapeXml(point.name)}</title></circle>`;
    pointMarks.push(point.href ? `<a href="${escapeXml(point.href)}" aria-label="${escapeXml(point.name)}">${circle}</a>` : `<g role="img" aria-label="${escapeXml(point.name)}">${circle}</g>`);
  }
  if (pointMarks.length) parts.push(`<g class="map-points" fill="${MARK_COLOURS.partner}" stroke="${BACKGROUND}" stroke-width="1.5">${pointMarks.join('')}</g>`);

  // Legend under the map: highlighted area, points, shading classes; then the source credit.
  const legend: string[] = [];
  let y = mapHeight + LEGEND_ROW / 2;
  const entry = (swatch: string, text: string) => {
    legend.push(`<g transform="translate(${MARGIN} ${num(y)})">${swatch}<text x="22" y="0" dominant-baseline="middle">${escapeXml(text)}</text></g>`);
    y += LEGEND_ROW;
  };
  const box = (fill: string, stroke: string = TEXT_COLOURS.muted, strokeWidth = 0.75) => `<rect x="0" y="-7" width="16" height="14" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"/>`;
  if (options.legend?.highlighted && options.areas.some((a) => a.highlighted)) entry(box(`url(#${hatchId})`, TEXT_COLOURS.text, 2), options.legend.highlighted);
  if (options.legend?.points && pointMarks.length) entry(`<circle cx="8" cy="0" r="4.5" fill="${MARK_COLOURS.partner}" stroke="${BACKGROUND}" stroke-width="1.5"/>`, options.legend.points);
  if (options.shading) {
    legend.push(`<text x="${MARGIN}" y="${num(y)}" dominant-baseline="middle" font-weight="600">${escapeXml(options.shading.title)}</text>`);
    y += LEGEND_ROW;
    entry(box(NONE_FILL), options.shading.none);
    for (const c of classes) entry(box(c.colour), c.label);
  }
  const height = Math.ceil(y - LEGEND_ROW / 2 + FONT + MARGIN);
  legend.push(`<text x="${width - MARGIN}" y="${height - MARGIN}" text-anchor="end" font-size="10" fill="${TEXT_COLOURS.muted}">${escapeXml(options.attribution)}</text>`);
  parts.push(`<g class="map-legend" font-size="${FONT}" fill="${TEXT_COLOURS.text}">${legend.join('')}</g>`);

  return { svg: svgFrame({ id: options.id, width, height, title: options.title, desc: options.desc, className: 'svg-map', role: options.areas.some((a) => a.href) || options.points?.some((p) => p.href) ? 'group' : 'img' }, parts.join('')), classes };
}
