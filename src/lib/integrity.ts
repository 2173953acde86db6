/**
 * The integrity pass: what no single schema can see. Runs after every entry has passed its
 * schema, over the whole catalogue: relations resolve, the territory tree has no cycle,
 * periods run forward, points fall inside Italy, ids are unique, ISTAT codes exist and agree
 * with the tree, and points fall inside their province (`src/lib/geo/`, `npm run geodata`).
 */
import { COLLECTIONS, collectionLocation, type CollectionName, type Ref } from '../schemas/index.ts';
import type { ValidEntry } from './content/validate.ts';
import { problemAt } from './content/validate.ts';
import { loadGeodata, type Geodata } from './geo/data.ts';
import { levelOfCode, type IstatLevel } from './geo/lookup.ts';
import { contains, distanceToBoundaryKm, withinKm, type LonLat } from './geo/point-in-polygon.ts';
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
  /** ISTAT lookup and boundaries; the committed ones (`src/data/geo/`, `public/geo/`) by default. */
  geodata?: Geodata;
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

  const territories = ids.get('territories') ?? new Map<string, ValidEntry>();
  problems.push(...checkTerritories(territories));
  problems.push(...checkGeography(territories, options.geodata ?? loadGeodata()));
  return problems;
}

function shiftYears(isoDay: string, years: number): string {
  return `${Number(isoDay.slice(0, 4)) + years}${isoDay.slice(4)}`;
}

interface TerritoryFields {
  name: string;
  shortName?: string;
  kind: string;
  istat?: string;
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

/** The ISTAT level each kind of territory is coded at; Italy and social-health districts have no code. */
const LEVEL_OF_KIND: Record<string, IstatLevel | undefined> = {
  region: 'region',
  province: 'province',
  'metropolitan-city': 'province',
  municipality: 'municipality',
};
const DIGITS: Record<IstatLevel, number> = { region: 2, province: 3, municipality: 6 };
const LEVEL_WORD: Record<IstatLevel, string> = { region: 'region', province: 'province or metropolitan city', municipality: 'municipality' };
const ISTAT_LIST = "ISTAT's list of municipalities (https://www.istat.it/it/archivio/6789)";

const insideItaly = ({ lat, lon }: { lat: number; lon: number }) =>
  lat >= ITALY_BOUNDS.minLat && lat <= ITALY_BOUNDS.maxLat && lon >= ITALY_BOUNDS.minLon && lon <= ITALY_BOUNDS.maxLon;

/**
 * ISTAT codes against the lookup, and points against boundaries:
 * - a code exists at the level of the territory's kind (2, 3 or 6 digits);
 * - the nearest ancestor at the parent level (a municipality's province, a province's region)
 *   has the code ISTAT gives as parent;
 * - a point lies inside the outline of the territory's own code, or of its nearest coded
 *   ancestor, within the lookup's tolerance (the drawn boundaries are simplified; the geodata
 *   script measures how far they moved and adds an allowance for the source's generalisation).
 */
function checkGeography(territories: Map<string, ValidEntry>, geodata: Geodata): Problem[] {
  const { lookup } = geodata;
  const problems: Problem[] = [];
  const fields = (entry: ValidEntry) => entry.data as unknown as TerritoryFields;
  const idsByCode = new Map<string, string[]>();
  for (const entry of territories.values()) {
    const code = fields(entry).istat;
    if (code) idsByCode.set(code, [...(idsByCode.get(code) ?? []), entry.id]);
  }
  /** Parents from the territory up (not itself), stopping at a loop (reported elsewhere). */
  const ancestorsOf = (entry: ValidEntry): ValidEntry[] => {
    const chain: ValidEntry[] = [];
    const seen = new Set([entry.id]);
    for (let parentId = fields(entry).parent?.id; parentId && !seen.has(parentId); ) {
      const parent = territories.get(parentId);
      if (!parent) break;
      chain.push(parent);
      seen.add(parentId);
      parentId = fields(parent).parent?.id;
    }
    return chain;
  };
  const describeCode = (code: string) => `\`${code}\` (${lookup.nameOf(code)})`;
  const namedAs = (level: IstatLevel, data: TerritoryFields) => {
    const codes = [...new Set([data.name, data.shortName].filter((n): n is string => !!n).flatMap((n) => lookup.codesNamed(level, n)))];
    return codes.length ? `ISTAT lists ${data.shortName ?? data.name} as ${codes.map(describeCode).join(' or ')}` : undefined;
  };

  for (const entry of territories.values()) {
    const data = fields(entry);
    const expectedLevel = LEVEL_OF_KIND[data.kind];
    let codeIsValid = false;
    if (data.istat) {
      const level = levelOfCode(data.istat);
      if (!expectedLevel) {
        problems.push(problemAt(entry, ['istat'], { message: `a ${data.kind} has no ISTAT code`, fix: 'remove `istat`' }));
      } else if (level !== expectedLevel) {
        problems.push(
          problemAt(entry, ['istat'], {
            message: `\`${data.istat}\` is a ${level ? LEVEL_WORD[level] : 'malformed'} code, but this territory is a ${data.kind}`,
            fix: namedAs(expectedLevel, data) ?? `a ${data.kind}'s ISTAT code has ${DIGITS[expectedLevel]} digits`,
          }),
        );
      } else if (!lookup.exists(data.istat)) {
        const province = level === 'municipality' ? data.istat.slice(0, 3) : undefined;
        problems.push(
          problemAt(entry, ['istat'], {
            message: `\`${data.istat}\` is not the ISTAT code of any ${LEVEL_WORD[level]}${level === 'municipality' ? ` in ISTAT's list of ${lookup.data.source.municipalitiesAsOf}` : ''}`,
            fix:
              namedAs(level, data) ??
              (level === 'region'
                ? `use one of: ${lookup.codes('region').map((c) => `${c} ${lookup.nameOf(c)}`).join(', ')}`
                : province && !lookup.exists(province)
                  ? `a municipality's code starts with its province's 3 digits, and \`${province}\` is no province`
                  : `check the code in ${ISTAT_LIST}`),
          }),
        );
      } else codeIsValid = true;
    }

    // The parent's code, from the nearest ancestor at the parent's level.
    const expectedParent = codeIsValid ? lookup.parentOf(data.istat!) : undefined;
    if (expectedParent) {
      const parentLevel = levelOfCode(expectedParent)!;
      const ancestor = ancestorsOf(entry).find((a) => LEVEL_OF_KIND[fields(a).kind] === parentLevel);
      const ancestorCode = ancestor ? fields(ancestor).istat : undefined;
      if (ancestor && ancestorCode && lookup.exists(ancestorCode) && ancestorCode !== expectedParent) {
        const candidates = idsByCode.get(expectedParent) ?? [];
        problems.push(
          problemAt(entry, ['parent'], {
            message: `ISTAT puts ${describeCode(data.istat!)} in ${describeCode(expectedParent)}, but its ${LEVEL_WORD[parentLevel]} here is \`${ancestor.id}\` (\`${ancestorCode}\`)`,
            fix: candidates.length
              ? `point \`parent\` to ${candidates.map((id) => `\`${id}\``).join(' or ')}, or correct \`istat\``
              : `point \`parent\` to the territory with ISTAT code \`${expectedParent}\` (add it if missing), or correct \`istat\``,
          }),
        );
      }
    }

