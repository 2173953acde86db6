/**
 * TopoJSON to GeoJSON features that d3-geo draws correctly.
 *
 * d3-geo works on the sphere: a ring's winding says which side is inside, exterior rings
 * clockwise. Many tools (and RFC 7946) wind them the other way, and merged TopoJSON follows
 * whatever its arcs did; d3 then reads a province as "the whole globe except the province",
 * which fills the whole map and puts centroids at the antipode. Every polygon is checked and
 * turned around when it covers more than a hemisphere (no Italian territory does).
 */
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export type AreaFeature<P = Record<string, unknown>> = Feature<Polygon | MultiPolygon, P> & { id: string };

const HEMISPHERE = 2 * Math.PI;

function rewindPolygon(rings: Position[][]): Position[][] {
  const area = geoArea({ type: 'Polygon', coordinates: rings });
  return area > HEMISPHERE ? rings.map((ring) => [...ring].reverse()) : rings;
}

/** The polygon(s) wound the way d3-geo expects (exterior clockwise). Returns a new geometry. */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(rewindPolygon) };
}

/**
 * Converted features, per topology and object: every page map starts from the same committed
 * topology, and converting it again for each of thousands of maps cost about 80 ms a map.
 */
const converted = new WeakMap<Topology, Map<string, AreaFeature[]>>();

/** Features of a polygon object of the topology (`regions`, `provinces`, `neighbours`), ids as strings, wound for d3. */
export function areaFeatures<P = Record<string, unknown>>(topology: Topology, objectName: string): AreaFeature<P>[] {
  let byObject = converted.get(topology);
  if (!byObject) converted.set(topology, (byObject = new Map()));
  const cached = byObject.get(objectName);
  if (cached) return cached as AreaFeature<P>[];
  const features = convert<P>(topology, objectName);
  byObject.set(objectName, features as AreaFeature[]);
  return features;
}

function convert<P>(topology: Topology, objectName: string): AreaFeature<P>[] {
  const object = topology.objects[objectName];
  if (!object) throw new Error(`the topology has no object \`${objectName}\``);
  const geometries: GeometryObject[] = object.type === 'GeometryCollection' ? (object as GeometryCollection).geometries : [object as GeometryObject];
  const features: AreaFeature<P>[] = [];
  for (const geometry of geometries) {
    const f = feature(topology, geometry) as Feature;
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    features.push({ ...(f as Feature<Polygon | MultiPolygon, P>), id: String(geometry.id), geometry: rewindForD3(f.geometry) });
  }
  return features;
}
