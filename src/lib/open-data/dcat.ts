/**
 * DCAT-AP_IT metadata of the open-data files, for national and European portals to harvest
 * (dati.gov.it harvests DCAT-AP_IT catalogues in RDF). One catalogue, one dataset per group of
 * files (practices, projects…), one distribution per file, described as RDF nodes and written
 * both as JSON-LD (with an inline context: no remote context to fetch) and as Turtle.
 *
 * Only facts the site has are stated. Left out, because nobody has given them to the project:
 * the publisher's IPA code (DCAT-AP_IT's `dct:identifier` of a `dcatapit:Agent`, and the prefix
 * it recommends for dataset identifiers), an e-mail address or telephone number for the contact
 * point (its `vcard:hasURL` is the site's contribute page, where readers report errors), and a
 * time coverage (`dct:temporal`: entries have periods at mixed precision, none for the whole).
 * Issue and modification dates are the build date: the build regenerates every file.
 */

export const RDF_PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatapit: 'http://dati.gov.it/onto/dcatapit#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Prefix = keyof typeof RDF_PREFIXES;
/** A compact IRI with one of the prefixes above: `dct:title`. */
type Curie = `${Prefix}:${string}`;

export type RdfTerm = { iri: string } | { value: string; lang?: string; datatype?: Curie };

export interface RdfNode {
  id: string;
  types: Curie[];
  properties: [Curie, RdfTerm[]][];
}

/** Text in both languages of the site. */
export interface Bilingual {
  it: string;
  en: string;
}

/** The file formats, with their EU file-type authority code and IANA media type. */
export const FILE_FORMATS = {
  json: { label: 'JSON', mediaType: 'application/json', euFileType: 'JSON' },
  csv: { label: 'CSV', mediaType: 'text/csv', euFileType: 'CSV' },
  geojson: { label: 'GeoJSON', mediaType: 'application/geo+json', euFileType: 'GEOJSON' },
  jsonld: { label: 'JSON-LD', mediaType: 'application/ld+json', euFileType: 'JSON_LD' },
  turtle: { label: 'Turtle', mediaType: 'text/turtle', euFileType: 'RDF_TURTLE' },
  schema: { label: 'JSON Schema', mediaType: 'application/schema+json', euFileType: 'JSON' },
} as const;

export type FileFormat = keyof typeof FILE_FORMATS;

export interface DcatDistribution {
  /** File name under the open-data folder, e.g. `pratiche.csv`. */
  file: string;
  url: string;
  format: FileFormat;
  byteSize: number;
  /** Address of the JSON Schema the file follows. */
  conformsTo?: string | undefined;
}

export interface DcatDataset {
  /** Local identifier, the file names' stem: `pratiche`. */
  name: string;
  title: Bilingual;
  description: Bilingual;
  distributions: DcatDistribution[];
}

export interface DcatInput {
  /** The site's name; also the publisher's and rights holder's name. */
  title: Bilingual;
  description: Bilingual;
  homepage: string;
  /** Address of the open-data page: each dataset's landing page is its `#name` section. */
  dataPage: string;
  /** A page where readers reach the editors. */
  contactPage: string;
  contactName: Bilingual;
  license: { url: string; name: Bilingual };
  /** Build date, `YYYY-MM-DD`. */
  modified: string;
  keywords: Bilingual[];
  datasets: DcatDataset[];
}

const EU = 'http://publications.europa.eu/resource/authority';
const iri = (value: string): RdfTerm => ({ iri: value });
const text = (value: Bilingual): RdfTerm[] => [
  { value: value.it, lang: 'it' },
  { value: value.en, lang: 'en' },
];
const date = (value: string): RdfTerm[] => [{ value, datatype: 'xsd:date' }];

