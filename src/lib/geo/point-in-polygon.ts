/**
 * Points against polygons in longitude/latitude, for the integrity pass and the geodata script.
 *
 * Planar even-odd tests on degrees: the answer does not depend on ring winding (TopoJSON from
 * different tools winds rings either way, and d3-geo reads a reversed ring as "the whole globe
 * but this"), and across one province the difference from a spherical test is far below the
 * precision of the boundaries themselves. Distances use a local equirectangular projection,
 * exact enough within a few tens of kilometres.
 */
export type LonLat = readonly [number, number];
/** A polygon as rings (the first the outline, then holes), each a closed or open list of points. */
export type PolygonRings = readonly (readonly LonLat[])[];

/** A shape ready for repeated tests: its polygons and their bounding box. */
export interface Shape {
  polygons: readonly PolygonRings[];
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: readonly [number, number, number, number];
}

type PolygonalGeometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export function shapeOf(geometry: PolygonalGeometry): Shape {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown as PolygonRings[];
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return { polygons, bbox: [minLon, minLat, maxLon, maxLat] };
}

function ringContains(ring: readonly LonLat[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside the shape (in an outline and in none of its holes). */
export function contains(shape: Shape, [lon, lat]: LonLat): boolean {
  const [minLon, minLat, maxLon, maxLat] = shape.bbox;
  if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) return false;
  for (const polygon of shape.polygons) {
    let inside = false;
    for (const ring of polygon) if (ringContains(ring, lon, lat)) inside = !inside;
    if (inside) return true;
  }
  return false;
}

const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LON_AT_EQUATOR = 111.32;

/** Distance in km from a point to the nearest edge of the shape (its outlines and holes). */
export function distanceToBoundaryKm(shape: Shape, [lon, lat]: LonLat): number {
  const kx = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((lat * Math.PI) / 180);
  const ky = KM_PER_DEGREE_LAT;
  let best = Infinity;
  for (const polygon of shape.polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const ax = (ring[j]![0] - lon) * kx;
        const ay = (ring[j]![1] - lat) * ky;
        const bx = (ring[i]![0] - lon) * kx;
        const by = (ring[i]![1] - lat) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const lengthSquared = dx * dx + dy * dy;
        const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        const px = ax + t * dx;
        const py = ay + t * dy;
        const d = px * px + py * py;
        if (d < best) best = d;
      }
    }
  }
  return Math.sqrt(best);
}

/**
 * Inside the shape, or outside it by at most `toleranceKm`: how the integrity pass allows for
 * simplified boundaries (a coastal town's seat may fall just offshore of a generalised coast).
 */
export function withinKm(shape: Shape, point: LonLat, toleranceKm: number): boolean {
  if (contains(shape, point)) return true;
  const [minLon, minLat, maxLon, maxLat] = shape.bbox;
  const [lon, lat] = point;
  // Cheap rejection: more than the tolerance away from the bounding box.
  const marginLat = toleranceKm / KM_PER_DEGREE_LAT;
  const marginLon = toleranceKm / (KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((lat * Math.PI) / 180));
  if (lon < minLon - marginLon || lon > maxLon + marginLon || lat < minLat - marginLat || lat > maxLat + marginLat) return false;
  return distanceToBoundaryKm(shape, point) <= toleranceKm;
}
