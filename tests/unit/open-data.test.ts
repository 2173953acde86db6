/**
 * The open-data builders on a small catalogue (the fixture tree plus a practice written to be
 * awkward: quotes, commas, line breaks, accents, bars and backslashes, three territories of
 * which one has coordinates, one borrows its region's and one has none): CSV parses back to
 * the JSON records with a real CSV parser, every file validates against its published schema,
 * the GeoJSON is RFC 7946 inside Italy, and the DCAT-AP_IT JSON-LD expands offline to the
 * same triples as the Turtle.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import type { FeatureCollection, MultiPoint, Point } from 'geojson';
import jsonld, { type JsonLdDocument } from 'jsonld';
import { Parser as TurtleParser } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogOfTree } from '../support/catalog-builder.ts';
import { ITALY_BOUNDS } from '../../src/lib/integrity.ts';
import { CSV_BOM, joinMultiValue, MULTI_VALUE_SEPARATOR, quoteCell, splitMultiValue, toCsv } from '../../src/lib/open-data/csv.ts';
import { LIST_KINDS, type Field, type FieldValue } from '../../src/lib/open-data/fields.ts';
import { allFiles, buildOpenData, formatBytes, type OpenData } from '../../src/lib/open-data/files.ts';
import { RECORD_DATASETS } from '../../src/lib/open-data/records.ts';

const SITE = join(import.meta.dirname, '../fixtures/site');
const SITE_URL = 'https://atlante.example.org';
const temp = mkdtempSync(join(tmpdir(), 'atlante-open-data-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const AWKWARD_TITLE = 'Pratica "difficile", con virgole; àèìòù';

/** The fixture tree, with Sicily given a point and an awkward practice in three territories. */
function awkwardTree(): string {
  const dir = join(temp, 'content');
  cpSync(SITE, dir, { recursive: true });
  writeFileSync(join(dir, 'territories/sicilia.yaml'), 'name: Sicilia\nnameEn: Sicily\nkind: region\nistat: "19"\nparent: italia\ncoordinates: { lat: 37.6, lon: 14.0 }\n');
  writeFileSync(join(dir, 'territories/comune-senza-punto.yaml'), 'name: Comune senza punto\nkind: municipality\nparent: citta-metropolitana-palermo\n');
  writeFileSync(
    join(dir, 'practices/pratica-difficile.md'),
    [
      '---',
      `title: '${AWKWARD_TITLE}'`,
      'summary: |-',
      '  Prima riga, con una virgola.',
      '  Seconda riga: «città» e "virgolette".',
      'project: progetto-prova',
      'territories: [palermo, comune-senza-punto, lazio]',
      'themes: [casa, lavoro]',
      'targetGroups: [titolari-protezione-internazionale]',
      'interventionTypes: [formazione]',
      'coDesign:',
      '  - { partner: ente-alfa, role: "ha scelto gli obiettivi" }',
      '  - { who: "associazioni di migranti, locali", role: co-progettazione }',
      'whatDidNotWork:',
      '  - "Una barra | in mezzo"',
      '  - "Una barra rovesciata \\\\ e una finale \\\\"',
      '  - "Due righe\\r\\ncon CRLF"',
      'period: { start: 2021-07, end: 2022 }',
      'evidence: { level: evaluated, note: "Valutazione, con \\"virgolette\\"." }',
      'achievedResults:',
      '  - { text: Risultato, measure: "120 persone", evidence: "rapporto, 2022" }',
      'sources:',
      '  - { title: Fonte, publisher: Editore, date: 2022-03, url: "https://example.org/a,b" }',
      'lastReviewed: 2026-11-23',
      '---',
      '',
    ].join('\n'),
  );
  return dir;
}


const catalog = catalogOfTree(awkwardTree());
const data: OpenData = buildOpenData({ catalog, absolute: (path) => new URL(path, SITE_URL).href, modified: '2026-11-23' });
const files = new Map(allFiles(data).map((f) => [f.path, f]));
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const text = (path: string) => {
  const file = files.get(path);
  if (!file) throw new Error(`no file ${path}`);
  return decoder.decode(file.body);
};
const json = <T = unknown>(path: string): T => JSON.parse(text(path)) as T;

