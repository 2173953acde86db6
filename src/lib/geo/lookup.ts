/**
 * The ISTAT lookup written by `npm run geodata` (`src/data/geo/lookup.json`): which codes exist,
 * their names, parents and label points. Pure: the data comes in as an argument
 * (`src/lib/geo/data.ts` reads the committed files).
 */
import type { LonLat } from './point-in-polygon.ts';

export interface RegionRecord {
  name: string;
  /** A point inside the region for a label or a marker, [lon, lat]. */
  label: [number, number];
}

export interface ProvinceRecord {
  name: string;
  /** Two-digit code of the region. */
  region: string;
  /** Vehicle-plate abbreviation, e.g. "PA". */
  abbr: string;
  label: [number, number];
  /** Id of the geometry drawing it in the TopoJSON's `provinces` (`092+111` for two Sardinian provinces drawn as one). */
  shape: string;
  /** Drawn with boundaries older than its code (Sardinia before 2016): shown, but not used to check points. */
  approximate?: true;
}

export interface GeoLookupData {
  source: { attribution: string; retrieved: string; packages: string[]; municipalitiesAsOf: string };
  /** How far outside a simplified outline a point may lie and still count as inside, in km. */
  toleranceKm: number;
  regions: Record<string, RegionRecord>;
  provinces: Record<string, ProvinceRecord>;
  /** Municipality code → name. Its province is the code's first three digits. */
  municipalities: Record<string, string>;
}

export type IstatLevel = 'region' | 'province' | 'municipality';

/** The level an ISTAT code stands for, by its length (2, 3 or 6 digits). */
export function levelOfCode(code: string): IstatLevel | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  return code.length === 2 ? 'region' : code.length === 3 ? 'province' : code.length === 6 ? 'municipality' : undefined;
}

export interface GeoLookup {
  readonly data: GeoLookupData;
  exists(code: string): boolean;
  /** Official name (ISTAT's spelling), or undefined for an unknown code. */
  nameOf(code: string): string | undefined;
  /** The code of the next level up: a municipality's province, a province's region; undefined for a region or an unknown code. */
  parentOf(code: string): string | undefined;
  /** A point for a label or marker: the region's or province's; a municipality has none of its own here. */
  labelOf(code: string): LonLat | undefined;
  region(code: string): RegionRecord | undefined;
  province(code: string): ProvinceRecord | undefined;
  /** Province code from its abbreviation ("PA" → "082"). */
  provinceByAbbr(abbr: string): string | undefined;
  /** Every code of a level, sorted. */
  codes(level: IstatLevel): string[];
  /**
   * Codes of a level whose name matches, ignoring case, accents and the title of the body
   * ("Provincia di", "Città metropolitana di"…); bilingual names match either part.
   */
  codesNamed(level: IstatLevel, name: string): string[];
}

const TITLES = /^(provincia autonoma di|provincia di|citta metropolitana di|libero consorzio comunale di|ente di decentramento regionale di|comune di|regione)\s+/;

/** A name as compared: lower case, no accents, no title, one kind of apostrophe. */
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TITLES, '');
}

export function createLookup(data: GeoLookupData): GeoLookup {
  const byAbbr = new Map(Object.entries(data.provinces).map(([code, p]) => [p.abbr, code]));
  const own = (record: object, code: string) => Object.hasOwn(record, code);
  const nameIndexes = new Map<IstatLevel, Map<string, string[]>>();
  const nameIndex = (level: IstatLevel) => {
    let index = nameIndexes.get(level);
    if (!index) {
      index = new Map();
      for (const code of lookup.codes(level)) {
        for (const part of lookup.nameOf(code)!.split('/')) {
          const key = normalizePlaceName(part);
          index.set(key, [...(index.get(key) ?? []), code]);
        }
      }
      nameIndexes.set(level, index);
    }
    return index;
  };
  const lookup: GeoLookup = {
    data,
    exists: (code) => lookup.nameOf(code) !== undefined,
    nameOf(code) {
      const level = levelOfCode(code);
      if (level === 'region') return own(data.regions, code) ? data.regions[code]!.name : undefined;
      if (level === 'province') return own(data.provinces, code) ? data.provinces[code]!.name : undefined;
      if (level === 'municipality') return own(data.municipalities, code) ? data.municipalities[code] : undefined;
      return undefined;
    },
    parentOf(code) {
      if (!lookup.exists(code)) return undefined;
      const level = levelOfCode(code);
      if (level === 'province') return data.provinces[code]!.region;
      if (level === 'municipality') return code.slice(0, 3);
      return undefined;
    },
    labelOf(code) {
      const level = levelOfCode(code);
      if (level === 'region') return lookup.region(code)?.label;
      if (level === 'province') return lookup.province(code)?.label;
      return undefined;
    },
    region: (code) => (own(data.regions, code) ? data.regions[code] : undefined),
    province: (code) => (own(data.provinces, code) ? data.provinces[code] : undefined),
    provinceByAbbr: (abbr) => byAbbr.get(abbr.toUpperCase()),
    codes(level) {
      const record = level === 'region' ? data.regions : level === 'province' ? data.provinces : data.municipalities;
      return Object.keys(record).sort();
    },
    codesNamed: (level, name) => [...new Set(name.split('/').flatMap((part) => nameIndex(level).get(normalizePlaceName(part)) ?? []))],
  };
  return lookup;
}
