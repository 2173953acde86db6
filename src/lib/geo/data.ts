/**
 * The committed geodata: the ISTAT lookup (`src/data/geo/lookup.json`) and the boundaries
 * (`public/geo/italia.topo.json`), both written by `npm run geodata`. Imported as JSON
 * modules, so Node scripts, Vite and tests read the same files with no path to resolve.
 */
import type { Topology } from 'topojson-specification';
import lookupJson from '../../data/geo/lookup.json' with { type: 'json' };
import topologyJson from '../../../public/geo/italia.topo.json' with { type: 'json' };
import { createLookup, levelOfCode, type GeoLookup, type GeoLookupData } from './lookup.ts';
import { shapeOf, type Shape } from './point-in-polygon.ts';
import { areaFeatures } from './topology.ts';

export interface Geodata {
  lookup: GeoLookup;
  topology: Topology;
  /**
   * The outline a territory's point is checked against: a region's own, a province's own, a
   * municipality's province's. Sardinian provinces (drawn with pre-2016 boundaries) give
   * Sardinia's outline. Undefined for an unknown code.
   */
  outlineFor(code: string): Shape | undefined;
  /** Whether `outlineFor(code)` is the code's region rather than its own shape. */
  outlineIsRegion(code: string): boolean;
}

export function createGeodata(lookupData: GeoLookupData, topology: Topology): Geodata {
  const lookup = createLookup(lookupData);
  const shapes = new Map<'regions' | 'provinces', Map<string, Shape>>();
  // Built on first use: content with no coordinates never decodes the boundaries.
  const shapeFor = (objectName: 'regions' | 'provinces', id: string): Shape | undefined => {
    let byId = shapes.get(objectName);
    if (!byId) shapes.set(objectName, (byId = new Map(areaFeatures(topology, objectName).map((f) => [f.id, shapeOf(f.geometry)]))));
    return byId.get(id);
  };
  const provinceOf = (code: string) => {
    const level = levelOfCode(code);
    return level === 'municipality' ? lookup.province(code.slice(0, 3)) : level === 'province' ? lookup.province(code) : undefined;
  };
  return {
    lookup,
    topology,
    outlineFor(code) {
      if (!lookup.exists(code)) return undefined;
      if (levelOfCode(code) === 'region') return shapeFor('regions', code);
      const province = provinceOf(code);
      if (!province) return undefined;
      return province.approximate ? shapeFor('regions', province.region) : shapeFor('provinces', province.shape);
    },
    outlineIsRegion: (code) => levelOfCode(code) !== 'region' && provinceOf(code)?.approximate === true,
  };
}

let cached: Geodata | undefined;

/** The committed geodata (cached). */
export function loadGeodata(): Geodata {
  cached ??= createGeodata(lookupJson as unknown as GeoLookupData, topologyJson as unknown as Topology);
  return cached;
}
