/** The /mappa/ data: every practice's point and filter values, compact, and read back unchanged. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticTree } from '../../../scripts/generate.ts';
import { countPracticesByArea } from '../../../src/lib/geo/aggregate.ts';
import { loadGeodata } from '../../../src/lib/geo/data.ts';
import { countMapPractices } from '../../../src/lib/geo/map-filter.ts';
import { buildMapFiles, decodeMapData, NO_REGION, practicePoint } from '../../../src/lib/geo/map-data.ts';
import { catalogOfTree, makeCatalog, rawPractice } from '../../support/catalog-builder.ts';

const { lookup } = loadGeodata();

describe('map data', () => {
  const catalog = makeCatalog({
    territories: {
      italia: { name: 'Italia', kind: 'country' },
      sicilia: { name: 'Sicilia', kind: 'region', istat: '19', parent: 'italia' },
      'citta-metropolitana-palermo': { name: 'Città metropolitana di Palermo', kind: 'metropolitan-city', istat: '082', parent: 'sicilia' },
      palermo: { name: 'Palermo', kind: 'municipality', istat: '082053', parent: 'citta-metropolitana-palermo', coordinates: { lat: 38.1157, lon: 13.3615 } },
      distretto: { name: 'Distretto', kind: 'health-district', parent: 'citta-metropolitana-palermo' },
    },
    themes: [{ id: 'casa', label: { it: 'Casa', en: 'Housing' } }, { id: 'lavoro', label: { it: 'Lavoro', en: 'Work' } }],
    practices: {
      'a-palermo': rawPractice({ territories: ['sicilia', 'palermo'], themes: ['casa', 'lavoro'], period: { start: 2019 } }),
      'nel-distretto': rawPractice({ territories: ['distretto'] }),
      'in-sicilia': rawPractice({ territories: ['sicilia'], evidence: { level: 'evaluated', note: 'Valutata.' } }),
      nazionale: rawPractice({ territories: ['italia'] }),
    },
  });

  it('places a practice at its most precise territory, or at the label point up its tree', () => {
    expect(practicePoint(catalog.practices.get('a-palermo')!, catalog, lookup)).toMatchObject({ lon: 13.3615, lat: 38.1157 });
    expect(practicePoint(catalog.practices.get('nel-distretto')!, catalog, lookup)).toMatchObject({ territory: { id: 'distretto' }, lon: lookup.labelOf('082')![0] });
    expect(practicePoint(catalog.practices.get('in-sicilia')!, catalog, lookup)).toMatchObject({ lon: lookup.labelOf('19')![0] });
    expect(practicePoint(catalog.practices.get('nazionale')!, catalog, lookup)).toBeUndefined();
  });

  it('reads back every practice with its point and filter values', () => {
    const data = buildMapFiles(catalog, lookup).data;
    expect(data.unplaced).toBe(1);
    const decoded = decodeMapData(JSON.parse(JSON.stringify(data)));
    expect(decoded).toHaveLength(4);
    const atPalermo = decoded.find((p) => p.point >= 0 && data.points.ids[p.point] === 'palermo')!;
    expect(atPalermo).toEqual({
      point: atPalermo.point,
      themes: ['casa', 'lavoro'],
      targetGroups: ['migranti'],
      interventionTypes: ['formazione'],
      evidence: 'declared',
      fund: undefined,
      startYear: 2019,
      regions: ['19'],
      provinces: ['082'],
      national: false,
    });
    expect(decoded.filter((p) => p.evidence === 'evaluated')).toHaveLength(1);
    expect(decoded[0]!).toMatchObject({ point: -1, regions: [], provinces: [], national: true });
  });

  it('gives each region a details file with the titles, projects and territories a popup shows', () => {
    const { data, details } = buildMapFiles(catalog, lookup);
    expect([...details.keys()].sort()).toEqual(['19', NO_REGION]);
    const sicily = details.get('19')!;
    expect(sicily.practices).toHaveLength(3);
    const palermo = data.points.ids.indexOf('palermo');
    expect(data.dictionaries.regions[data.points.region[palermo]! - 1]).toBe('19');
    const entry = sicily.practices.find((p) => p.id === 'a-palermo')!;
    expect(decodeMapData(data)[entry.index]!.point).toBe(palermo);
    expect(entry.territories.map((i) => sicily.territories[i]!.name)).toEqual(['Sicilia', 'Palermo']);
    expect(sicily.projects[entry.project]!.id).toBe(catalog.practices.get('a-palermo')!.data.project.id);
    expect(details.get(NO_REGION)!.practices.map((p) => p.id)).toEqual(['nazionale']);
  });
});

describe('map data at scale', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlante-map-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stays within 12 bytes per practice gzipped, and matches the catalogue', () => {
    writeSyntheticTree({ practices: 2000, out: dir, seed: 3, referenceYear: 2026 });
    const catalog = catalogOfTree(dir);
    const data = buildMapFiles(catalog, lookup).data;
    const bytes = gzipSync(JSON.stringify(data)).length;
    expect(bytes / catalog.practices.size).toBeLessThanOrEqual(12);
    const decoded = decodeMapData(data);
    expect(decoded).toHaveLength(catalog.practices.size);
    const themeCounts = new Map<string, number>();
    for (const p of decoded) for (const t of p.themes) themeCounts.set(t, (themeCounts.get(t) ?? 0) + 1);
    for (const [theme, count] of themeCounts) expect(count, theme).toBe(catalog.practicesWith('themes', theme).length);
    // With no filter, the browser's counts are the table's (through the territory tree).
    const counts = countMapPractices(decoded, data.points.ids.length, {});
    const table = countPracticesByArea(catalog, lookup);
    for (const region of table.regions) expect(counts.regions.get(region.code) ?? 0, region.name).toBe(region.count);
    for (const province of table.provinces) expect(counts.provinces.get(province.code) ?? 0, province.name).toBe(province.count);
    expect(counts.national).toBe(table.national);
  });
});
