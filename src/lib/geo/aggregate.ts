/**
 * Practices counted by region and province for the map and its table, through the catalogue's
 * territory tree: a practice in Palermo counts for the metropolitan city of Palermo and for
 * Sicily (`catalog.practicesIn`, which rolls up and lists each practice once per territory).
 *
 * National practices (placed on Italy itself) are counted apart: they belong to no region,
 * and putting them on Rome or Lazio would shade the capital for work done everywhere.
 */
import type { Catalog, Practice } from '../catalog.ts';
import type { GeoLookup } from './lookup.ts';

export interface AreaCount {
  /** ISTAT code. */
  code: string;
  /** ISTAT's name; the page may prefer the territory entry's name in the reader's language. */
  name: string;
  /** The catalogue's territory with this code, when there is one. */
  territoryId?: string;
  /** Practices in the territory or inside it, each counted once. */
  count: number;
}

export interface PracticeCounts {
  /** Every region in ISTAT's list (20), with zero where the catalogue has none. */
  regions: AreaCount[];
  /** Every province and metropolitan city in ISTAT's list. */
  provinces: AreaCount[];
  /** Province shading by drawn shape (`092+111` covers two codes): distinct practices in any of its codes. */
  provinceShapes: Map<string, number>;
  /** Practices placed on the country as a whole. */
  national: number;
  /** Practices with no territory under a region (national ones, or placed on territories without a code). */
  outsideRegions: number;
  total: number;
}

export function countPracticesByArea(catalog: Catalog, lookup: GeoLookup): PracticeCounts {
  const territoryByCode = new Map<string, string>();
  for (const territory of catalog.territories.values()) {
    if (territory.data.istat && !territoryByCode.has(territory.data.istat)) territoryByCode.set(territory.data.istat, territory.id);
  }
  const practicesOf = (code: string): readonly Practice[] => {
    const id = territoryByCode.get(code);
    return id ? catalog.practicesIn(id) : [];
  };
  const counts = (level: 'region' | 'province'): AreaCount[] =>
    lookup.codes(level).map((code) => {
      const territoryId = territoryByCode.get(code);
      return { code, name: lookup.nameOf(code)!, ...(territoryId ? { territoryId } : {}), count: practicesOf(code).length };
    });

  const provinceShapes = new Map<string, number>();
  const shapeCodes = Map.groupBy(lookup.codes('province'), (code) => lookup.province(code)!.shape);
  for (const [shape, codes] of shapeCodes) provinceShapes.set(shape, new Set(codes.flatMap((code) => practicesOf(code))).size);

  const inRegions = new Set(lookup.codes('region').flatMap((code) => practicesOf(code)));
  let national = 0;
  for (const practice of catalog.practices.values()) {
    if (practice.data.territories.some((t) => catalog.territories.get(t.id)?.data.kind === 'country')) national++;
  }
  return {
    regions: counts('region'),
    provinces: counts('province'),
    provinceShapes,
    national,
    outsideRegions: catalog.practices.size - inRegions.size,
    total: catalog.practices.size,
  };
}
