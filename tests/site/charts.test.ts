/**
 * The figures, timeline and networks of the fixture site as HTML: each chart is an SVG with a
 * title and description, each figure has its numbers in a table beneath, the counts are the
 * content's, partial dates are said to be uncertain, and entry pages carry their own networks.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog.ts';
import { linksOf, readPages } from '../support/build-site.ts';
import { catalogOfTree } from '../support/catalog-builder.ts';

let pages: Map<string, string>;
let catalog: Catalog;
const page = (url: string) => {
  const html = pages.get(url);
  if (!html) throw new Error(`no page at ${url}`);
  return html;
};

/** The text of each table's rows, cells joined by " | ", tags stripped. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map(([table]) =>
    [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => cell!.replace(/<[^>]+>/g, '').trim()).join(' | '),
    ),
  );
}

const svgs = (html: string) => [...html.matchAll(/<svg [^>]*role="(img|group)"[^>]*>[\s\S]*?<\/svg>/g)].map(([svg]) => svg);

beforeAll(() => {
  pages = readPages(inject('fixtureSite'));
  catalog = catalogOfTree(join(import.meta.dirname, '../fixtures/site'));
});

describe('the field in figures', () => {
  it('draws every figure in both languages, each chart named, described and followed by its table', () => {
    for (const url of ['/statistiche/', '/en/statistics/']) {
      const html = page(url);
      const charts = svgs(html);
      expect(charts, url).toHaveLength(8);
      for (const chart of charts) expect(chart).toMatch(/<title id="fig-\w+-title">[^<]+<\/title><desc id="fig-\w+-desc">[^<]+<\/desc>/);
      // Each chart's table comes after it and before the next chart.
      const sections = html.split('<section class="chart-figure"').slice(1);
      expect(sections).toHaveLength(8);
      for (const section of sections) expect(section.indexOf('<table')).toBeGreaterThan(section.indexOf('</svg>'));
    }
  });

  it('counts what the content holds', () => {
    const tables = tableRows(page('/statistiche/'));
    const evidence = tables.find((rows) => rows[0] === 'Livello di evidenza | Numero')!;
    const counted = evidence.slice(1).map((row) => Number(row.split(' | ')[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(catalog.practices.size);
    const kinds = tables.find((rows) => rows[0] === 'Tipo di partner | Numero')!;
    expect(kinds).toEqual(expect.arrayContaining(['Comune | 1', 'Terzo settore | 1']));
    const years = tables.find((rows) => rows[0] === 'Anno | Numero')!;
    // Progetto di prova runs 2019 – June 2021; the second project starts March 2022 with no end given.
    expect(years.slice(1)).toEqual(['2019 | 1', '2020 | 1', '2021 | 1', '2022 | 1']);
  });

  it('shows three figures on the home page, with a way to all of them', () => {
    for (const [url, all] of [['/', '/statistiche/'], ['/en/', '/en/statistics/']] as const) {
      expect(svgs(page(url)).filter((svg) => svg.includes('class="atlante-chart"'))).toHaveLength(3);
      expect(linksOf(page(url))).toEqual(expect.arrayContaining([all, all.replace(/statisti\w+/, all.startsWith('/en/') ? 'network' : 'rete')]));
    }
  });
});

describe('the projects on a timeline', () => {
  it('is a view of the project listing in both languages, linked from the list', () => {
    expect(linksOf(page('/progetti/'))).toContain('/progetti/vista/tempo/');
    expect(linksOf(page('/en/projects/'))).toContain('/en/projects/view/timeline/');
    expect(page('/progetti/vista/tempo/')).toContain('hreflang="en" href="http://localhost:4321/en/projects/view/timeline/"');
  });

  it('draws each dated project as a bar and says which ends are uncertain or missing', () => {
    const html = page('/progetti/vista/tempo/');
    const [chart] = svgs(html);
    expect(chart).toContain('<title>Progetto di prova per i test: 2019 – giugno 2021; inizio incerto (2019); fine incerta (giugno 2021)</title>');
    expect(chart).toContain('url(#progetti-tempo-hatch)');
    const rows = tableRows(html)[0]!;
    expect(rows).toEqual(
      expect.arrayContaining([
        'Progetto di prova per i test | 2019 – giugno 2021 | inizio incerto (2019); fine incerta (giugno 2021)',
        expect.stringMatching(/^Secondo progetto di prova sul lavoro \| .*marzo 2022.* \| inizio incerto \(marzo 2022\); fine non indicata$/),
      ]),
    );
  });

  it('shows a project\'s work packages and tasks as rows within its period', () => {
    const html = page('/progetti/progetto-prova/');
    const chart = svgs(html).find((svg) => svg.includes('id="wp"'))!;
    expect(chart).toBeDefined();
    for (const label of ['WP1 Coordinamento di prova', '1.1 Riunioni di prova', 'WP2 Formazione di prova']) expect(chart).toContain(`>${label}</text>`);
    expect(chart).toContain('<title>WP2 Formazione di prova: la fonte non ne indica le date; si svolge entro il periodo del progetto</title>');
  });
});

describe('the network', () => {
  it('draws every project, partner and region as a link to its page, in both languages', () => {
    for (const [url, prefix] of [['/rete/', ''], ['/en/network/', '/en']] as const) {
      const [graph] = svgs(page(url));
      const targets = linksOf(graph!);
      const expected = [...catalog.projects.keys()].map((id) => `${prefix}/${prefix ? 'projects' : 'progetti'}/${id}/`);
      expected.push(...[...catalog.partners.keys()].map((id) => `${prefix}/${prefix ? 'partners' : 'partner'}/${id}/`));
      expect(targets.sort()).toEqual(expect.arrayContaining(expected.sort()));
      expect(graph).toMatch(/^<svg [^>]*role="group" aria-labelledby="rete-title" aria-describedby="rete-desc"/);
    }
  });

  it('gives a project its partners\' network and a partner its projects and co-partners', () => {
    const project = svgs(page('/progetti/progetto-prova/')).find((svg) => svg.includes('data-network'))!;
    expect(linksOf(project).sort()).toEqual(['/partner/comune-beta/', '/partner/ente-alfa/']);
    const partner = svgs(page('/partner/ente-alfa/')).find((svg) => svg.includes('data-network'))!;
    expect(linksOf(partner).sort()).toEqual(['/partner/comune-beta/', '/progetti/progetto-prova/']);
  });
});
