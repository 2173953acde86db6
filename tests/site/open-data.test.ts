/**
 * The open-data files of the built fixture site, read from disk as a harvester or a researcher
 * would download them: every file is there and complete, the JSON validates against the
 * schemas the site publishes, the CSV says the same as the JSON, the DCAT-AP_IT catalogue
 * points at real files of the right size, and every link of /dati/ and /en/data/ resolves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import jsonld, { type JsonLdDocument } from 'jsonld';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitMultiValue } from '../../src/lib/open-data/csv.ts';
import { formatBytes } from '../../src/lib/open-data/files.ts';
import { LIST_KINDS, type Field } from '../../src/lib/open-data/fields.ts';
import { RECORD_DATASETS } from '../../src/lib/open-data/records.ts';
import { linksOf, readPages, resolves } from '../support/build-site.ts';
import { FIXTURE_LAYERS } from '../support/fixture-tree.ts';

const FIXTURE = 'tests/fixtures/site';
const ORIGIN = 'http://localhost:4321';
let outDir: string;
let pages: Map<string, string>;

beforeAll(() => {
  outDir = inject('fixtureSite');
  pages = readPages(outDir);
});

const read = (path: string) => readFileSync(join(outDir, 'dati', path), 'utf8');
const json = <T = unknown>(path: string): T => JSON.parse(read(path)) as T;
const entriesIn = (folder: string) => FIXTURE_LAYERS.reduce((n, layer) => n + (existsSync(join(layer, folder)) ? readdirSync(join(layer, folder)).length : 0), 0);
const termsIn = (file: string) => (parseYaml(readFileSync(join(FIXTURE, 'taxonomies', file), 'utf8')) as unknown[]).length;

const EXPECTED = {
  pratiche: entriesIn('practices'),
  progetti: entriesIn('projects'),
  partner: entriesIn('partners'),
  territori: entriesIn('territories'),
  documenti: entriesIn('documents'),
};

describe('open-data files of the fixture site', () => {
  it('shows on /dati/ the size each file really has (the page and the files come from the same build)', () => {
    const page = pages.get('/dati/')!;
    for (const file of ['pratiche.csv', 'pratiche.json', 'atlante.json', 'catalogo.ttl', 'schemi/pratiche.schema.json']) {
      const row = new RegExp(`<a href="/dati/${file.replace('.', '\\.')}">[^]*?</tr>`).exec(page)?.[0] ?? '';
      expect(row, file).toContain(formatBytes(statSync(join(outDir, 'dati', file)).size, 'it'));
    }
  });


  it('has every file, each complete: one record per entry of the fixture', () => {
    for (const [stem, count] of Object.entries(EXPECTED)) {
      expect(json<unknown[]>(`${stem}.json`), stem).toHaveLength(count);
      expect(parse(read(`${stem}.csv`), { bom: true, columns: true }), stem).toHaveLength(count);
    }
    const atlante = json<Record<string, unknown[]>>('atlante.json');
    expect(atlante.practices).toHaveLength(EXPECTED.pratiche);
    expect(atlante.territories).toHaveLength(EXPECTED.territori);
    expect(atlante.themes).toHaveLength(termsIn('themes.yaml'));
    expect(atlante.funds).toHaveLength(termsIn('funds.yaml'));
    // Palermo is the fixture's only point: pratica-lavoro (Lazio) has none up its tree.
    expect(json<{ features: { id: string }[] }>('pratiche.geojson').features.map((f) => f.id)).toEqual(['pratica-casa']);
    expect(json<{ features: { id: string }[] }>('territori.geojson').features.map((f) => f.id)).toEqual(['palermo']);
  });

  it('writes CSV as UTF-8 with a byte-order mark, and it parses back to the JSON records', () => {
    for (const dataset of RECORD_DATASETS) {
      const bytes = readFileSync(join(outDir, 'dati', `${dataset.file}.csv`));
      expect([...bytes.subarray(0, 3)], dataset.file).toEqual([0xef, 0xbb, 0xbf]);
      const fields = dataset.fields as readonly Field<never>[];
      const rows = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
      const back = rows.map((row) =>
        Object.fromEntries(
          fields.map((f) => {
            const cell = row[f.name]!;
            if (LIST_KINDS.has(f.kind)) return [f.name, splitMultiValue(cell)];
            if (cell === '') return [f.name, null];
            if (f.kind === 'boolean') return [f.name, cell === 'true'];
            if (f.kind === 'integer' || f.kind === 'number') return [f.name, Number(cell)];
            return [f.name, cell];
          }),
        ),
      );
      expect(back, dataset.file).toEqual(json(`${dataset.file}.json`));
    }
  });

  it('validates every JSON file against the JSON Schema the site publishes for it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    ajv.addKeyword('x-reference');
    ajv.addKeyword('x-partial-date');
    for (const stem of [...Object.keys(EXPECTED), 'atlante']) {
      const validate = ajv.compile(json(`schemi/${stem}.schema.json`));
      expect(validate(json(`${stem}.json`)), `${stem}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('describes in DCAT-AP_IT every data file with its real address and size', async () => {
    const refuseNetwork = async (url: string): Promise<never> => {
      throw new Error(`the JSON-LD processor tried to fetch ${url}`);
    };
    const expanded = (await jsonld.expand(json<JsonLdDocument>('catalogo.jsonld'), { documentLoader: refuseNetwork })) as Record<string, unknown>[];
    const downloads = expanded.flatMap((node) => {
      const url = (node['http://www.w3.org/ns/dcat#downloadURL'] as { '@id': string }[] | undefined)?.[0]?.['@id'];
      const size = (node['http://www.w3.org/ns/dcat#byteSize'] as { '@value': string }[] | undefined)?.[0]?.['@value'];
      return url ? [{ url, size: Number(size) }] : [];
    });
    expect(downloads.map((d) => d.url.slice(`${ORIGIN}/dati/`.length)).sort()).toEqual(
      [...Object.keys(EXPECTED).flatMap((stem) => [`${stem}.json`, `${stem}.csv`]), 'pratiche.geojson', 'territori.geojson', 'atlante.json'].sort(),
    );
    for (const { url, size } of downloads) {
      const path = url.slice(ORIGIN.length);
      expect(resolves(outDir, path), url).toBe(true);
      expect(statSync(join(outDir, path)).size, url).toBe(size);
    }
    expect(read('catalogo.ttl')).toContain('a dcatapit:Catalog, dcat:Catalog');
  });
});

describe('the open-data page', () => {
  it('exists in both languages, linked from the footer of every page', () => {
    expect(pages.get('/dati/')).toContain('<html lang="it"');
    expect(pages.get('/en/data/')).toContain('<html lang="en"');
    expect(linksOf(pages.get('/pratiche/pratica-casa/')!)).toContain('/dati/');
    expect(linksOf(pages.get('/en/practices/pratica-casa/')!)).toContain('/en/data/');
  });

  it('links every file, from the Italian and the English page alike, and every link resolves', () => {
    const published = readdirSync(join(outDir, 'dati'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path !== 'index.html' && !statSync(join(outDir, 'dati', path)).isDirectory())
      .map((path) => `/dati/${path}`);
    expect(published.length).toBe(21);
    for (const url of ['/dati/', '/en/data/']) {
      const links = linksOf(pages.get(url)!);
      expect(links, url).toEqual(expect.arrayContaining(published));
      const broken = links.filter((href) => !/^https?:/.test(href) && !resolves(outDir, href));
      expect(broken, url).toEqual([]);
      for (const anchor of links.filter((href) => href.startsWith('#'))) expect(pages.get(url), anchor).toContain(`id="${anchor.slice(1)}"`);
    }
  });

  it('gives counts and sizes, the GeoJSON gaps, the licence, the CSV conventions and the data dictionary', () => {
    const page = pages.get('/dati/')!;
    const size = statSync(join(outDir, 'dati', 'pratiche.csv')).size;
    expect(page).toContain(`pratiche.csv</a></td><td data-label="Formato">CSV</td><td data-label="Record">${EXPECTED.pratiche}</td><td data-label="Dimensione">${formatBytes(size, 'it')}</td>`);
    expect(page).toContain('quindi assenti da pratiche.geojson ma presenti nei file JSON e CSV: 3.');
    expect(page).toContain('quindi assenti da territori.geojson ma presenti nei file JSON e CSV: 4.');
    expect(page).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
    expect(page).toContain('separati da « | »');
    expect(page).toContain('UTF-8 con BOM');
    expect(page).toContain('<code>evidenceLevel</code></td><td data-label="Tipo">codice<span class="muted">; valori: declared, monitored, evaluated, independently-evaluated</span></td>');
    expect(pages.get('/en/data/')).toContain('separated by “ | ”');
  });
});
