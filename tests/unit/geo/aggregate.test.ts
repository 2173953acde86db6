/** Practices counted by region and province through the territory tree, for the map and its table. */
import { describe, expect, it } from 'vitest';
import { countPracticesByArea } from '../../../src/lib/geo/aggregate.ts';
import { loadGeodata } from '../../../src/lib/geo/data.ts';
import { makeCatalog, rawPractice } from '../../support/catalog-builder.ts';

const { lookup } = loadGeodata();
const territories = {
  italia: { name: 'Italia', kind: 'country' },
  sicilia: { name: 'Sicilia', kind: 'region', istat: '19', parent: 'italia' },
  lazio: { name: 'Lazio', kind: 'region', istat: '12', parent: 'italia' },
  'citta-metropolitana-palermo': { name: 'Città metropolitana di Palermo', kind: 'metropolitan-city', istat: '082', parent: 'sicilia' },
  'citta-metropolitana-catania': { name: 'Città metropolitana di Catania', kind: 'metropolitan-city', istat: '087', parent: 'sicilia' },
  palermo: { name: 'Palermo', kind: 'municipality', istat: '082053', parent: 'citta-metropolitana-palermo' },
  catania: { name: 'Catania', kind: 'municipality', istat: '087015', parent: 'citta-metropolitana-catania' },
  roma: { name: 'Roma', kind: 'municipality', istat: '058091', parent: 'lazio' },
};
const catalog = makeCatalog({
  territories,
  practices: {
    'a-palermo': rawPractice({ territories: ['palermo'] }),
    'in-palermo-e-catania': rawPractice({ territories: ['palermo', 'catania'] }),
    'in-sicilia': rawPractice({ territories: ['sicilia'] }),
    nazionale: rawPractice({ territories: ['italia'] }),
    'a-roma': rawPractice({ territories: ['roma'] }),
  },
});
const counts = countPracticesByArea(catalog, lookup);
const region = (code: string) => counts.regions.find((r) => r.code === code)!;
const province = (code: string) => counts.provinces.find((p) => p.code === code)!;

describe('practices by area', () => {
  it('rolls practices up to their province and region, each once', () => {
    expect(region('19')).toEqual({ code: '19', name: 'Sicilia', territoryId: 'sicilia', count: 3 });
    expect(province('082').count).toBe(2);
    expect(province('087').count).toBe(1);
  });

  it('keeps national practices apart rather than pinning them on Rome', () => {
    expect(counts.national).toBe(1);
    expect(region('12').count).toBe(1);
    expect(province('058').count).toBe(0); // Roma's municipality sits straight under Lazio here
    expect(counts.outsideRegions).toBe(1);
    expect(counts.total).toBe(5);
  });

  it('lists all 20 regions and every province, with zero where the catalogue has none', () => {
    expect(counts.regions).toHaveLength(20);
    expect(region('20')).toEqual({ code: '20', name: 'Sardegna', count: 0 });
    expect(counts.provinces).toHaveLength(lookup.codes('province').length);
  });

  it('counts a shape drawn for two provinces once per practice', () => {
    expect(counts.provinceShapes.get('082')).toBe(2);
    expect(counts.provinceShapes.get('092+111')).toBe(0);
  });
});
