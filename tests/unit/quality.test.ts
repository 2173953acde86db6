import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createWeigher, fontProblems, pageTypeOf } from '../../src/lib/quality/budgets.ts';
import { parsePage } from '../../src/lib/quality/html.ts';
import { checkLinks } from '../../src/lib/quality/links.ts';

/** A built site in memory: path → text. */
const siteOf = (files: Record<string, string>) => ({ files: Object.keys(files), read: (file: string) => files[file] ?? '', origin: 'https://atlante.example', base: '/' });

describe('what a page points to', () => {
  it('reads links, assets, forms and srcset candidates, and the ids fragments can land on', () => {
    const page = parsePage('<a href="/x/#a&amp;b" id="top">x</a><img src="i.png" srcset="a.png 1x, b.png 2x"><form action="/cerca/"></form><a name="old"></a><h2 id="s">S</h2>');
    expect(page.references.map((r) => `${r.from} ${r.url}`)).toEqual(['a[href] /x/#a&b', 'img[src] i.png', 'img[srcset] a.png', 'img[srcset] b.png', 'form[action] /cerca/']);
    expect([...page.ids].sort()).toEqual(['old', 's', 'top']);
  });
});

describe('broken links', () => {
  it('finds a missing page, a missing asset and a fragment with no id, in pages', () => {
    const report = checkLinks(
      siteOf({
        'index.html': '<a href="/pratiche/a/">ok</a><a href="/pratiche/b/">gone</a><img src="/logo.svg"><a href="/pratiche/a/#risultati">no id</a><a href="/pratiche/a/#cita">ok</a>',
        'pratiche/a/index.html': '<h2 id="cita">Cita</h2><a href="../../">home</a><a href="mailto:x@example.org">mail</a>',
      }),
    );
    expect(report.findings.map((f) => `${f.file} ${f.url} ${f.problem}`)).toEqual([
      'index.html /pratiche/b/ no such file',
      'index.html /logo.svg no such file',
      'index.html /pratiche/a/#risultati no such id on the page',
    ]);
    expect(report.pages).toBe(2);
  });

  it('checks the site’s own addresses in data files and feeds, not their RDF fragments, and not other sites', () => {
    const report = checkLinks(
      siteOf({
        'pratiche/a/index.html': '',
        'dati/index.html': '<h1>Dati aperti</h1>',
        'dati/pratiche.csv': 'id,url\r\na,https://atlante.example/pratiche/a/\r\nb,https://atlante.example/pratiche/b/\r\n',
        'dati/catalogo.ttl': '<https://atlante.example/dati/#dataset-pratiche> a dcat:Dataset; dcat:landingPage <https://atlante.example/pratiche/a/>.',
        'pratiche/a/citazione.bib': '@misc{a, url = {https://atlante.example/pratiche/a/}}',
        'feed.xml': '<link href="https://atlante.example/pratiche/a/"/><link href="https://example.org/gone/"/>',
      }),
    );
    // `/dati/#dataset-pratiche` names a dataset, not a place on the page: the page exists, that is enough.
    expect(report.findings.map((f) => `${f.file} ${f.url}`)).toEqual(['dati/pratiche.csv https://atlante.example/pratiche/b/']);
  });

  it('wants rel="noopener noreferrer" on links that leave the site', () => {
    const report = checkLinks(siteOf({ 'index.html': '<a href="https://example.org/">a</a><a href="https://example.org/b" rel="external noopener noreferrer">b</a><a href="https://atlante.example/">own</a>' }));
    expect(report.findings).toEqual([{ file: 'index.html', url: 'https://example.org/', problem: 'external link without rel="noopener noreferrer"' }]);
  });
});

describe('size budgets', () => {
  it('tells page types apart by their address, in both languages', () => {
    expect(['/', '/en/', '/pratiche/x/', '/en/practices/x/', '/pratiche/', '/pratiche/vista/regione/', '/cerca/', '/en/map/', '/rete/', '/statistiche/', '/dati/', '/accessibilita/', '/404.html'].map(pageTypeOf)).toEqual([
      'home', 'home', 'entry', 'entry', 'listing', 'listing', 'search', 'map', 'network', 'statistics', 'information', 'information', 'not-found',
    ]);
  });

  it('counts a page’s stylesheets and the scripts it runs at start with their static imports, not those it loads on demand', () => {
    const files: Record<string, string> = {
      'index.html': '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/box.js"></script><script type="application/ld+json">{"big":"data"}</script>',
      '_astro/a.css': '@font-face{src:url(/_astro/titillium-web-latin-400-normal.abc.woff2)}body{color:red}',
      '_astro/box.js': 'import{a}from"./shared.js";const load=()=>import("./search.js");a(load);',
      '_astro/shared.js': 'export const a=(f)=>f;',
      '_astro/search.js': 'x'.repeat(50_000),
    };
    const weigh = createWeigher({ read: (file) => files[file]!, fileOf: (path) => (files[path.slice(1)] !== undefined ? path.slice(1) : undefined) });
    const weight = weigh('index.html', files['index.html']!);
    const gz = (file: string) => gzipSync(files[file]!).length;
    expect(weight.css).toBe(gz('_astro/a.css'));
    expect(weight.js).toBe(gz('_astro/box.js') + gz('_astro/shared.js'));
    expect(weight.fonts).toEqual(['titillium-web-latin-400-normal.abc.woff2']);
  });

  it('accepts woff2 files of the Latin subsets only', () => {
    expect(fontProblems(['titillium-web-latin-400-normal.abc.woff2', 'titillium-web-latin-ext-700-normal.x.woff2', 'titillium-web-latin-400-normal.abc.woff', 'titillium-web-cyrillic-400-normal.q.woff2'])).toEqual([
      'titillium-web-latin-400-normal.abc.woff',
      'titillium-web-cyrillic-400-normal.q.woff2',
    ]);
  });
});