/** The whole catalogue as RDF nodes: catalogue, agent, contact point, licence, datasets, distributions. */
export function dcatNodes(input: DcatInput): RdfNode[] {
  const catalogId = `${input.dataPage}#catalogo`;
  const agentId = `${input.homepage}#editore`;
  const contactId = `${input.dataPage}#contatti`;
  const languages = [iri(`${EU}/language/ITA`), iri(`${EU}/language/ENG`)];
  const datasetId = (dataset: DcatDataset) => `${input.dataPage}#dataset-${dataset.name}`;
  const distributionId = (distribution: DcatDistribution) => `${input.dataPage}#distribuzione-${distribution.file}`;

  const nodes: RdfNode[] = [
    {
      id: catalogId,
      types: ['dcatapit:Catalog', 'dcat:Catalog'],
      properties: [
        ['dct:title', text(input.title)],
        ['dct:description', text(input.description)],
        ['dct:publisher', [iri(agentId)]],
        ['dct:issued', date(input.modified)],
        ['dct:modified', date(input.modified)],
        ['dct:language', languages],
        ['foaf:homepage', [iri(input.homepage)]],
        ['dcat:themeTaxonomy', [iri(`${EU}/data-theme`)]],
        ['dcat:dataset', input.datasets.map((d) => iri(datasetId(d)))],
      ],
    },
    {
      id: agentId,
      types: ['dcatapit:Agent', 'foaf:Agent'],
      properties: [['foaf:name', text(input.title)]],
    },
    {
      id: contactId,
      types: ['dcatapit:Organization', 'vcard:Organization', 'vcard:Kind'],
      properties: [
        ['vcard:fn', text(input.contactName)],
        ['vcard:hasURL', [iri(input.contactPage)]],
      ],
    },
    {
      id: input.license.url,
      types: ['dcatapit:LicenseDocument', 'dct:LicenseDocument'],
      properties: [
        ['dct:type', [iri('http://purl.org/adms/licencetype/Attribution')]],
        ['foaf:name', text(input.license.name)],
      ],
    },
  ];

  for (const dataset of input.datasets) {
    nodes.push({
      id: datasetId(dataset),
      types: ['dcatapit:Dataset', 'dcat:Dataset'],
      properties: [
        ['dct:identifier', [{ value: dataset.name }]],
        ['dct:title', text(dataset.title)],
        ['dct:description', text(dataset.description)],
        ['dcat:theme', [iri(`${EU}/data-theme/SOCI`)]],
        ['dcat:keyword', input.keywords.flatMap(text)],
        ['dct:publisher', [iri(agentId)]],
        ['dct:rightsHolder', [iri(agentId)]],
        ['dcat:contactPoint', [iri(contactId)]],
        ['dct:issued', date(input.modified)],
        ['dct:modified', date(input.modified)],
        ['dct:accrualPeriodicity', [iri(`${EU}/frequency/IRREG`)]],
        ['dct:language', languages],
        ['dct:spatial', [iri(`${EU}/country/ITA`)]],
        ['dcat:landingPage', [iri(`${input.dataPage}#${dataset.name}`)]],
        ['dcat:distribution', dataset.distributions.map((d) => iri(distributionId(d)))],
      ],
    });
    for (const distribution of dataset.distributions) {
      const format = FILE_FORMATS[distribution.format];
      nodes.push({
        id: distributionId(distribution),
        types: ['dcatapit:Distribution', 'dcat:Distribution'],
        properties: [
          ['dct:title', [{ value: distribution.file }]],
          ['dcat:accessURL', [iri(distribution.url)]],
          ['dcat:downloadURL', [iri(distribution.url)]],
          ['dct:format', [iri(`${EU}/file-type/${format.euFileType}`)]],
          ['dcat:mediaType', [iri(`https://www.iana.org/assignments/media-types/${format.mediaType}`)]],
          ['dcat:byteSize', [{ value: String(distribution.byteSize), datatype: 'xsd:decimal' }]],
          ['dct:license', [iri(input.license.url)]],
          ['dct:issued', date(input.modified)],
          ['dct:modified', date(input.modified)],
          ...(distribution.conformsTo ? [['dct:conformsTo', [iri(distribution.conformsTo)]] satisfies [Curie, RdfTerm[]]] : []),
        ],
      });
    }
  }
  return nodes;
}

function jsonLdTerm(term: RdfTerm): Record<string, string> {
  if ('iri' in term) return { '@id': term.iri };
  if (term.lang) return { '@value': term.value, '@language': term.lang };
  if (term.datatype) return { '@value': term.value, '@type': term.datatype };
  return { '@value': term.value };
}

/** JSON-LD with the prefixes as its inline context: expands to the same triples as {@link toTurtle}. */
export function toJsonLd(nodes: readonly RdfNode[]): string {
  const graph = nodes.map((node) => ({
    '@id': node.id,
    '@type': node.types,
    ...Object.fromEntries(node.properties.filter(([, terms]) => terms.length > 0).map(([predicate, terms]) => [predicate, terms.map(jsonLdTerm)])),
  }));
  return `${JSON.stringify({ '@context': RDF_PREFIXES, '@graph': graph }, null, 2)}\n`;
}

const turtleIri = (value: string) => `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
const TURTLE_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const turtleString = (value: string) => `"${value.replace(/[\\"\n\r\t]/g, (c) => TURTLE_ESCAPES[c]!)}"`;

function turtleTerm(term: RdfTerm): string {
  if ('iri' in term) return turtleIri(term.iri);
  if (term.lang) return `${turtleString(term.value)}@${term.lang}`;
  if (term.datatype) return `${turtleString(term.value)}^^${term.datatype}`;
  return turtleString(term.value);
}

/** The same graph in Turtle. */
export function toTurtle(nodes: readonly RdfNode[]): string {
  const prefixes = Object.entries(RDF_PREFIXES).map(([prefix, namespace]) => `@prefix ${prefix}: <${namespace}> .`);
  const blocks = nodes.map((node) => {
    const lines = [`  a ${node.types.join(', ')}`, ...node.properties.filter(([, terms]) => terms.length > 0).map(([predicate, terms]) => `  ${predicate} ${terms.map(turtleTerm).join(', ')}`)];
    return `${turtleIri(node.id)}\n${lines.join(' ;\n')} .`;
  });
  return `${prefixes.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}