/** What a reader of the CSV gets back, typed by the field's kind as the data dictionary says. */
function fromCell(f: Field<never>, cell: string): FieldValue {
  if (LIST_KINDS.has(f.kind)) return splitMultiValue(cell);
  if (cell === '') return null;
  if (f.kind === 'boolean') return cell === 'true';
  if (f.kind === 'integer' || f.kind === 'number') return Number(cell);
  return cell;
}

describe('CSV writer', () => {
  it('quotes exactly the cells RFC 4180 asks for, doubling quotes inside', () => {
    expect(quoteCell('semplice àèì')).toBe('semplice àèì');
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('dice "sì"')).toBe('"dice ""sì"""');
    expect(quoteCell('riga\nnuova')).toBe('"riga\nnuova"');
    expect(quoteCell('riga\rnuova')).toBe('"riga\rnuova"');
  });

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    const csv = toCsv(['a', 'b'], [{ a: 'x', b: null }, { a: 'y', b: ['1', '2'] }]);
    expect(csv).toBe(`${CSV_BOM}a,b\r\nx,\r\ny,1 | 2\r\n`);
  });

  it('joins lists with the documented separator and splits them back, whatever the values hold', () => {
    expect(MULTI_VALUE_SEPARATOR).toBe(' | ');
    expect(joinMultiValue(['a | b', 'c\\d'])).toBe('a \\| b | c\\\\d');
    expect(splitMultiValue('')).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '|', '\\', ',', '"', '\n', 'è') }), { minLength: 1 }), (values) => {
        const list = values.every((v) => v === '') && values.length === 1 ? ['x'] : values;
        expect(splitMultiValue(joinMultiValue(list))).toEqual(list);
      }),
    );
  });

  it('round-trips awkward cells through a real CSV parser', () => {
    const records = [
      { id: 'a', text: 'virgola, "virgolette" e àccenti', list: ['uno | due', 'tre\r\nquattro', 'back\\slash'] },
      { id: 'b', text: null, list: [] },
    ];
    const rows = parse(toCsv(['id', 'text', 'list'], records), { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(rows).toEqual([
      { id: 'a', text: 'virgola, "virgolette" e àccenti', list: joinMultiValue(records[0]!.list) },
      { id: 'b', text: '', list: '' },
    ]);
    expect(splitMultiValue(rows[0]!.list!)).toEqual(records[0]!.list);
  });
});

describe('records', () => {
  it('give every field a unique name and a description', () => {
    for (const dataset of RECORD_DATASETS) {
      const names = dataset.fields.map((f) => f.name);
      expect(new Set(names).size, dataset.name).toBe(names.length);
      expect(dataset.fields.filter((f) => f.description.length < 10).map((f) => f.name), dataset.name).toEqual([]);
    }
  });

  it('carry ids with labels, ISO partial dates and both page addresses', () => {
    const practice = json<Record<string, unknown>[]>('pratiche.json').find((r) => r.id === 'pratica-difficile')!;
    expect(practice).toMatchObject({
      title: AWKWARD_TITLE,
      territoryIds: ['palermo', 'comune-senza-punto', 'lazio'],
      territoryNames: ['Palermo', 'Comune senza punto', 'Lazio'],
      regionIds: ['sicilia', 'lazio'],
      themeIds: ['casa', 'lavoro'],
      themeLabels: ['Casa e abitare', 'Lavoro e occupabilità'],
      themeLabelsEn: ['Housing', 'Employment'],
      coDesign: ['Ente Alfa di prova — ha scelto gli obiettivi', 'associazioni di migranti, locali — co-progettazione'],
      coDesignPartnerIds: ['ente-alfa'],
      periodStart: '2021-07',
      periodEnd: '2022',
      evidenceLevel: 'evaluated',
      evidenceLevelLabel: 'Valutato',
      achievedResults: ['Risultato — 120 persone — rapporto, 2022'],
      sources: ['Fonte — Editore — 2022-03 — https://example.org/a,b'],
      recipients: null,
      urlIt: `${SITE_URL}/pratiche/pratica-difficile/`,
      urlEn: `${SITE_URL}/en/practices/pratica-difficile/`,
    });
  });

  it('are complete: one record per entry in every file', () => {
    const counts = { practices: 5, projects: 2, partners: 2, territories: 6, documents: 1 };
    for (const dataset of RECORD_DATASETS) {
      expect(json<unknown[]>(`${dataset.file}.json`), dataset.name).toHaveLength(counts[dataset.name]);
    }
    const atlante = json<Record<string, unknown[]>>('atlante.json');
    expect(atlante.practices).toHaveLength(5);
    expect(atlante.themes).toHaveLength(catalog.taxonomies.themes.size);
  });
});

