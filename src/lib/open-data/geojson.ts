/**
 * GeoJSON (RFC 7946) for maps: WGS84 longitude/latitude, in that order, no `crs` member.
 *
 * - `territori.geojson`: one Point per territory that has its own coordinates (a municipality's
 *   seat, usually); the others are left out rather than placed somewhere they are not.
 * - `pratiche.geojson`: one feature per practice, always a MultiPoint (one geometry type per
 *   file, which GIS tools load as one layer): a point for each of its territories, taken from
 *   the territory itself or, when it has none, from the nearest territory above it that has
 *   one (a district without coordinates is drawn at its province's point). The property
 *   `pointTerritoryIds` says whose point each position is. A practice with no coordinates
 *   anywhere up its territory tree (a national one, say) is left out of the GeoJSON and stays in
 *   the JSON and CSV files.
 *
 * Properties are the same records as the JSON files.
 */
import type { Feature, FeatureCollection, MultiPoint, Point, Position } from 'geojson';
import type { Catalog } from '../catalog.ts';
import type { OpenRecord } from './fields.ts';

export interface GeoJsonResult<G extends Point | MultiPoint> {
  collection: FeatureCollection<G, OpenRecord>;
  /** Records left out because no coordinates could be found for them. */
  omitted: number;
}

/** The territory whose point stands for this one: itself or the nearest ancestor with coordinates. */
function pointTerritory(catalog: Catalog, territoryId: string) {
  return catalog.ancestors(territoryId).find((t) => t.data.coordinates);
}

const position = (coordinates: { lat: number; lon: number }): Position => [coordinates.lon, coordinates.lat];

export function territoriesGeoJson(catalog: Catalog, records: readonly OpenRecord[]): GeoJsonResult<Point> {
  const features: Feature<Point, OpenRecord>[] = [];
  for (const record of records) {
    const id = String(record.id);
    const coordinates = catalog.territories.get(id)?.data.coordinates;
    if (coordinates) features.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates: position(coordinates) }, properties: record });
  }
  return { collection: { type: 'FeatureCollection', features }, omitted: records.length - features.length };
}

export function practicesGeoJson(catalog: Catalog, records: readonly OpenRecord[]): GeoJsonResult<MultiPoint> {
  const features: Feature<MultiPoint, OpenRecord>[] = [];
  for (const record of records) {
    const id = String(record.id);
    const practice = catalog.practices.get(id);
    const sources = new Map<string, Position>();
    for (const ref of practice?.data.territories ?? []) {
      const territory = pointTerritory(catalog, ref.id);
      if (territory?.data.coordinates && !sources.has(territory.id)) sources.set(territory.id, position(territory.data.coordinates));
    }
    if (sources.size === 0) continue;
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'MultiPoint', coordinates: [...sources.values()] },
      properties: { ...record, pointTerritoryIds: [...sources.keys()] },
    });
  }
  return { collection: { type: 'FeatureCollection', features }, omitted: records.length - features.length };
}

/** The file's text: one feature per line, so that a diff between two builds shows what changed. */
export function geoJsonText(collection: FeatureCollection): string {
  const features = collection.features.map((feature) => JSON.stringify(feature)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${features}\n]}\n`;
}
