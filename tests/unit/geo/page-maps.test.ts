/** The static maps of the pages: what a territory's inset and a project's map show. */
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../../src/lib/geo/data.ts';
import { mapWords, projectMapOptions, territoryInsetOptions } from '../../../src/lib/geo/page-maps.ts';
import { renderSvgMap } from '../../../src/lib/geo/svg-map.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { makeCatalog, rawPractice, rawProject } from '../../support/catalog-builder.ts';

const geodata = loadGeodata();
const t = useTranslations('it');
const words = mapWords(t, 'it');
const href = (id: string) => `/territori/${id}/`;
const catalog = makeCatalog({
  territories: {
    italia: { name: 'Italia', kind: 'country' },
    sicilia: { name: 'Sicilia', kind: 'region', istat: '19', parent: 'italia' },
    'citta-metropolitana-palermo': { name: 'Città metropolitana di Palermo', kind: 'metropolitan-city', istat: '082', parent: 'sicilia' },
    palermo: { name: 'Palermo', kind: 'municipality', istat: '082053', parent: 'citta-metropolitana-palermo', coordinates: { lat: 38.1157, lon: 13.3615 } },
  },
  projects: {
    locale: rawProject({ territories: ['palermo', 'sicilia'] }),
    nazionale: rawProject({ territories: ['italia'] }),
  },
  practices: {
    'a-palermo': rawPractice({ territories: ['palermo'] }),
    'ancora-a-palermo': rawPractice({ territories: ['palermo'] }),
    'in-sicilia': rawPractice({ territories: ['sicilia'] }),
  },
});
const text = (name: string) => ({ id: 'm', title: `Mappa: ${name}`, desc: 'd', highlighted: name });
const inset = (id: string) => {
  const options = territoryInsetOptions(catalog, geodata, catalog.territories.get(id)!, 'it', words, href, text(id));
  return options && renderSvgMap(options).svg;
};

describe('a territory inset', () => {
  it('shows a region with its provinces and its places with practices, counted', () => {
    const svg = inset('sicilia')!;
    expect(svg).toContain('href="/territori/citta-metropolitana-palermo/"');
    expect(svg).toContain('>Catania</text>');
    expect(svg).toContain('aria-label="Palermo: 2 pratiche"');
    expect(svg).not.toContain('Piemonte');
  });

  it('shows a municipality as a place inside its province', () => {
    const svg = inset('palermo')!;
    expect(svg).toContain('href="/territori/citta-metropolitana-palermo/"');
    expect(svg).toContain('Palermo: 2 pratiche');
    expect(svg).not.toContain('Catania');
  });

  it('shows the country as its regions', () => {
    const svg = inset('italia')!;
    expect(svg).toContain('href="/territori/sicilia/"');
    expect(svg).toContain('<title>Piemonte</title>');
  });
});

describe('a project map', () => {
  const render = (id: string) => renderSvgMap(projectMapOptions(catalog, geodata, catalog.projects.get(id)!, 'it', words, href, { ...text(id), places: 'Luoghi' })!).svg;

  it('hatches the project’s regions and marks its municipalities', () => {
    const svg = render('locale');
    expect(svg).toContain('fill="url(#m-hatch)"');
    expect(svg).toContain('aria-label="Palermo"');
    expect(svg).not.toContain('Piemonte');
  });

  it('hatches all of Italy for a national project, with no pin on Rome', () => {
    const svg = render('nazionale');
    expect(svg.match(/<path d="[^"]*" fill="url\(#m-hatch\)"/g)).toHaveLength(20);
    expect(svg).not.toContain('<circle');
  });
});
