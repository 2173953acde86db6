/**
 * The /mappa/ page's data: where every practice is and the values its filters test, small
 * enough to load at once (budget: 12 bytes per practice gzipped at 10,000 practices).
 *
 * Columnar JSON of small integers, which gzip packs well:
 * - points: one per distinct place (territory id, [lon, lat] in thousandths of a degree,
 *   about 100 m); practices are sorted by point, so the practice → point column becomes one
 *   count per point (`perPoint`), practices without a point first (`unplaced`: national ones);
 * - multi-valued filters (themes, target groups, intervention types) as bitmasks over their
 *   dictionary; single-valued ones (evidence level, fund, start year) as indexes, 0 for none.
 * No practice ids: a point links to its territory's page, which lists the practices.
 *
 * `decodeMapData` turns it back into one record per practice; it has no imports, so the
 * browser script can use it as is.
 */
import type { Catalog, Practice, Territory } from '../catalog.ts';
import type { GeoLookup } from './lookup.ts';

export interface MapData {
  version: 1;
  points: { ids: string[]; lon: number[]; lat: number[] };
  dictionaries: { themes: string[]; targetGroups: string[]; interventionTypes: string[]; evidence: string[]; funds: string[] };
  /** Practices with no point (placed on Italy, or on territories with no point up their tree). */
  unplaced: number;
  /** Practices at each point, in the order of `points`. */
  perPoint: number[];
  /** One value per practice, unplaced first, then point by point. */
  columns: { themes: number[]; targetGroups: number[]; interventionTypes: number[]; evidence: number[]; funds: number[]; startYear: number[] };
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

export function buildMapData(catalog: Catalog, lookup: GeoLookup): MapData {
  const dictionary = (terms: Iterable<{ id: string }>) => [...terms].map((t) => t.id);
  const dictionaries = {
    themes: dictionary(catalog.taxonomies.themes.values()),
    targetGroups: dictionary(catalog.taxonomies.targetGroups.values()),
    interventionTypes: dictionary(catalog.taxonomies.interventionTypes.values()),
    evidence: [] as string[],
    funds: dictionary(catalog.taxonomies.funds.values()),
  };
  for (const [name, values] of Object.entries(dictionaries)) {
    if (values.length > 53) throw new Error(`the ${name} dictionary has ${values.length} terms: bitmasks hold 53`);
  }
  const indexOf = (values: string[]) => new Map(values.map((v, i) => [v, i]));
  const themeIndex = indexOf(dictionaries.themes);
  const targetIndex = indexOf(dictionaries.targetGroups);
  const typeIndex = indexOf(dictionaries.interventionTypes);
  const fundIndex = indexOf(dictionaries.funds);

  // Distinct places, by rounded coordinates: two territories on the same spot share a point.
  const pointKeys = new Map<string, number>();
  const points: MapData['points'] = { ids: [], lon: [], lat: [] };
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
  const sortedPoints = { ids: order.map((i) => points.ids[i]!), lon: order.map((i) => points.lon[i]!), lat: order.map((i) => points.lat[i]!) };
  for (const row of rows) row.point = row.point < 0 ? -1 : rank.get(row.point)!;
  rows.sort((a, b) => a.point - b.point);

  const evidenceIndex = new Map<string, number>();
  const columns: MapData['columns'] = { themes: [], targetGroups: [], interventionTypes: [], evidence: [], funds: [], startYear: [] };
  const perPoint = new Array<number>(sortedPoints.ids.length).fill(0);
  let unplaced = 0;
  for (const { point, practice } of rows) {
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
  }
  return { version: 1, points: sortedPoints, dictionaries, unplaced, perPoint, columns, yearBase };
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
    });
  }
  return practices;
}
