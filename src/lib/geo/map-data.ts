/**
 * The /mappa/ page's data: where every practice is and the values its filters test, small
 * enough to load at once (budget: 12 bytes per practice gzipped at 10,000 practices).
 *
 * Columnar JSON of small integers, which gzip packs well:
 * - points: one per distinct place (territory id, [lon, lat] in thousandths of a degree,
 *   about 100 m); practices are sorted by point, so the practice → point column becomes one
 *   count per point (`perPoint`), practices without a point first (`unplaced`: national ones);
 * - multi-valued filters (themes, target groups, intervention types) as bitmasks over their
 *   dictionary; single-valued ones (evidence level, fund, start year) as indexes, 0 for none;
 * - where a practice counts, through the territory tree as on the territory pages: its regions
 *   as a bitmask over ISTAT's 20, its provinces as one index (or a list of them), and whether
 *   it works at national scale.
 * No practice ids or titles: those are in the details files (`buildMapDetails`), one per region,
 * which the page loads only when the reader opens a place or an area.
 *
 * `decodeMapData` turns it back into one record per practice; it has no runtime imports, so
 * the browser script can use it as is.
 */
import type { Catalog, Practice, Territory } from '../catalog.ts';
import { projectLabel } from '../labels.ts';
import { levelOfCode, type GeoLookup } from './lookup.ts';

export interface MapData {
  version: 1;
  /** `region`: index + 1 into `dictionaries.regions` of the point's region, 0 for none; it names the details file of the point's practices. */
  points: { ids: string[]; lon: number[]; lat: number[]; region: number[] };
  /** `regions` and `provinces` are ISTAT codes. */
  dictionaries: { themes: string[]; targetGroups: string[]; interventionTypes: string[]; evidence: string[]; funds: string[]; regions: string[]; provinces: string[] };
  /** Practices with no point (placed on Italy, or on territories with no point up their tree). */
  unplaced: number;
  /** Practices at each point, in the order of `points`. */
  perPoint: number[];
  /** One value per practice, unplaced first, then point by point. */
  columns: {
    themes: number[];
    targetGroups: number[];
    interventionTypes: number[];
    evidence: number[];
    funds: number[];
    startYear: number[];
    regions: number[];
    /** Index + 1 into `dictionaries.provinces`, a list of them for a practice in several, 0 for none. */
    provinces: (number | number[])[];
    /** 1 for a practice placed on the country as a whole. */
    national: number[];
  };
  /** `startYear` values are offsets from this year, plus one; 0 for no start date. */
  yearBase: number;
}

export interface MapPractice {
  /** Index into `points`, or -1. */
  point: number;
  themes: string[];
  targetGroups: string[];
  interventionTypes: string[];
  evidence: string | undefined;
  fund: string | undefined;
  startYear: number | undefined;
  /** ISTAT codes of the regions and provinces it counts in. */
  regions: string[];
  provinces: string[];
  national: boolean;
}

/** The details file of one region (its ISTAT code) or of the practices in none (`italia`). */
export const NO_REGION = 'italia';

/** What a popup or the selection panel shows of the practices of one details file. */
export interface MapDetails {
  version: 1;
  practices: {
    /** Position in `MapData`'s practice order. */
    index: number;
    id: string;
    title: string;
    /** Index into `projects`, -1 when the project is unknown. */
    project: number;
    /** Indexes into `territories`. */
    territories: number[];
  }[];
  projects: { id: string; label: string }[];
  territories: { id: string; name: string; nameEn?: string }[];
}

export interface MapFiles {
  data: MapData;
  /** Details by file key: a region's ISTAT code, or `NO_REGION`. */
  details: Map<string, MapDetails>;
}

/** Larger territories rank lower: the most precise territory of a practice has the highest rank. */
const PRECISION: Record<string, number> = { country: 0, region: 1, 'metropolitan-city': 2, province: 2, 'health-district': 3, municipality: 4 };

/** A bitmask of dictionary positions; arithmetic rather than `|`, which stops at 31 bits. */
function mask(values: readonly string[], index: ReadonlyMap<string, number>): number {
  let bits = 0;
  for (const value of new Set(values)) bits += 2 ** index.get(value)!;
  return bits;
}

function unmask(bits: number, dictionary: readonly string[]): string[] {
  const values: string[] = [];
  for (let i = 0; bits > 0; i++, bits = Math.floor(bits / 2)) if (bits % 2) values.push(dictionary[i]!);
  return values;
}

/**
 * A practice's point: that of its most precise territory (the first listed among equals); the
 * territory's own coordinates, else the nearest ancestor's, else the label point of the
 * nearest ancestor with an ISTAT code. Italy itself gives none.
 */