    // The point, against the outline of the territory's own code or of its nearest coded ancestor.
    if (!data.coordinates || !insideItaly(data.coordinates)) continue;
    const outlineCode = codeIsValid ? data.istat! : ancestorsOf(entry).map((a) => fields(a).istat).find((c): c is string => !!c && lookup.exists(c));
    const outline = outlineCode ? geodata.outlineFor(outlineCode) : undefined;
    if (!outlineCode || !outline) continue;
    const point: LonLat = [data.coordinates.lon, data.coordinates.lat];
    const tolerance = lookup.data.toleranceKm;
    if (withinKm(outline, point, tolerance)) continue;
    const areaCode = geodata.outlineIsRegion(outlineCode) ? lookup.province(outlineCode.slice(0, 3))!.region : levelOfCode(outlineCode) === 'municipality' ? outlineCode.slice(0, 3) : outlineCode;
    const distance = Math.round(distanceToBoundaryKm(outline, point));
    const hereProvince = lookup.codes('province').find((c) => {
      const shape = geodata.outlineFor(c);
      return shape && !geodata.outlineIsRegion(c) && contains(shape, point);
    });
    problems.push(
      problemAt(entry, ['coordinates'], {
        message: `lat ${data.coordinates.lat}, lon ${data.coordinates.lon} is ${distance} km outside ${describeCode(areaCode)}, where ${outlineCode === data.istat ? 'its ISTAT code' : 'its parent'} puts it`,
        fix: `${hereProvince ? `that point is in ${describeCode(hereProvince)}: ` : ''}check the coordinates against the source (the municipal seat for a municipality)${outlineCode === data.istat ? ', and the ISTAT code' : ', and `parent`'}`,
      }),
    );
  }
  return problems;
}
