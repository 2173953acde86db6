/**
 * Every open-data file the build publishes under `/dati/`, made from the catalogue in one pass:
 * per dataset its JSON and CSV (and GeoJSON for practices and territories) with the JSON Schema
 * they follow, the whole catalogue as `atlante.json`, and the DCAT-AP_IT metadata describing
 * them all. Every file is complete: no caps, no pages. The `/dati/` page and the endpoints that
 * write the files read the same result, so the sizes and counts the page shows are the files'.
 */
import { pathTo, useTranslations, type Locale, type UiKey } from '../../i18n/index.ts';
import type { JsonSchema } from '../content/json-schema.ts';
import { atlanteCollections, atlanteSchema, atlanteText } from './atlante.ts';
import { toCsv } from './csv.ts';
import { dcatNodes, toJsonLd, toTurtle, type Bilingual, type DcatDataset, type FileFormat } from './dcat.ts';
import { recordSchema, type OpenRecord, type RecordContext } from './fields.ts';
import { geoJsonText, practicesGeoJson, territoriesGeoJson } from './geojson.ts';
import { buildRecords, RECORD_DATASETS } from './records.ts';

export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** The groups of files: one per record dataset, and the whole catalogue. */
export type DatasetName = (typeof RECORD_DATASETS)[number]['name'] | 'atlante';

export interface OpenDataFile {
  /** Path under the open-data folder: `pratiche.csv`, `schemi/pratiche.schema.json`. */
  path: string;
  format: FileFormat;
  body: Uint8Array<ArrayBuffer>;
  /** Records the file holds (rows, features, entries); absent for schemas and metadata. */
  records?: number | undefined;
}

export interface OpenDataset {
  name: DatasetName;
  /** The files' common stem: `pratiche`. */
  stem: string;
  /** Data files, in the order the page lists them. */
  files: OpenDataFile[];
  schema: OpenDataFile;
}

export interface OpenData {
  datasets: OpenDataset[];
  /** The DCAT-AP_IT catalogue, in JSON-LD and in Turtle. */
  metadata: OpenDataFile[];
  /** Entries left out of the GeoJSON files for lack of coordinates. */
  withoutCoordinates: { practices: number; territories: number };
  /** Build date, `YYYY-MM-DD`. */
  modified: string;
}

export interface OpenDataOptions extends RecordContext {
  /** Build date, `YYYY-MM-DD`. */
  modified: string;
}

const encoder = new TextEncoder();
const file = (path: string, format: FileFormat, text: string, records?: number): OpenDataFile => ({ path, format, body: encoder.encode(text), records });

/** The served path of an open-data file, base included: `pratiche.csv` → `/dati/pratiche.csv`. The files live once, under the Italian path. */
export const openDataPath = (path: string) => `${pathTo('it', 'data')}${path}`;

