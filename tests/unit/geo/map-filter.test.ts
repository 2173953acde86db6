/** The map's filters: the /cerca/ URL keys, any value within a facet, every facet across. */
import { describe, expect, it } from 'vitest';
import type { MapPractice } from '../../../src/lib/geo/map-data.ts';
import { countMapPractices, mapFiltersToQuery, parseMapFilters, practicesAtPoint, practicesInArea } from '../../../src/lib/geo/map-filter.ts';

const practice = (over: Partial<MapPractice>): MapPractice => ({
  point: -1,
  themes: [],
  targetGroups: [],
  interventionTypes: [],
  evidence: 'declared',
  fund: undefined,
  startYear: undefined,
  regions: [],
  provinces: [],
  national: false,
  ...over,
});
const practices = [
  practice({ national: true, themes: ['casa'] }),
  practice({ point: 0, themes: ['casa', 'lavoro'], regions: ['19'], provinces: ['082'], fund: 'fami' }),
  practice({ point: 0, themes: ['lavoro'], regions: ['19'], provinces: ['082'], evidence: 'evaluated' }),
  practice({ point: 1, themes: ['salute'], regions: ['19', '12'], provinces: ['087', '058'] }),
];

describe('map filters', () => {
  it('read and write the same URL keys as /cerca/, ignoring the others', () => {
    const filters = parseMapFilters(new URLSearchParams('tema=casa&tema=lavoro&q=x&regione=sicilia&fondo=fami&evidenza='));
    expect(filters).toEqual({ tema: ['casa', 'lavoro'], fondo: ['fami'] });
    expect(mapFiltersToQuery(filters)).toBe('tema=casa&tema=lavoro&fondo=fami');
  });

  it('count each practice once per region and province, national ones apart', () => {
    const all = countMapPractices(practices, 2, {});
    expect(Object.fromEntries(all.regions)).toEqual({ '19': 3, '12': 1 });
    expect(all.provinces.get('082')).toBe(2);
    expect(all.points).toEqual([2, 1]);
    expect(all).toMatchObject({ national: 1, total: 4 });
  });

  it('keep practices with any ticked value of a facet and every facet ticked', () => {
    const housing = countMapPractices(practices, 2, { tema: ['casa'] });
    expect(Object.fromEntries(housing.regions)).toEqual({ '19': 1 });
    expect(housing).toMatchObject({ national: 1, total: 2, points: [1, 0] });
    expect(countMapPractices(practices, 2, { tema: ['casa', 'salute'] }).total).toBe(3);
    expect(countMapPractices(practices, 2, { tema: ['lavoro'], evidenza: ['evaluated'] }).total).toBe(1);
  });

  it('find the practices of an area or a point', () => {
    expect(practicesInArea(practices, {}, { level: 'region', codes: ['19'] })).toEqual([1, 2, 3]);
    expect(practicesInArea(practices, { tema: ['lavoro'] }, { level: 'province', codes: ['082', '087'] })).toEqual([1, 2]);
    expect(practicesAtPoint(practices, { fondo: ['fami'] }, 0)).toEqual([1]);
  });
});
