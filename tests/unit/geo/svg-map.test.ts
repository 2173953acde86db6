/** Static SVG maps drawn at build time: what a reader (and a screen reader) gets without script. */
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../../src/lib/geo/data.ts';
import { shadingClasses, SHADES } from '../../../src/lib/geo/shading.ts';
import { renderSvgMap, type MapArea } from '../../../src/lib/geo/svg-map.ts';

const { lookup, topology } = loadGeodata();
const regionAreas = (values: Record<string, number>): MapArea[] =>
  lookup.codes('region').map((code) => ({ layer: 'regions', id: code, name: lookup.nameOf(code)!, value: values[code] ?? 0, href: `/territori/${code}/` }));
const base = { id: 'm', title: 'Pratiche per regione', desc: 'Regioni colorate per numero di pratiche.', locale: 'it' as const, topology, attribution: 'Natural Earth, ISTAT' };

describe('shading classes', () => {
  it('cover every count from 1 to the largest with at most five round classes', () => {
    for (const max of [1, 3, 5, 6, 47, 50, 99, 100, 1234]) {
      const classes = shadingClasses(max);
      expect(classes.length).toBeLessThanOrEqual(SHADES.length);
      expect(classes[0]!.min).toBe(1);
      expect(classes.at(-1)!.max).toBe(max);
      classes.slice(1).forEach((c, i) => expect(c.min).toBe(classes[i]!.max + 1));
      expect(new Set(classes.map((c) => c.colour)).size).toBe(classes.length);
    }
    expect(shadingClasses(47).map((c) => c.label)).toEqual(['1–9', '10–19', '20–29', '30–39', '40–47']);
    expect(shadingClasses(0)).toEqual([]);
  });

  it('writes large numbers as the reader does', () => {
    expect(shadingClasses(40_000, 5, 'it').at(-2)!.label).toBe('30.000–39.999');
    expect(shadingClasses(40_000, 5, 'en').at(-2)!.label).toBe('30,000–39,999');
  });
});

describe('the shaded map of Italy', () => {
  const map = renderSvgMap({ ...base, areas: regionAreas({ '19': 12, '12': 3 }), shading: { title: 'Pratiche', none: 'Nessuna pratica' } });

  it('has a title and a description referenced by the root', () => {
    expect(map.svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="m-title" aria-describedby="m-desc"/);
    expect(map.svg).toContain('<title id="m-title">Pratiche per regione</title>');
    expect(map.svg).toContain('<desc id="m-desc">Regioni colorate per numero di pratiche.</desc>');
  });

  it('labels and links every region with its count, not by colour alone', () => {
    for (const code of lookup.codes('region')) expect(map.svg).toContain(`href="/territori/${code}/"`);
    expect(map.svg).toContain('aria-label="Sicilia: 12"');
    expect(map.svg).toContain('<title>Sardegna: 0</title>');
  });

  it('has a legend with every class written out, and the source credit', () => {
    for (const c of map.classes) expect(map.svg).toContain(`>${c.label}</text>`);
    expect(map.svg).toContain('>Nessuna pratica</text>');
    expect(map.svg).toContain('>Natural Earth, ISTAT</text>');
  });

  it('is taller than wide, like Italy, with no broken coordinates', () => {
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(map.svg)!.map(Number);
    expect(height).toBeGreaterThan(width!);
    expect(map.svg).not.toMatch(/NaN|Infinity/);
  });
});

describe('a territory inset', () => {
  const sicily = lookup.codes('province').filter((code) => lookup.parentOf(code) === '19');
  const inset = renderSvgMap({
    ...base,
    id: 'inset',
    fit: { layer: 'regions', ids: ['19'] },
    context: 'provinces',
    areas: [
      { layer: 'regions', id: '19', name: 'Sicilia', highlighted: true },
      ...sicily.map((code): MapArea => ({ layer: 'provinces', id: code, name: lookup.nameOf(code)!, href: `/territori/${code}/`, labelAt: lookup.labelOf(code)! })),
    ],
    points: [{ lon: 13.3615, lat: 38.1157, name: 'Palermo: 2 pratiche', href: '/territori/palermo/' }],
    legend: { highlighted: 'Sicilia', points: 'Comuni con pratiche' },
  });

  it('shows the territory, its sub-territories by name and its practices', () => {
    for (const code of sicily) expect(inset.svg).toContain(`>${lookup.nameOf(code)}</text>`);
    expect(inset.svg).toContain('aria-label="Palermo: 2 pratiche"');
    expect(inset.svg).toContain('>Comuni con pratiche</text>');
    expect(inset.svg).toContain('fill="url(#inset-hatch)"');
  });

  it('leaves out what lies outside the view', () => {
    expect(inset.svg).not.toContain('Piemonte');
    const italy = renderSvgMap({ ...base, areas: regionAreas({}) });
    expect(inset.svg.length).toBeLessThan(italy.svg.length * 2);
  });
});