/** JSON records, one per line: small enough to ship, readable in a diff. */
const recordsText = (records: readonly unknown[]) => `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;

const bilingual = (key: UiKey): Bilingual => ({ it: useTranslations('it')(key), en: useTranslations('en')(key) });

/** Title and description of a dataset in the site's dictionaries. */
export const datasetText = (name: DatasetName): { title: UiKey; description: UiKey } => ({
  title: `data.dataset.${name}`,
  description: `data.dataset.${name}.description`,
});

function schemaFile(stem: string, schema: JsonSchema, description: string, absolute: (path: string) => string): OpenDataFile {
  const path = `schemi/${stem}.schema.json`;
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absolute(openDataPath(path)),
    title: `${useTranslations('it')('site.name')}: ${stem}.json`,
    description,
    ...schema,
  };
  return file(path, 'schema', `${JSON.stringify(document, null, 2)}\n`);
}

export function buildOpenData(options: OpenDataOptions): OpenData {
  const { catalog, absolute, modified } = options;
  const en = useTranslations('en');
  const datasets: OpenDataset[] = [];
  const withoutCoordinates = { practices: 0, territories: 0 };

  for (const dataset of RECORD_DATASETS) {
    const records: OpenRecord[] = buildRecords(dataset, options);
    const columns = dataset.fields.map((f) => f.name);
    const files = [file(`${dataset.file}.json`, 'json', recordsText(records), records.length), file(`${dataset.file}.csv`, 'csv', toCsv(columns, records), records.length)];
    if (dataset.name === 'practices' || dataset.name === 'territories') {
      const geo = dataset.name === 'practices' ? practicesGeoJson(catalog, records) : territoriesGeoJson(catalog, records);
      withoutCoordinates[dataset.name] = geo.omitted;
      files.push(file(`${dataset.file}.geojson`, 'geojson', geoJsonText(geo.collection), geo.collection.features.length));
    }
    const schema = { type: 'array', items: recordSchema(dataset.fields) } satisfies JsonSchema;
    datasets.push({ name: dataset.name, stem: dataset.file, files, schema: schemaFile(dataset.file, schema, en(datasetText(dataset.name).description), absolute) });
  }

  const collections = atlanteCollections(catalog);
  const entries = Object.values(collections).reduce((sum, list) => sum + list.length, 0);
  const header = { title: useTranslations('it')('site.name'), license: LICENSE_URL, modified, source: absolute(pathTo('it', 'data')) };
  datasets.push({
    name: 'atlante',
    stem: 'atlante',
    files: [file('atlante.json', 'json', atlanteText(header, collections), entries)],
    schema: schemaFile('atlante', atlanteSchema(), en(datasetText('atlante').description), absolute),
  });

  const dcat: DcatDataset[] = datasets.map((dataset) => ({
    name: dataset.stem,
    title: bilingual(datasetText(dataset.name).title),
    description: bilingual(datasetText(dataset.name).description),
    distributions: dataset.files.map((f) => ({
      file: f.path,
      url: absolute(openDataPath(f.path)),
      format: f.format,
      byteSize: f.body.byteLength,
      conformsTo: f.format === 'geojson' ? undefined : absolute(openDataPath(dataset.schema.path)),
    })),
  }));
  const themes = [...catalog.taxonomies.themes.values()].map((term) => ({ it: term.label.it, en: term.label.en ?? term.label.it }));
  const nodes = dcatNodes({
    title: bilingual('site.name'),
    description: bilingual('site.description'),
    homepage: absolute(pathTo('it', 'home')),
    dataPage: absolute(pathTo('it', 'data')),
    contactPage: absolute(pathTo('it', 'contribute')),
    contactName: bilingual('site.name'),
    license: { url: LICENSE_URL, name: bilingual('data.license.name') },
    modified,
    keywords: themes,
    datasets: dcat,
  });
  const metadata = [file('catalogo.jsonld', 'jsonld', toJsonLd(nodes)), file('catalogo.ttl', 'turtle', toTurtle(nodes))];
  return { datasets, metadata, withoutCoordinates, modified };
}

/** Every file, schemas and metadata included: what the build writes. */
export function allFiles(data: OpenData): OpenDataFile[] {
  return [...data.datasets.flatMap((d) => [...d.files, d.schema]), ...data.metadata];
}

/** A file as the `/dati/` page describes it: everything but the bytes. */
export type OpenDataFileInfo = Omit<OpenDataFile, 'body'> & { bytes: number };

export interface OpenDataSummary extends Omit<OpenData, 'datasets' | 'metadata'> {
  datasets: (Omit<OpenDataset, 'files' | 'schema'> & { files: OpenDataFileInfo[]; schema: OpenDataFileInfo })[];
  metadata: OpenDataFileInfo[];
}

const info = ({ body, ...rest }: OpenDataFile): OpenDataFileInfo => ({ ...rest, bytes: body.byteLength });

/**
 * The files without their bytes, for the page: at 10,000 practices the bodies weigh 130 MB,
 * which the page must not keep alive through the whole build.
 */
export function summarizeOpenData(data: OpenData): OpenDataSummary {
  return {
    ...data,
    datasets: data.datasets.map((d) => ({ ...d, files: d.files.map(info), schema: info(d.schema) })),
    metadata: data.metadata.map(info),
  };
}

/** A size people read: "850 B", "12.4 kB", "3.1 MB" (decimal units, in the page's language). */
export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