export function practicePoint(practice: Practice, catalog: Catalog, lookup: GeoLookup): { territory: Territory; lon: number; lat: number } | undefined {
  let best: Territory | undefined;
  for (const ref of practice.data.territories) {
    const territory = catalog.territories.get(ref.id);
    if (territory && (!best || (PRECISION[territory.data.kind] ?? 0) > (PRECISION[best.data.kind] ?? 0))) best = territory;
  }
  if (!best || best.data.kind === 'country') return undefined;
  for (const t of catalog.ancestors(best.id)) {
    if (t.data.kind === 'country') break;
    if (t.data.coordinates) return { territory: best, lon: t.data.coordinates.lon, lat: t.data.coordinates.lat };
    const label = t.data.istat ? lookup.labelOf(t.data.istat) : undefined;
    if (label) return { territory: best, lon: label[0], lat: label[1] };
  }
  return undefined;
}

/** Where a practice counts: the ISTAT codes of its territories and their ancestors, by level. */
function areasOf(practice: Practice, catalog: Catalog): { regions: Set<string>; provinces: Set<string>; national: boolean } {
  const regions = new Set<string>();
  const provinces = new Set<string>();
  let national = false;
  for (const ref of practice.data.territories) {
    for (const t of catalog.ancestors(ref.id)) {
      if (t.id === ref.id && t.data.kind === 'country') national = true;
      const level = t.data.istat ? levelOfCode(t.data.istat) : undefined;
      if (level === 'region') regions.add(t.data.istat!);
      else if (level === 'province') provinces.add(t.data.istat!);
    }
  }
  return { regions, provinces, national };
}

/** The map data and its details files, from one ordering of the practices. */
export function buildMapFiles(catalog: Catalog, lookup: GeoLookup): MapFiles {
  const dictionary = (terms: Iterable<{ id: string }>) => [...terms].map((t) => t.id);
  const dictionaries: MapData['dictionaries'] = {
    themes: dictionary(catalog.taxonomies.themes.values()),
    targetGroups: dictionary(catalog.taxonomies.targetGroups.values()),
    interventionTypes: dictionary(catalog.taxonomies.interventionTypes.values()),
    evidence: [],
    funds: dictionary(catalog.taxonomies.funds.values()),
    regions: lookup.codes('region'),
    provinces: lookup.codes('province'),
  };
  for (const name of ['themes', 'targetGroups', 'interventionTypes', 'funds', 'regions'] as const) {
    if (dictionaries[name].length > 53) throw new Error(`the ${name} dictionary has ${dictionaries[name].length} terms: bitmasks hold 53`);
  }
  const indexOf = (values: string[]) => new Map(values.map((v, i) => [v, i]));
  const themeIndex = indexOf(dictionaries.themes);
  const targetIndex = indexOf(dictionaries.targetGroups);
  const typeIndex = indexOf(dictionaries.interventionTypes);
  const fundIndex = indexOf(dictionaries.funds);
  const regionIndex = indexOf(dictionaries.regions);
  const provinceIndex = indexOf(dictionaries.provinces);
  const regionCodeOf = (territory: Territory) => catalog.ancestors(territory.id).find((t) => t.data.istat && levelOfCode(t.data.istat) === 'region')?.data.istat;

  // Distinct places, by rounded coordinates: two territories on the same spot share a point.
  const pointKeys = new Map<string, number>();
  const points: MapData['points'] = { ids: [], lon: [], lat: [], region: [] };
  const rows: { point: number; practice: Practice }[] = [];
  let yearBase = Infinity;
  for (const practice of catalog.practices.values()) {
    const located = practicePoint(practice, catalog, lookup);
    let point = -1;
    if (located) {
      const lon = Math.round(located.lon * 1000);
      const lat = Math.round(located.lat * 1000);
      const key = `${lon},${lat}`;
      point = pointKeys.get(key) ?? -1;
      if (point < 0) {
        point = points.ids.length;
        pointKeys.set(key, point);
        points.ids.push(located.territory.id);
        points.lon.push(lon);
        points.lat.push(lat);
        const region = regionCodeOf(located.territory);
        points.region.push(region === undefined ? 0 : regionIndex.get(region)! + 1);
      }
    }
    const start = practice.data.period?.start?.year;
    if (start !== undefined && start < yearBase) yearBase = start;
    rows.push({ point, practice });
  }
  if (!Number.isFinite(yearBase)) yearBase = 0;

  // Points in west-to-east order make the coordinate columns smoother; practices follow their point.
  const order = points.ids.map((_, i) => i).sort((a, b) => points.lon[a]! - points.lon[b]! || points.lat[a]! - points.lat[b]!);
  const rank = new Map(order.map((old, i) => [old, i]));
  const sortedPoints = { ids: order.map((i) => points.ids[i]!), lon: order.map((i) => points.lon[i]!), lat: order.map((i) => points.lat[i]!), region: order.map((i) => points.region[i]!) };
  for (const row of rows) row.point = row.point < 0 ? -1 : rank.get(row.point)!;
  rows.sort((a, b) => a.point - b.point);

  const evidenceIndex = new Map<string, number>();
  const columns: MapData['columns'] = { themes: [], targetGroups: [], interventionTypes: [], evidence: [], funds: [], startYear: [], regions: [], provinces: [], national: [] };
  const perPoint = new Array<number>(sortedPoints.ids.length).fill(0);
  const details = new Map<string, DetailsBuilder>();
  const detailsOf = (key: string) => {
    let builder = details.get(key);
    if (!builder) details.set(key, (builder = detailsBuilder(catalog)));
    return builder;
  };
  let unplaced = 0;
  rows.forEach(({ point, practice }, index) => {
    const d = practice.data;
    if (point < 0) unplaced++;
    else perPoint[point]!++;
    columns.themes.push(mask(d.themes.map((t) => t.id), themeIndex));
    columns.targetGroups.push(mask(d.targetGroups.map((t) => t.id), targetIndex));
    columns.interventionTypes.push(mask(d.interventionTypes.map((t) => t.id), typeIndex));
    let evidence = evidenceIndex.get(d.evidence.level);
    if (evidence === undefined) {
      evidence = dictionaries.evidence.length;
      evidenceIndex.set(d.evidence.level, evidence);
      dictionaries.evidence.push(d.evidence.level);
    }
    columns.evidence.push(evidence);
    const fund = catalog.projects.get(d.project.id)?.data.fund?.id;
    columns.funds.push(fund ? fundIndex.get(fund)! + 1 : 0);
    const start = d.period?.start?.year;
    columns.startYear.push(start === undefined ? 0 : start - yearBase + 1);
    const areas = areasOf(practice, catalog);
    const regions = [...areas.regions].filter((code) => regionIndex.has(code));
    columns.regions.push(mask(regions, regionIndex));
    const provinces = [...areas.provinces].filter((code) => provinceIndex.has(code)).map((code) => provinceIndex.get(code)! + 1);
    columns.provinces.push(provinces.length === 0 ? 0 : provinces.length === 1 ? provinces[0]! : provinces);
    columns.national.push(areas.national ? 1 : 0);
    // In the file of each region it counts in, and in that of its point (the popup's file).
    const pointRegion = point < 0 ? 0 : sortedPoints.region[point]!;
    const keys = new Set(regions);
    keys.add(pointRegion ? dictionaries.regions[pointRegion - 1]! : NO_REGION);
    if (!regions.length) keys.add(NO_REGION);
    for (const key of keys) detailsOf(key).add(index, practice);
  });
  return {
    data: { version: 1, points: sortedPoints, dictionaries, unplaced, perPoint, columns, yearBase },
    details: new Map([...details].map(([key, builder]) => [key, builder.done()])),
  };
}