describe('CSV files', () => {
  it.each(RECORD_DATASETS.map((d) => [d.file, d] as const))('%s.csv parses back with csv-parse to the records of the JSON file', (file, dataset) => {
    const csv = text(`${file}.csv`);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').split('\n').every((line, i, lines) => line.endsWith('\r') || (i === lines.length - 1 && line === ''))).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const fields = dataset.fields as readonly Field<never>[];
    const parsed = rows.map((row) => Object.fromEntries(fields.map((f) => [f.name, fromCell(f, row[f.name]!)])));
    expect(Object.keys(rows[0]!)).toEqual(fields.map((f) => f.name));
    expect(parsed).toEqual(json(`${file}.json`));
  });
});

describe('JSON Schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  ajv.addKeyword('x-reference');
  ajv.addKeyword('x-partial-date');

  const validator = (stem: string) => {
    const schema = json<{ $id: string }>(`schemi/${stem}.schema.json`);
    return ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  };

  it.each([...RECORD_DATASETS.map((d) => d.file), 'atlante'].map((stem) => [stem, stem]))('%s.json validates against schemi/%s.schema.json', (stem) => {
    const validate = validator(stem);
    expect(validate(json(`${stem}.json`)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reject a record with a missing field or a wrong type', () => {
    const validate = validator('pratiche');
    const [first] = json<Record<string, unknown>[]>('pratiche.json');
    const { title: _title, ...withoutTitle } = first!;
    expect(validate([withoutTitle])).toBe(false);
    expect(validate([{ ...first, themeIds: 'casa' }])).toBe(false);
    expect(validate([{ ...first, periodStart: '2021-13' }])).toBe(false);
  });
});

describe('GeoJSON', () => {
  const territories = json<FeatureCollection<Point>>('territori.geojson');
  const practices = json<FeatureCollection<MultiPoint>>('pratiche.geojson');

  it('is valid RFC 7946 by check-geojson, with points only (no rings, so no winding to get wrong)', () => {
    expect(getIssues(text('territori.geojson'))).toEqual([]);
    expect(getIssues(text('pratiche.geojson'))).toEqual([]);
    expect(territories.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(practices.features.every((f) => f.geometry.type === 'MultiPoint')).toBe(true);
    expect(text('pratiche.geojson')).not.toContain('"crs"');
  });

  it('puts every position inside Italy as [longitude, latitude]', () => {
    const positions = [...territories.features.map((f) => f.geometry.coordinates), ...practices.features.flatMap((f) => f.geometry.coordinates)];
    expect(positions.length).toBeGreaterThan(2);
    for (const position of positions) {
      expect(position).toHaveLength(2);
      const [lon, lat] = position as [number, number];
      expect(lon).toBeGreaterThanOrEqual(ITALY_BOUNDS.minLon);
      expect(lon).toBeLessThanOrEqual(ITALY_BOUNDS.maxLon);
      expect(lat).toBeGreaterThanOrEqual(ITALY_BOUNDS.minLat);
      expect(lat).toBeLessThanOrEqual(ITALY_BOUNDS.maxLat);
    }
    expect(territories.features.find((f) => f.id === 'palermo')?.geometry.coordinates).toEqual([13.3615, 38.1157]);
  });

  it('draws a practice at its territories, borrowing the nearest point up the tree, and leaves out those with none', () => {
    const awkward = practices.features.find((f) => f.id === 'pratica-difficile')!;
    expect(awkward.geometry.coordinates).toEqual([[13.3615, 38.1157], [14.0, 37.6]]);
    expect(awkward.properties?.pointTerritoryIds).toEqual(['palermo', 'sicilia']);
    expect(practices.features.map((f) => f.id)).toEqual(['pratica-casa', 'pratica-difficile']);
    expect(data.withoutCoordinates.practices).toBe(3);
    expect(territories.features.map((f) => f.id)).toEqual(['palermo', 'sicilia']);
    expect(data.withoutCoordinates.territories).toBe(4);
  });
});

describe('DCAT-AP_IT metadata', () => {
  const DCATAPIT = 'http://dati.gov.it/onto/dcatapit#';
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const DCT = 'http://purl.org/dc/terms/';
  const refuseNetwork = async (url: string): Promise<never> => {
    throw new Error(`the JSON-LD processor tried to fetch ${url}`);
  };
  type Expanded = Record<string, { '@id'?: string; '@value'?: string }[] | string[] | string>[];
  const expand = async () => (await jsonld.expand(json<JsonLdDocument>('catalogo.jsonld'), { documentLoader: refuseNetwork })) as Expanded;
  const ofType = (nodes: Expanded, type: string) => nodes.filter((n) => (n['@type'] as string[]).includes(type));
  const ids = (node: Expanded[number], property: string) => ((node[property] ?? []) as { '@id': string }[]).map((v) => v['@id']);

  it('expands offline with a catalogue, a dataset per group of files and a distribution per file', async () => {
    const nodes = await expand();
    const [catalogue] = ofType(nodes, `${DCATAPIT}Catalog`);
    expect(catalogue).toBeDefined();
    const datasets = ofType(nodes, `${DCATAPIT}Dataset`);
    expect(datasets.map((d) => (d[`${DCT}identifier`] as { '@value': string }[])[0]!['@value'])).toEqual(['pratiche', 'progetti', 'partner', 'territori', 'documenti', 'atlante']);
    expect(ids(catalogue!, `${DCAT}dataset`)).toEqual(datasets.map((d) => d['@id']));
    const distributions = ofType(nodes, `${DCATAPIT}Distribution`);
    expect(distributions).toHaveLength(data.datasets.reduce((n, d) => n + d.files.length, 0));
    for (const dataset of datasets) {
      expect(ids(dataset, `${DCAT}theme`)).toEqual(['http://publications.europa.eu/resource/authority/data-theme/SOCI']);
      expect(ids(dataset, `${DCT}accrualPeriodicity`)).toHaveLength(1);
      expect(ids(dataset, `${DCT}publisher`)).toHaveLength(1);
      expect(ids(dataset, `${DCT}rightsHolder`)).toHaveLength(1);
      expect(ids(dataset, `${DCAT}contactPoint`)).toHaveLength(1);
    }
    for (const distribution of distributions) {
      expect(ids(distribution, `${DCT}license`)).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
      expect(ids(distribution, `${DCT}format`)[0]).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\//);
      expect(ids(distribution, `${DCAT}mediaType`)[0]).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\//);
      const [download] = ids(distribution, `${DCAT}downloadURL`);
      const file = files.get(download!.slice(`${SITE_URL}/dati/`.length));
      expect(file, download).toBeDefined();
      expect((distribution[`${DCAT}byteSize`] as { '@value': string }[])[0]!['@value']).toBe(String(file!.body.byteLength));
    }
    expect(ofType(nodes, `${DCATAPIT}Agent`)).toHaveLength(1);
    expect(ofType(nodes, `${DCATAPIT}LicenseDocument`)).toHaveLength(1);
    expect(ofType(nodes, 'http://www.w3.org/2006/vcard/ns#Kind')).toHaveLength(1);
  });

  it('says the same in Turtle as in JSON-LD', async () => {
    type Term = { termType: string; value: string; language?: string; datatype?: { value: string } };
    const key = (q: { subject: Term; predicate: Term; object: Term }) =>
      [q.subject.value, q.predicate.value, q.object.termType, q.object.value, q.object.language ?? '', q.object.language ? '' : (q.object.datatype?.value ?? '')].join(' ');
    const fromJsonLd = (await jsonld.toRDF(json<JsonLdDocument>('catalogo.jsonld'), { documentLoader: refuseNetwork })) as { subject: Term; predicate: Term; object: Term }[];
    const fromTurtle = new TurtleParser().parse(text('catalogo.ttl')) as unknown as { subject: Term; predicate: Term; object: Term }[];
    expect(fromTurtle.length).toBeGreaterThan(100);
    expect(fromTurtle.map(key).sort()).toEqual(fromJsonLd.map(key).sort());
  });
});

describe('formatBytes', () => {
  it('writes sizes in decimal units, in the reader\'s language', () => {
    expect(formatBytes(850, 'en')).toBe('850 byte');
    expect(formatBytes(12_400, 'en')).toBe('12.4 kB');
    expect(formatBytes(3_100_000, 'it')).toBe('3,1 MB');
  });
});
