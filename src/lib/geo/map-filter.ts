/**
 * The filters of /mappa/ and the counts they give, in the browser: the same URL keys and the
 * same logic as /cerca/ (any ticked value within a facet, every facet with a ticked value), so
 * "vedi come elenco" opens /pratiche/ on the same practices. Counts go through the territory
 * tree like the page's table (`aggregate.ts`): with no filter they are the table's numbers.
 */
import type { MapPractice } from './map-data.ts';

/** The facets the map offers, by their /cerca/ URL keys. */
export const MAP_FACETS = ['tema', 'destinatari', 'fondo', 'intervento', 'evidenza'] as const;
export type MapFacet = (typeof MAP_FACETS)[number];
export type MapFilters = Partial<Record<MapFacet, string[]>>;

const valuesOf: Record<MapFacet, (p: MapPractice) => readonly (string | undefined)[]> = {
  tema: (p) => p.themes,
  destinatari: (p) => p.targetGroups,
  fondo: (p) => [p.fund],
  intervento: (p) => p.interventionTypes,
  evidenza: (p) => [p.evidence],
};

/** The map's filters read from a query string; other keys (`q`, `regione`…) are not the map's. */
export function parseMapFilters(params: URLSearchParams): MapFilters {
  const filters: MapFilters = {};
  for (const facet of MAP_FACETS) {
    const values = [...new Set(params.getAll(facet).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[facet] = values;
  }
  return filters;
}

/** The query string of the filters (without `?`), keys in the panel's order. */
export function mapFiltersToQuery(filters: MapFilters): string {
  const params = new URLSearchParams();
  for (const facet of MAP_FACETS) for (const value of filters[facet] ?? []) params.append(facet, value);
  return params.toString();
}

export function matchesMapFilters(practice: MapPractice, filters: MapFilters): boolean {
  return MAP_FACETS.every((facet) => {
    const wanted = filters[facet];
    return !wanted?.length || valuesOf[facet](practice).some((value) => value !== undefined && wanted.includes(value));
  });
}

export interface MapCounts {
  /** Practices by region and by province (ISTAT codes); areas with none are absent. */
  regions: Map<string, number>;
  provinces: Map<string, number>;
  /** Practices at each point of the map data. */
  points: number[];
  national: number;
  total: number;
}

/** Counts of the practices that pass the filters, each counted once per area. */
export function countMapPractices(practices: readonly MapPractice[], pointCount: number, filters: MapFilters): MapCounts {
  const counts: MapCounts = { regions: new Map(), provinces: new Map(), points: new Array<number>(pointCount).fill(0), national: 0, total: 0 };
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const practice of practices) {
    if (!matchesMapFilters(practice, filters)) continue;
    counts.total++;
    if (practice.national) counts.national++;
    if (practice.point >= 0) counts.points[practice.point]!++;
    for (const code of practice.regions) add(counts.regions, code);
    for (const code of practice.provinces) add(counts.provinces, code);
  }
  return counts;
}

/** An area the reader picked: a region, or a province shape (one or more province codes). */
export interface MapArea {
  level: 'region' | 'province';
  codes: readonly string[];
}

/** Positions (in the map data's order) of the practices that pass the filters and count in the area. */
export function practicesInArea(practices: readonly MapPractice[], filters: MapFilters, area: MapArea): number[] {
  const found: number[] = [];
  practices.forEach((practice, index) => {
    const codes = area.level === 'region' ? practice.regions : practice.provinces;
    if (codes.some((code) => area.codes.includes(code)) && matchesMapFilters(practice, filters)) found.push(index);
  });
  return found;
}

/** Positions of the practices at one point that pass the filters. */
export function practicesAtPoint(practices: readonly MapPractice[], filters: MapFilters, point: number): number[] {
  const found: number[] = [];
  practices.forEach((practice, index) => {
    if (practice.point === point && matchesMapFilters(practice, filters)) found.push(index);
  });
  return found;
}