interface DetailsBuilder {
  add(index: number, practice: Practice): void;
  done(): MapDetails;
}

function detailsBuilder(catalog: Catalog): DetailsBuilder {
  const details: MapDetails = { version: 1, practices: [], projects: [], territories: [] };
  const projects = new Map<string, number>();
  const territories = new Map<string, number>();
  const projectIndex = (id: string) => {
    let i = projects.get(id);
    const project = catalog.projects.get(id);
    if (i === undefined && project) {
      i = details.projects.push({ id, label: projectLabel(project.data) }) - 1;
      projects.set(id, i);
    }
    return i ?? -1;
  };
  const territoryIndex = (territory: Territory) => {
    let i = territories.get(territory.id);
    if (i === undefined) {
      const { name, nameEn } = territory.data;
      i = details.territories.push({ id: territory.id, name, ...(nameEn ? { nameEn } : {}) }) - 1;
      territories.set(territory.id, i);
    }
    return i;
  };
  return {
    add(index, practice) {
      const d = practice.data;
      const placed = d.territories.flatMap((ref) => {
        const territory = catalog.territories.get(ref.id);
        return territory ? [territoryIndex(territory)] : [];
      });
      details.practices.push({ index, id: practice.id, title: d.title, project: projectIndex(d.project.id), territories: placed });
    },
    done: () => details,
  };
}

/** One record per practice, in the data's order (unplaced first, then point by point). */
export function decodeMapData(data: MapData): MapPractice[] {
  const practices: MapPractice[] = [];
  const pointOf: number[] = new Array<number>(data.unplaced).fill(-1);
  data.perPoint.forEach((count, point) => {
    for (let i = 0; i < count; i++) pointOf.push(point);
  });
  const c = data.columns;
  const dict = data.dictionaries;
  for (let i = 0; i < pointOf.length; i++) {
    practices.push({
      point: pointOf[i]!,
      themes: unmask(c.themes[i]!, dict.themes),
      targetGroups: unmask(c.targetGroups[i]!, dict.targetGroups),
      interventionTypes: unmask(c.interventionTypes[i]!, dict.interventionTypes),
      evidence: dict.evidence[c.evidence[i]!],
      fund: c.funds[i] ? dict.funds[c.funds[i]! - 1] : undefined,
      startYear: c.startYear[i] ? data.yearBase + c.startYear[i]! - 1 : undefined,
      regions: unmask(c.regions[i]!, dict.regions),
      provinces: ([] as number[]).concat(c.provinces[i]!).flatMap((p) => (p ? [dict.provinces[p - 1]!] : [])),
      national: c.national[i] === 1,
    });
  }
  return practices;
}
