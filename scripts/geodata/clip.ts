/** Clipping polygons to a longitude/latitude box, for the backdrop of neighbouring countries. */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Box = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

/**
 * Sutherland–Hodgman against each side of the box. A concave ring may come back with
 * zero-width slivers along the box's edge: harmless for a filled backdrop, which is all this is for.
 */
function clipRing(ring: Position[], [minLon, minLat, maxLon, maxLat]: Box): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= minLon, (a, b) => at(a, b, 0, minLon)],
    [(p) => p[0]! <= maxLon, (a, b) => at(a, b, 0, maxLon)],
    [(p) => p[1]! >= minLat, (a, b) => at(a, b, 1, minLat)],
    [(p) => p[1]! <= maxLat, (a, b) => at(a, b, 1, maxLat)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) points.push(cross(previous, current));
        points.push(current);
      } else if (inside(previous)) points.push(cross(previous, current));
    }
    if (points.length === 0) return [];
  }
  return points.length >= 3 ? [...points, points[0]!] : [];
}

/** Where segment a–b crosses the line `axis = value`. */
function at(a: Position, b: Position, axis: 0 | 1, value: number): Position {
  const t = (value - a[axis]!) / (b[axis]! - a[axis]!);
  return axis === 0 ? [value, a[1]! + t * (b[1]! - a[1]!)] : [a[0]! + t * (b[0]! - a[0]!), value];
}

/** The part of a (multi)polygon inside the box, or null when nothing is left. */
export function clipToBox(geometry: Polygon | MultiPolygon, box: Box): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped: Position[][][] = [];
  for (const polygon of polygons) {
    const [outline, ...holes] = polygon.map((ring) => clipRing(ring, box));
    if (outline && outline.length) clipped.push([outline, ...holes.filter((h) => h.length)]);
  }
  return clipped.length ? { type: 'MultiPolygon', coordinates: clipped } : null;
}
