/**
 * The integrity pass: what no single schema can see. Runs after every entry has passed its
 * schema, over the whole catalogue: relations resolve, the territory tree has no cycle,
 * periods run forward, points fall inside Italy, ids are unique.
 */
import { COLLECTIONS, collectionLocation, type CollectionName, type Ref } from '../schemas/index.ts';
import type { ValidEntry } from './content/validate.ts';
import { problemAt } from './content/validate.ts';
import { bounds, endNotBeforeStart, toIso, type PartialDate } from './partial-date.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** Italy's bounding box, with a small margin (Lampedusa to the Alps, Sardinia to Otranto). */
export const ITALY_BOUNDS = { minLat: 35.4, maxLat: 47.1, minLon: 6.6, maxLon: 18.6 } as const;

/** Administrative rank: a territory's parent must rank lower (be larger). */
const TERRITORY_RANK: Record<string, number> = {
  country: 0,
  region: 1,
  'metropolitan-city': 2,
  province: 2,
  'health-district': 3,
  municipality: 4,
};

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as Ref).id === 'string' &&
    typeof (value as Ref).collection === 'string'
  );
}

/** Every relation in an entry's data, with the field path where it stands. */
export function findRefs(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; ref: Ref }[] {
  if (isRef(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findRefs(item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findRefs(value, [...path, key]));
  }
  return [];
}

export interface IntegrityOptions {
  /** ISO day used for "not reviewed for three years" warnings. */
  today: string;
  /**
   * Ids of every entry that was read, valid or not: a reference to an entry that exists but
   * failed its schema is not reported again as a missing entry.
   */
  existingIds?: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** Collections whose file could not be read: references to them are not checked (the file's problem is reported). */
  unreadable?: ReadonlySet<CollectionName>;
}

export function checkIntegrity(entries: ValidEntry[], options: IntegrityOptions): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Map<string, ValidEntry>>();
  for (const entry of entries) {
    let byId = ids.get(entry.collection);
    if (!byId) ids.set(entry.collection, (byId = new Map()));
    const first = byId.get(entry.id);
    if (first) {
      problems.push(
        problemAt(entry, [], {
          message: `the id \`${entry.id}\` is already used by ${first.file}`,
          fix: COLLECTIONS[entry.collection].kind === 'taxonomy' ? `give one of the two terms in ${first.file} another \`id\`, or remove it` : 'rename one of the two files (the file name is the id)',
        }),
      );
      continue;
    }
    byId.set(entry.id, entry);
  }

  for (const entry of entries) {
    for (const { path, ref } of findRefs(entry.data)) {
      const target = ids.get(ref.collection);
      if (target?.has(ref.id) || options.existingIds?.get(ref.collection)?.has(ref.id) || options.unreadable?.has(ref.collection)) continue;
      const hint = didYouMean(ref.id, target?.keys() ?? []);
      problems.push(
        problemAt(entry, path, {
          message: `\`${ref.id}\` is not an entry of ${ref.collection}`,
          fix: hint ?? `use the id of an entry in ${collectionLocation(ref.collection)}, or add that entry`,
        }),
      );
    }
    const period = (entry.data as { period?: { start?: PartialDate; end?: PartialDate } }).period;
    if (period?.start && period.end && !endNotBeforeStart(period.start, period.end)) {
      problems.push(
        problemAt(entry, ['period', 'end'], {
          message: `ends (${toIso(period.end)}) before it starts (${toIso(period.start)})`,
          fix: 'check the two dates against the source; swap them if they were inverted',
        }),
      );
    }
    const reviewed = (entry.data as { lastReviewed?: PartialDate }).lastReviewed;
    // A review dated only to a year or month counts from the last day it may stand for.
    if (reviewed && bounds(reviewed).last < shiftYears(options.today, -3)) {
      problems.push(
        problemAt(entry, ['lastReviewed'], { message: `not reviewed since ${toIso(reviewed)}, over three years ago`, fix: 'check the entry against its sources and update `lastReviewed`' }, 'warning'),
      );
    }
    const data = entry.data as { summary?: string; summaryEn?: string };
    if (data.summary && !data.summaryEn && (entry.collection === 'practices' || entry.collection === 'projects')) {
      problems.push(
        problemAt(entry, ['summary'], { message: 'has no English version: the English site shows the Italian summary', fix: 'add `summaryEn:` with the summary in English' }, 'warning', 'key'),
      );
    }
  }

  problems.push(...checkTerritories(ids.get('territories') ?? new Map()));
  return problems;
}

function shiftYears(isoDay: string, years: number): string {
  return `${Number(isoDay.slice(0, 4)) + years}${isoDay.slice(4)}`;
}

interface TerritoryFields {
  kind: string;
  parent?: Ref;
  coordinates?: { lat: number; lon: number };
}

function checkTerritories(territories: Map<string, ValidEntry>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of territories.values()) {
    const data = entry.data as unknown as TerritoryFields;
    if (data.coordinates) {
      const { lat, lon } = data.coordinates;
      const b = ITALY_BOUNDS;
      if (lat < b.minLat || lat > b.maxLat || lon < b.minLon || lon > b.maxLon) {
        const swapped = lon >= b.minLat && lon <= b.maxLat && lat >= b.minLon && lat <= b.maxLon;
        problems.push(
          problemAt(entry, ['coordinates'], {
            message: `lat ${lat}, lon ${lon} is outside Italy`,
            fix: swapped ? 'latitude and longitude look swapped' : `latitude goes from ${b.minLat} to ${b.maxLat}, longitude from ${b.minLon} to ${b.maxLon}`,
          }),
        );
      }
    }
    if (!data.parent && data.kind !== 'country') {
      problems.push(problemAt(entry, ['parent'], { message: 'is required for every territory but Italy', fix: 'give the id of the territory this one belongs to (e.g. its province or region)' }));
    }
    if (data.parent && data.kind === 'country') {
      problems.push(problemAt(entry, ['parent'], { message: 'a country has no parent', fix: 'remove `parent`' }));
    }
    const parent = data.parent ? territories.get(data.parent.id) : undefined;
    if (parent) {
      const parentKind = (parent.data as unknown as TerritoryFields).kind;
      if ((TERRITORY_RANK[parentKind] ?? 0) >= (TERRITORY_RANK[data.kind] ?? 0)) {
        problems.push(
          problemAt(entry, ['parent'], {
            message: `a ${data.kind} cannot belong to a ${parentKind} (\`${parent.id}\`)`,
            fix: 'point `parent` to the larger territory that contains this one',
          }),
        );
      }
    }
  }
  // Cycles: follow parents from each territory; a chain that returns to a visited node is a loop.
  const reported = new Set<string>();
  for (const start of territories.keys()) {
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current && territories.has(current) && !chain.includes(current)) {
      chain.push(current);
      current = (territories.get(current)!.data as unknown as TerritoryFields).parent?.id;
    }
    if (current && chain.includes(current)) {
      const loop = chain.slice(chain.indexOf(current));
      const key = [...loop].sort().join(' ');
      if (reported.has(key)) continue;
      reported.add(key);
      const entry = territories.get(current)!;
      problems.push(
        problemAt(entry, ['parent'], {
          message: `the territory tree loops: ${[...loop, current].join(' → ')}`,
          fix: 'one of these parents is wrong: each territory must lead up to `italia`',
        }),
      );
    }
  }
  return problems;
}
