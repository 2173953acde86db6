/**
 * Synthetic content for load tests and benchmarks: a catalogue of any size with the same
 * layout, proportions and relations as the real one, built from word lists by a seeded PRNG.
 * The same options always give the same entries (byte-identical files once serialised).
 *
 * Everything here is pure: no file system, no Astro. `scripts/generate.ts` writes the files.
 * Every entry is marked as synthetic: summaries and bodies start with "[sintetico]", and
 * territories carry a comment saying that names and coordinates are invented.
 *
 * Territories pass the geographic checks of the integrity pass: regions and provinces carry
 * ISTAT's real codes (from the committed lookup, `src/lib/geo/data.ts`), municipalities real
 * codes of their province while it has unused ones (none after that), and every point lies
 * inside its province's outline.
 */

import { loadGeodata } from './geo/data.ts';
import { withinKm, type Shape } from './geo/point-in-polygon.ts';
import { proseSentence as sentence } from './synthetic-prose.ts';

// ---------------------------------------------------------------------------------------
// Seeded PRNG
// ---------------------------------------------------------------------------------------

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in the order drawn (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
  /** An item chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/** A 32-bit seed from a number or a string (FNV-1a over the text). */
export function seedFrom(seed: number | string): number {
  if (typeof seed === 'number' && Number.isInteger(seed)) return seed >>> 0;
  let hash = 0x811c9dc5;
  for (const char of String(seed)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough for test data. */
export function createRng(seed: number | string): Rng {
  let state = seedFrom(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    sample: (items, count) => {
      if (count * 4 <= items.length) {
        // Few from many: draw indices, skipping repeats (no copy of a long list).
        const seen = new Set<number>();
        const out = [];
        while (out.length < count) {
          const index = Math.floor(next() * items.length);
          if (seen.has(index)) continue;
          seen.add(index);
          out.push(items[index]!);
        }
        return out;
      }
      const pool = [...items];
      const out = [];
      for (let i = 0; i < count && pool.length > 0; i++) {
        const index = Math.floor(next() * pool.length);
        out.push(pool[index]!);
        pool[index] = pool[pool.length - 1]!;
        pool.pop();
      }
      return out;
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, weight] of items) {
        r -= weight;
        if (r < 0) return item;
      }
      return items[items.length - 1]![0];
    },
  };
}

// ---------------------------------------------------------------------------------------
// Model of the output
// ---------------------------------------------------------------------------------------

export type SyntheticCollection = 'projects' | 'practices' | 'partners' | 'documents' | 'territories';

export interface SyntheticEntry {
  collection: SyntheticCollection;
  /** The entry id, i.e. the file name without extension. */
  id: string;
  extension: 'mdx' | 'md' | 'yaml';
  /** Front matter (or the whole YAML file for territories), in field order. */
  data: Record<string, unknown>;
  /** Markdown body; empty for territories. */
  body: string;
  /** A comment to put at the top of the YAML (territories). */
  comment?: string;
}

export interface TaxonomyIds {
  themes: readonly string[];
  targetGroups: readonly string[];
  interventionTypes: readonly string[];
  funds: readonly string[];
}

export interface SyntheticOptions {
  /** Number of practices; every other count follows from it. */
  practices: number;
  seed?: number | string;
  /** Ids of the real taxonomy terms (the generator references them, it does not invent them). */
  taxonomies: TaxonomyIds;
  /**
   * Year the tree is generated for: `lastReviewed` falls in the year before, so no entry
   * is "not reviewed for three years" during this year and the next. Default: current UTC year.
   * Part of the output: the same seed and size give the same tree within a calendar year.
   */
  referenceYear?: number;
  /** File format of projects: plain Markdown (default, like content/) or MDX, which costs a bundled module each. */
  projectExtension?: 'mdx' | 'md';
}

export interface SyntheticCounts {
  practices: number;
  projects: number;
  partners: number;
  documents: number;
  territories: number;
  regions: number;
  provinces: number;
  municipalities: number;
}

export const PARTNER_CAP = 2500;
export const MUNICIPALITY_CAP = 8000;

/** How many entries of each kind a tree with `practices` practices has. */
export function syntheticCounts(practices: number): SyntheticCounts {
  if (!Number.isInteger(practices) || practices < 1) throw new Error('the number of practices must be a positive integer');
  const municipalities = Math.min(MUNICIPALITY_CAP, Math.max(10, Math.round(practices / 5)));
  const provinces = PROVINCE_CODES.reduce((sum, codes) => sum + codes.length, 0);
  return {
    practices,
    projects: Math.max(1, Math.ceil(practices / 8)),
    partners: Math.min(PARTNER_CAP, Math.max(2, Math.ceil(practices / 4))),
    documents: Math.max(1, Math.ceil(practices / 3)),
    territories: 1 + REGIONS.length + provinces + municipalities,
    regions: REGIONS.length,
    provinces,
    municipalities,
  };
}

// ---------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------

/** Lowercase, accents removed, anything else a hyphen: "Città di Sant'Elia" → "citta-di-sant-elia". */
export function slugify(text: string, maxLength = 60): string {
  let slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > maxLength) {
    slug = slug.slice(0, maxLength);
    const cut = slug.lastIndexOf('-');
    if (cut > maxLength / 2) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/g, '');
  }
  return slug || 'voce';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Real regions, in ISTAT's order (the code is the position); metropolitan cities per region. */
const REGIONS = [
  { name: 'Piemonte', nameEn: 'Piedmont', metro: 1 },
  { name: "Valle d'Aosta", nameEn: 'Aosta Valley', metro: 0 },
  { name: 'Lombardia', nameEn: 'Lombardy', metro: 1 },
  { name: 'Trentino-Alto Adige', nameEn: 'Trentino-South Tyrol', metro: 0 },
  { name: 'Veneto', nameEn: 'Veneto', metro: 1 },
  { name: 'Friuli-Venezia Giulia', nameEn: 'Friuli Venezia Giulia', metro: 0 },
  { name: 'Liguria', nameEn: 'Liguria', metro: 1 },
  { name: 'Emilia-Romagna', nameEn: 'Emilia-Romagna', metro: 1 },
  { name: 'Toscana', nameEn: 'Tuscany', metro: 1 },
  { name: 'Umbria', nameEn: 'Umbria', metro: 0 },
  { name: 'Marche', nameEn: 'Marche', metro: 0 },
  { name: 'Lazio', nameEn: 'Lazio', metro: 1 },
  { name: 'Abruzzo', nameEn: 'Abruzzo', metro: 0 },
  { name: 'Molise', nameEn: 'Molise', metro: 0 },
  { name: 'Campania', nameEn: 'Campania', metro: 1 },
  { name: 'Puglia', nameEn: 'Apulia', metro: 1 },
  { name: 'Basilicata', nameEn: 'Basilicata', metro: 0 },
  { name: 'Calabria', nameEn: 'Calabria', metro: 1 },
  { name: 'Sicilia', nameEn: 'Sicily', metro: 3 },
  { name: 'Sardegna', nameEn: 'Sardinia', metro: 1 },
] as const;
const geodata = loadGeodata();
/** ISTAT's province codes of each region, in code order. */
const PROVINCE_CODES = REGIONS.map((_, index) => geodata.lookup.codes('province').filter((code) => geodata.lookup.province(code)!.region === String(index + 1).padStart(2, '0')));
/** ISTAT's municipality codes of each province. */
const MUNICIPALITY_CODES = Map.groupBy(geodata.lookup.codes('municipality'), (code) => code.slice(0, 3));

/** Bounding box the synthetic points stay in. */
export const SYNTHETIC_BOUNDS = { minLat: 36.7, maxLat: 46.9, minLon: 6.7, maxLon: 18.4 } as const;

const PLACE_PREFIXES = ['San', 'Santa', 'Castel', 'Monte', 'Borgo', 'Villa', 'Rocca', 'Porto', 'Torre', 'Pieve', 'Ponte', 'Colle', 'Serra', 'Casal', 'Campo', 'Poggio', 'Fonte', 'Bagno', 'Valle', 'Sant\u2019Angelo di'];
const PLACE_STARTS = ['Bel', 'Cor', 'Fer', 'Gal', 'Lan', 'Mar', 'Nar', 'Or', 'Pal', 'Ros', 'Sal', 'Ter', 'Val', 'Ver', 'Ca', 'Fi', 'Lu', 'Mo', 'Pe', 'Ri', 'Si', 'To', 'Vi', 'Bre', 'Cre', 'Gra', 'Pra', 'Tra', 'Al', 'Ber', 'Car', 'Dor', 'Gub', 'Lev', 'Mon', 'Piz', 'Sor', 'Ta', 'Ur', 'Zo'];
const PLACE_MIDDLES = ['a', 'e', 'i', 'o', 'an', 'en', 'in', 'ar', 'er', 'or', 'el', 'il', 'ol', 'ag', 'ur', 'es'];
const PLACE_ENDS = ['no', 'na', 'ni', 'to', 'ta', 'ti', 'lo', 'la', 'li', 'ra', 'ro', 're', 'sco', 'sca', 'ga', 'go', 'zzo', 'zza', 'ce', 'cia', 'gna', 'gno', 'ssa', 'nte', 'rio', 'via'];
const PLACE_SUFFIXES = [' di Sopra', ' di Sotto', ' al Mare', ' Terme', ' Marina', ' Alto', ' Scalo', ' in Valle', ' sul Fiume', ' Vecchio', ' Nuovo', ' del Colle'];

function placeRoot(rng: Rng): string {
  const syllables = rng.chance(0.5) ? 1 : 2;
  let root = rng.pick(PLACE_STARTS);
  for (let i = 1; i < syllables; i++) root += rng.pick(PLACE_MIDDLES);
  return root + rng.pick(PLACE_ENDS);
}

function placeName(rng: Rng): string {
  const root = placeRoot(rng);
  const shape = rng.next();
  if (shape < 0.45) return root;
  if (shape < 0.75) return `${rng.pick(PLACE_PREFIXES)} ${root}`;
  return root + rng.pick(PLACE_SUFFIXES);
}

const OBJECTS = [
  'un percorso di orientamento', 'una serie di incontri di quartiere', 'un protocollo operativo', 'una mappatura dei servizi',
  'un servizio di mediazione', 'una rete di accoglienza in famiglia', 'un programma di formazione congiunta',
  'uno sportello unico di accesso', 'un piano di azione locale', 'un sistema di monitoraggio', 'una banca dati condivisa',
  'un laboratorio di coprogettazione', 'un fondo di garanzia per l\u2019affitto', 'un gruppo di accompagnamento al lavoro',
  'una guida ai servizi in più lingue',
];
const object = (rng: Rng) => rng.pick(OBJECTS);
const COMPLEMENTS = [
  'a favore dei cittadini di Paesi terzi', 'con il coinvolgimento delle comunità locali', 'in collaborazione con le imprese del territorio',
  'per facilitare l\u2019accesso ai servizi', 'nei quartieri più periferici', 'lungo tutta la durata del progetto', 'a partire dai bisogni rilevati',
  'con attenzione alla prospettiva di genere', 'insieme ai centri per l\u2019impiego', 'per ridurre i tempi di attesa', 'in accordo con l\u2019ambito sociale',
  'con il sostegno delle parrocchie e dei centri di ascolto', 'in raccordo con le scuole del distretto', 'nei comuni più piccoli dell\u2019area',
];
const INFINITIVES = ['ridurre', 'migliorare', 'semplificare', 'rafforzare', 'ampliare', 'consolidare', 'sostenere', 'misurare'];
const SECOND_OBJECTS = [
  'i tempi di presa in carico', 'la collaborazione tra uffici', 'l\u2019accesso alla casa', 'la partecipazione delle famiglie', 'le competenze degli operatori',
  'il dialogo con le associazioni', 'la continuità dei percorsi individuali', 'l\u2019orientamento al lavoro', 'la fiducia nei servizi pubblici',
  'la conoscenza dei diritti', 'il raccordo con il privato sociale',
];
const OBSTACLES = [
  'la rotazione del personale', 'la scarsità di alloggi disponibili', 'la durata limitata dei finanziamenti', 'la difficoltà di raggiungere le donne',
  'la frammentazione delle competenze tra enti', 'la lentezza delle procedure amministrative', 'la barriera linguistica', 'la diffidenza iniziale dei proprietari',
];

function paragraph(rng: Rng, min = 3, max = 6): string {
  const count = rng.int(min, max);
  return Array.from({ length: count }, () => sentence(rng)).join(' ');
}

function sections(rng: Rng, headings: readonly string[], count: number, paragraphs: [number, number], sentences: [number, number] = [3, 6]): string {
  // Headings keep their natural order (context before results).
  return rng
    .sample(headings, count)
    .sort((a, b) => headings.indexOf(a) - headings.indexOf(b))
    .map((heading) => {
      const n = rng.int(paragraphs[0], paragraphs[1]);
      return `## ${heading}\n\n${Array.from({ length: n }, () => paragraph(rng, sentences[0], sentences[1])).join('\n\n')}`;
    })
    .join('\n\n');
}

const PRACTICE_HEADINGS = ['Contesto', 'Cosa si è fatto', 'Come si è organizzato il lavoro', 'Chi è stato coinvolto', 'Risultati e apprendimenti', 'Cosa serve per replicarla', 'Strumenti utilizzati'];
const PROJECT_HEADINGS = ['Il progetto in breve', 'Obiettivi', 'Attività', 'Il partenariato', 'Territori e destinatari', 'Risultati attesi', 'Sostenibilità'];
const DOCUMENT_HEADINGS = ['Contenuti', 'A chi è rivolto', 'Come è stato prodotto'];

const PRACTICE_NOUNS = [
  'Sportello di orientamento', 'Tavolo di coprogettazione', 'Accoglienza in famiglia', 'Percorso di autonomia abitativa', 'Mediazione interculturale',
  'Formazione congiunta', 'Tutoraggio al lavoro', 'Patto di quartiere', 'Agenzia sociale per la casa', 'Unità di strada', 'Équipe multidisciplinare',
  'Laboratorio di cittadinanza', 'Carta dei servizi plurilingue', 'Fondo di garanzia', 'Gruppo di auto-aiuto', 'Budget di salute',
];
const PRACTICE_FOR = [
  'per donne migranti', 'per titolari di protezione internazionale', 'per famiglie rom e sinti', 'per persone senza dimora', 'per giovani neomaggiorenni',
  'con le associazioni di migranti', 'tra servizi sociali e centri per l\u2019impiego', 'nei servizi anagrafici', 'con le imprese locali',
  'per nuclei monoparentali', 'nelle aree interne', 'per operatori dei servizi pubblici',
];
const PROJECT_TOPICS = [
  'Percorsi di autonomia', 'Reti per l\u2019integrazione', 'Servizi in rete', 'Casa e lavoro', 'Cittadinanza attiva', 'Comunità accoglienti',
  'Competenze per l\u2019inclusione', 'Governance multilivello', 'Accesso ai diritti', 'Nuove vie per l\u2019abitare',
];
const ACRONYM_PARTS = ['IN', 'TE', 'GRA', 'RE', 'CO', 'MI', 'NET', 'CA', 'SA', 'LA', 'VO', 'RO', 'AC', 'CIT', 'PRO', 'SER', 'VIA', 'PON', 'TRA', 'NOI'];

const THIRD_SECTOR_FORMS = ['Cooperativa sociale', 'Associazione', 'Consorzio di cooperative', 'Impresa sociale', 'Associazione di promozione sociale', 'Organizzazione di volontariato'];
const THIRD_SECTOR_NAMES = ['Il Ponte', 'Arcobaleno', 'La Rete', 'Nuovi Orizzonti', 'Casa Comune', 'Terra Aperta', 'Passaggi', 'Radici', 'Il Sentiero', 'Mosaico', 'Incontro', 'Orizzonte', 'Il Faro', 'Porte Aperte', 'Crocevia', 'Approdi', 'Il Seme', 'Altrove'];
const COMMUNITIES = ['senegalese', 'marocchina', 'albanese', 'romena', 'ucraina', 'nigeriana', 'bengalese', 'filippina', 'peruviana', 'tunisina', 'cinese', 'ivoriana'];
const SURNAMES = ['Rossi', 'Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Costa', 'Giordano', 'Mancini', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana'];
const MINISTRIES = ['Ministero del lavoro e delle politiche sociali', 'Ministero dell\u2019interno', 'Ministero dell\u2019istruzione e del merito', 'Ministero della salute'];
const AGENCIES = ['Agenzia nazionale per le politiche attive del lavoro', 'Istituto nazionale per la promozione della salute delle popolazioni migranti', 'Agenzia per la coesione territoriale', 'Ufficio nazionale antidiscriminazioni razziali'];

const PARTNER_KIND_WEIGHTS = [
  ['third-sector', 37], ['municipality', 15], ['migrant-association', 10], ['university', 6], ['foundation', 6], ['company', 6], ['network', 5],
  ['volunteer-service-centre', 4], ['region', 3], ['professional-order', 3], ['metropolitan-city', 2], ['national-agency', 2], ['ministry', 1],
] as const;

const DOCUMENT_KINDS = [
  ['report', 'Rapporto', ['di valutazione finale', 'di monitoraggio intermedio', 'sull\u2019analisi dei bisogni', 'sulle attività svolte']],
  ['deliverable', 'Prodotto', ['di progetto sul modello di intervento', 'finale del pacchetto di lavoro', 'sulla mappatura dei servizi']],
  ['tool', 'Strumento', ['per la presa in carico integrata', 'di autovalutazione dei servizi', 'per l\u2019orientamento abitativo']],
  ['questionnaire', 'Questionario', ['di rilevazione dei bisogni', 'di gradimento dei partecipanti', 'rivolto agli operatori']],
  ['training-material', 'Materiali del corso', ['sulla mediazione interculturale', 'sul diritto dell\u2019immigrazione', 'sul lavoro di rete']],
  ['guideline', 'Linee guida', ['per l\u2019accoglienza in famiglia', 'per la coprogettazione con le associazioni', 'per l\u2019accesso ai servizi anagrafici']],
  ['website', 'Portale', ['informativo del progetto', 'dei servizi per cittadini stranieri']],
] as const;

const EVIDENCE_NOTES = {
  declared: ['La scheda di progetto descrive la pratica senza dati sugli esiti.', 'Le informazioni provengono dalla relazione dei promotori.'],
  monitored: ['Il progetto ha raccolto dati sulle attività e sui partecipanti.', 'Il monitoraggio trimestrale registra accessi e prese in carico.'],
  evaluated: ['Una valutazione degli esiti è stata svolta dal partenariato.', 'Il rapporto di valutazione confronta i risultati con gli obiettivi.'],
  'independently-evaluated': ['Un gruppo di ricerca universitario esterno ha valutato gli esiti.', 'Una valutazione indipendente è stata commissionata a un ente terzo.'],
} as const;
const EVIDENCE_LEVELS = ['declared', 'monitored', 'evaluated', 'independently-evaluated'] as const;

const RECIPIENTS = [
  'Cittadini di Paesi terzi regolarmente soggiornanti e residenti nei comuni coinvolti.',
  'Operatori dei servizi sociali e anagrafici degli enti partner.',
  'Titolari di protezione internazionale usciti dal sistema di accoglienza da meno di diciotto mesi.',
  'Associazioni di migranti iscritte ai registri regionali.',
  'Nuclei familiari in carico ai servizi sociali con un progetto individuale attivo.',
];

/** [expected result, the same result once achieved, unit of its measure]. */
const RESULTS = [
  ['Formare gli operatori dei servizi sociali', 'Operatori dei servizi sociali formati', 'operatori formati'],
  ['Attivare percorsi individuali di autonomia', 'Percorsi individuali di autonomia attivati', 'percorsi attivati'],
  ['Coinvolgere le associazioni di migranti nella programmazione', 'Associazioni di migranti coinvolte nella programmazione', 'associazioni coinvolte'],
  ['Aprire nuovi punti di accesso ai servizi', 'Nuovi punti di accesso ai servizi aperti', 'sportelli aperti'],
  ['Trovare una soluzione abitativa stabile', 'Soluzioni abitative stabili trovate', 'nuclei accolti'],
  ['Sottoscrivere accordi di rete tra enti pubblici e privati', 'Accordi di rete sottoscritti', 'accordi firmati'],
] as const;

// ---------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');

/** A month index (year * 12 + month - 1) written at year or month precision. */
function monthText(index: number, monthPrecision: boolean): string {
  const year = Math.floor(index / 12);
  return monthPrecision ? `${year}-${pad((index % 12) + 1)}` : String(year);
}

function dayIn(rng: Rng, year: number): string {
  const month = rng.int(1, 12);
  return `${year}-${pad(month)}-${pad(rng.int(1, 28))}`;
}

// ---------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------

interface Place {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Index of the region. */
  region: number;
}

const round4 = (value: number) => Math.round(value * 10000) / 10000;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export interface SyntheticTree {
  entries: SyntheticEntry[];
  counts: SyntheticCounts;
}

export function generateSynthetic(options: SyntheticOptions): SyntheticTree {
  const counts = syntheticCounts(options.practices);
  const rng = createRng(options.seed ?? 1);
  const referenceYear = options.referenceYear ?? new Date().getUTCFullYear();
  const tax = options.taxonomies;
  for (const [name, ids] of Object.entries(tax)) {
    if (ids.length === 0) throw new Error(`the ${name} taxonomy has no terms`);
  }
  const entries: SyntheticEntry[] = [];
  const B = SYNTHETIC_BOUNDS;
  const point = (lat: number, lon: number, spread: number) => ({
    lat: round4(clamp(lat + (rng.next() * 2 - 1) * spread, B.minLat, B.maxLat)),
    lon: round4(clamp(lon + (rng.next() * 2 - 1) * spread * 1.2, B.minLon, B.maxLon)),
  });
  /** A point around `[lon, lat]` inside `outline` (a few draws, then the centre itself). */
  const pointInside = (outline: Shape, [lon, lat]: readonly [number, number], spread: number) => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const at = point(lat, lon, spread);
      if (withinKm(outline, [at.lon, at.lat], 0)) return at;
    }
    return { lat, lon };
  };
  const TERRITORY_NOTE = ' Territorio sintetico generato da `npm run generate` per i test di carico:\n nomi (salvo Italia e regioni) e coordinate sono inventati; i codici ISTAT sono reali ma di altri luoghi.';

  // --- Territories -----------------------------------------------------------------
  const territoryIds = new Set<string>(['italia']);
  entries.push({
    collection: 'territories',
    id: 'italia',
    extension: 'yaml',
    data: { name: 'Italia', nameEn: 'Italy', kind: 'country', coordinates: { lat: 41.8719, lon: 12.5674 } },
    body: '',
    comment: TERRITORY_NOTE,
  });
  const regions: Place[] = REGIONS.map((region, index) => {
    const id = uniqueId(slugify(region.name), territoryIds);
    const [lon, lat] = geodata.lookup.region(pad(index + 1))!.label;
    const place = { id, name: region.name, lat, lon, region: index };
    entries.push({
      collection: 'territories',
      id,
      extension: 'yaml',
      data: {
        name: region.name,
        ...(region.nameEn !== region.name ? { nameEn: region.nameEn } : {}),
        kind: 'region',
        istat: pad(index + 1),
        parent: 'italia',
        coordinates: { lat, lon },
      },
      body: '',
      comment: TERRITORY_NOTE,
    });
    return place;
  });
  const provinces: (Place & { code: string; outline: Shape })[] = [];
  const municipalitiesOf = new Map<string, Place[]>();
  const provincesOfRegion = new Map<number, Place[]>();
  PROVINCE_CODES.forEach((codes, regionIndex) => {
    const region = regions[regionIndex]!;
    const list: Place[] = [];
    codes.forEach((code, i) => {
      const metro = i < REGIONS[regionIndex]!.metro;
      const short = placeRoot(rng).replace(/^./, (c) => c.toUpperCase());
      const name = metro ? `Città metropolitana di ${short}` : `Provincia di ${short}`;
      const id = uniqueId(slugify(short), territoryIds);
      const outline = geodata.outlineFor(code)!;
      const at = pointInside(outline, geodata.lookup.province(code)!.label, 0.1);
      const place = { id, name: short, ...at, region: regionIndex, code, outline };
      list.push(place);
      provinces.push(place);
      entries.push({
        collection: 'territories',
        id,
        extension: 'yaml',
        data: { name, shortName: short, kind: metro ? 'metropolitan-city' : 'province', istat: code, parent: region.id, coordinates: at },
        body: '',
        comment: TERRITORY_NOTE,
      });
    });
    provincesOfRegion.set(regionIndex, list);
  });
  const municipalities: Place[] = [];
  for (let i = 0; i < counts.municipalities; i++) {
    // Spread over every province first, then weight towards the first (larger) provinces.
    const province = i < provinces.length ? provinces[i]! : provinces[Math.floor(rng.next() ** 1.6 * provinces.length)]!;
    const siblings = municipalitiesOf.get(province.id) ?? [];
    if (siblings.length >= 999) {
      i--;
      continue;
    }
    const name = placeName(rng);
    const id = uniqueId(slugify(name), territoryIds);
    const at = pointInside(province.outline, [province.lon, province.lat], 0.3);
    const place = { id, name, ...at, region: province.region };
    siblings.push(place);
    municipalitiesOf.set(province.id, siblings);
    municipalities.push(place);
    // ISTAT has fewer municipalities than a large tree: the rest go without a code.
    const code = MUNICIPALITY_CODES.get(province.code)?.[siblings.length - 1];
    entries.push({
      collection: 'territories',
      id,
      extension: 'yaml',
      data: { name, kind: 'municipality', ...(code ? { istat: code } : {}), parent: province.id, coordinates: at },
      body: '',
      comment: TERRITORY_NOTE,
    });
  }

  const territoryNames = new Map<string, string>([['italia', 'Italia']]);
  for (const place of [...regions, ...provinces, ...municipalities]) territoryNames.set(place.id, place.name);

  // --- Partners --------------------------------------------------------------------
  const partnerIds = new Set<string>();
  const partners: { id: string; name: string; kind: string }[] = [];
  const usedRegions = new Set<number>();
  const usedFixed = new Set<string>();
  for (let i = 0; i < counts.partners; i++) {
    let kind: string = rng.weighted(PARTNER_KIND_WEIGHTS);
    const town = municipalities.length > 0 && rng.chance(0.85) ? rng.pick(municipalities) : rng.pick(provinces);
    let name = '';
    let shortName: string | undefined;
    let territory: string = town.id;
    if (kind === 'region') {
      const free = regions.filter((r) => !usedRegions.has(r.region));
      if (free.length === 0) kind = 'third-sector';
      else {
        const region = rng.pick(free);
        usedRegions.add(region.region);
        name = `Regione ${region.name}`;
        territory = region.id;
      }
    }
    if (kind === 'ministry' || kind === 'national-agency') {
      const free = (kind === 'ministry' ? MINISTRIES : AGENCIES).filter((n) => !usedFixed.has(n));
      if (free.length === 0) kind = 'third-sector';
      else {
        name = rng.pick(free);
        usedFixed.add(name);
        territory = regions[11]!.id; // Lazio
      }
    }
    const province = provinces.find((p) => p.region === town.region) ?? provinces[0]!;
    switch (kind) {
      case 'third-sector':
        name = `${rng.pick(THIRD_SECTOR_FORMS)} ${rng.pick(THIRD_SECTOR_NAMES)} ${town.name}`;
        break;
      case 'municipality':
        name = `Comune di ${town.name}`;
        break;
      case 'metropolitan-city': {
        const p = rng.pick(provinces);
        name = `Città metropolitana di ${p.name}`;
        territory = p.id;
        break;
      }
      case 'migrant-association':
        name = `Associazione della comunità ${rng.pick(COMMUNITIES)} di ${town.name}`;
        break;
      case 'university':
        name = `Università degli studi di ${town.name}`;
        shortName = `Uni${town.name.split(/[\s\u2019']/)[0]!.slice(0, 4)}`;
        break;
      case 'foundation':
        name = `Fondazione ${rng.pick(SURNAMES)} ${town.name}`;
        break;
      case 'company':
        name = `${rng.pick(SURNAMES)} ${rng.pick(['Servizi', 'Lavoro', 'Abitare', 'Consulting'])} S.r.l.`;
        break;
      case 'network':
        name = `Rete ${rng.pick(THIRD_SECTOR_NAMES)} ${province.name}`;
        territory = province.id;
        break;
      case 'volunteer-service-centre':
        name = `Centro di servizio per il volontariato ${province.name}`;
        shortName = `CSV ${province.name}`;
        territory = province.id;
        break;
      case 'professional-order':
        name = `Ordine degli assistenti sociali della ${regions[town.region]!.name}`;
        territory = regions[town.region]!.id;
        break;
      default:
        break;
    }
    const id = uniqueId(slugify(name), partnerIds);
    partners.push({ id, name, kind });
    entries.push({
      collection: 'partners',
      id,
      extension: 'md',
      data: {
        name,
        ...(shortName ? { shortName } : {}),
        kind,
        territory,
        ...(rng.chance(0.6) ? { website: `https://${id}.example.org/` } : {}),
        summary: `[sintetico] ${name}: organizzazione fittizia generata per i test di carico.`,
        sources: [{ title: `Elenco dei partner (dati sintetici)`, publisher: 'Atlante dell\u2019inclusione' }],
      },
      body: `[sintetico] ${paragraph(rng, 1, 3)}\n`,
    });
  }

  // --- Projects (ids and membership first, so practices and documents can refer to them) ----
  interface ProjectPlan {
    id: string;
    acronym: string;
    partners: string[];
    territories: string[];
    pool: string[];
    start: number;
    end: number;
    documents: string[];
    practices: number;
  }
  const projectIds = new Set<string>();
  const plans: ProjectPlan[] = [];
  for (let p = 0; p < counts.projects; p++) {
    const acronym = `${rng.sample(ACRONYM_PARTS, rng.int(2, 3)).join('.')}${rng.chance(0.25) ? ` ${rng.int(2, 3)}` : ''}`;
    const id = uniqueId(slugify(acronym), projectIds);
    // Territories: national, regional, provincial or municipal scope.
    const scope = rng.next();
    let territories: string[];
    let pool: string[];
    if (scope < 0.1) {
      territories = ['italia'];
      pool = municipalities.map((m) => m.id);
    } else if (scope < 0.3) {
      const region = rng.pick(regions);
      territories = [region.id];
      pool = (provincesOfRegion.get(region.region) ?? []).flatMap((pr) => (municipalitiesOf.get(pr.id) ?? []).map((m) => m.id));
    } else if (scope < 0.6) {
      const chosen = rng.sample(provinces, rng.int(1, 2));
      territories = chosen.map((pr) => pr.id);
      pool = chosen.flatMap((pr) => (municipalitiesOf.get(pr.id) ?? []).map((m) => m.id));
    } else {
      territories = rng.sample(municipalities, rng.int(1, 4)).map((m) => m.id);
      pool = territories;
    }
    if (pool.length === 0) pool = territories;
    const start = rng.int(2015, referenceYear - 3) * 12 + rng.int(0, 11);
    const end = start + rng.int(12, 48);
    plans.push({ id, acronym, partners: [], territories, pool, start, end, documents: [], practices: 0 });
  }
  // Every partner takes part in at least one project; every project has two to eight partners.
  partners.forEach((partner, k) => plans[k % plans.length]!.partners.push(partner.id));
  for (const plan of plans) {
    const extra = rng.sample(partners, rng.int(0, 5)).map((p) => p.id);
    for (const id of extra) if (!plan.partners.includes(id) && plan.partners.length < 8) plan.partners.push(id);
    while (plan.partners.length < Math.min(2, partners.length)) {
      const id = rng.pick(partners).id;
      if (!plan.partners.includes(id)) plan.partners.push(id);
    }
  }
  const partnerById = new Map(partners.map((p) => [p.id, p]));

  // --- Documents -------------------------------------------------------------------
  const documentIds = new Set<string>();
  for (let d = 0; d < counts.documents; d++) {
    const plan = d < plans.length ? plans[d]! : rng.pick(plans);
    const [kind, label, topics] = rng.pick(DOCUMENT_KINDS);
    const title = `${label} ${rng.pick(topics)}`;
    const id = uniqueId(slugify(`${plan.acronym} ${title}`), documentIds);
    plan.documents.push(id);
    const wp = rng.int(1, 5);
    const date = plan.start + rng.int(0, plan.end - plan.start);
    const lead = partnerById.get(plan.partners[0]!)!;
    entries.push({
      collection: 'documents',
      id,
      extension: 'md',
      data: {
        title,
        ...(rng.chance(0.15) ? { titleIsDescriptive: true } : {}),
        project: plan.id,
        workPackage: `WP ${wp}`,
        ...(rng.chance(0.6) ? { task: `${wp}.${rng.int(1, 4)}` } : {}),
        number: plan.documents.length,
        kind,
        date: monthText(date, rng.chance(0.7)),
        language: rng.chance(0.9) ? 'it' : 'en',
        ...(rng.chance(0.5) ? { url: `https://${plan.id}.example.org/documenti/${id}` } : {}),
        sources: [{ title: `Elenco dei prodotti del progetto ${plan.acronym}`, publisher: lead.name }],
      },
      body: `[sintetico] ${paragraph(rng, 2, 3)}\n${rng.chance(0.3) ? `\n${sections(rng, DOCUMENT_HEADINGS, 1, [1, 1], [2, 3])}\n` : ''}`,
    });
  }

  // --- Practices -------------------------------------------------------------------
  const practiceIds = new Set<string>();
  const practiceEntries: SyntheticEntry[] = [];
  for (let i = 0; i < counts.practices; i++) {
    const plan = i < plans.length ? plans[i]! : rng.pick(plans);
    plan.practices++;
    const title = `${rng.pick(PRACTICE_NOUNS)} ${rng.pick(PRACTICE_FOR)}`;
    const id = uniqueId(slugify(title, 50), practiceIds);
    // The first four practices cover the four evidence levels; then weighted like a real catalogue.
    const level = i < EVIDENCE_LEVELS.length ? EVIDENCE_LEVELS[i]! : rng.weighted([['declared', 40], ['monitored', 30], ['evaluated', 20], ['independently-evaluated', 10]] as const);
    const start = plan.start + rng.int(0, Math.floor((plan.end - plan.start) / 2));
    const end = rng.int(start, plan.end);
    const practicePartners = rng.sample(plan.partners, rng.int(1, Math.min(3, plan.partners.length)));
    const involved = rng.chance(0.3) ? plan.partners.filter((p) => !practicePartners.includes(p)).slice(0, rng.int(1, 2)) : [];
    const migrantPartner = plan.partners.find((p) => partnerById.get(p)?.kind === 'migrant-association');
    const expected = rng.sample(RESULTS, rng.int(i % 5 === 0 ? 0 : 1, 3)).map(([text, , unit]) =>
      rng.chance(0.5) ? text : { text, measure: `${rng.int(5, 300)} ${unit}` },
    );
    const achieved =
      level === 'declared' && rng.chance(0.7)
        ? []
        : rng.sample(RESULTS, rng.int(1, 2)).map(([, text, unit]) => ({
            text,
            measure: `${rng.int(3, 250)} ${unit}`,
            evidence: rng.pick(['relazione finale', 'dati di monitoraggio', 'rapporto di valutazione', 'registro delle presenze']),
          }));
    const data: Record<string, unknown> = {
      title,
      ...(rng.chance(0.2) ? { titleIsDescriptive: true } : {}),
      summary: `[sintetico] ${sentence(rng)} ${sentence(rng)}`,
      ...(rng.chance(0.3) ? { summaryEn: `[synthetic] A generated practice used for load testing (${title}).` } : {}),
      project: plan.id,
      territories: rng.sample(plan.pool, rng.int(1, 2)),
      themes: rng.sample(tax.themes, rng.int(1, 3)),
      targetGroups: rng.sample(tax.targetGroups, rng.int(1, 2)),
      interventionTypes: rng.sample(tax.interventionTypes, rng.int(1, 3)),
      partners: practicePartners,
      ...(involved.length > 0 ? { involved } : {}),
      ...(rng.chance(0.4) ? { recipients: rng.pick(RECIPIENTS) } : {}),
      ...(rng.chance(0.4)
        ? {
            coDesign: [
              migrantPartner && rng.chance(0.6)
                ? { partner: migrantPartner, role: 'ha partecipato alla definizione dei criteri di accesso' }
                : { who: rng.pick(['associazioni di immigrati locali', 'persone accolte nei progetti', 'famiglie rom e sinti del quartiere', 'mediatrici di comunità']), role: 'ha proposto e verificato le attività con gli operatori' },
            ],
          }
        : {}),
      period: rng.chance(0.85) ? { start: monthText(start, rng.chance(0.6)), end: monthText(end, rng.chance(0.6)) } : { start: monthText(start, true) },
      evidence: { level, note: rng.pick(EVIDENCE_NOTES[level]) },
      expectedResults: expected,
      achievedResults: achieved,
      ...(rng.chance(0.5) ? { whatDidNotWork: rng.sample(OBSTACLES, rng.int(1, 2)).map((o) => capitalize(`${o} ha rallentato alcune attività.`)) } : {}),
      ...(rng.chance(0.6)
        ? {
            transferability: {
              conditions: rng.sample(['un accordo formale tra comune e terzo settore', 'operatori formati alla mediazione', 'un budget per gli affitti', 'un referente stabile nei servizi sociali', 'la disponibilità di alloggi pubblici'], rng.int(1, 3)),
              ...(rng.chance(0.4) ? { note: 'Funziona meglio dove esiste già una rete tra servizi.' } : {}),
            },
          }
        : {}),
      regularService: rng.chance(0.5) ? { status: rng.pick(['yes', 'partly', 'no', 'unknown']), note: 'Situazione riportata a fine progetto.' } : { status: rng.pick(['yes', 'partly', 'no', 'unknown']) },
      documents: rng.sample(plan.documents, rng.int(0, Math.min(3, plan.documents.length))),
      ...(rng.chance(0.3) ? { contacts: [{ role: 'referente della pratica', url: `https://${plan.id}.example.org/contatti` }] } : {}),
      sources: [
        { title: `Scheda della pratica (${plan.acronym}, dati sintetici)`, publisher: partnerById.get(plan.partners[0]!)!.name, ...(rng.chance(0.5) ? { url: `https://${plan.id}.example.org/pratiche/${id}` } : {}), date: String(Math.floor(plan.end / 12)) },
      ],
      lastReviewed: dayIn(rng, referenceYear - 1),
    };
    practiceEntries.push({
      collection: 'practices',
      id,
      extension: 'md',
      data,
      body: `[sintetico] ${paragraph(rng, 1, 2)}\n\n${sections(rng, PRACTICE_HEADINGS, rng.int(3, 4), [1, 1], [2, 4])}\n`,
    });
  }

  // --- Projects --------------------------------------------------------------------
  for (const plan of plans) {
    const topic = rng.pick(PROJECT_TOPICS);
    const firstTerritory = plan.territories[0]!;
    const where = firstTerritory === 'italia' ? 'in Italia' : `nel territorio di ${territoryNames.get(firstTerritory)!}`;
    const title = `${plan.acronym} \u2013 ${topic} ${where}`;
    const roles = ['partner', 'partner', 'partner', 'local-partner', 'associate', 'implementer', 'beneficiary'];
    const lead = plan.partners[0]!;
    const workPackages = Array.from({ length: rng.int(0, 4) }, (_, w) => ({
      code: `WP ${w + 1}`,
      title: capitalize(object(rng)),
      tasks: Array.from({ length: rng.int(0, 3) }, (_, t) => ({ code: `${w + 1}.${t + 1}`, title: capitalize(`${object(rng)} ${rng.pick(COMPLEMENTS)}`) })),
    }));
    const data: Record<string, unknown> = {
      title,
      acronym: plan.acronym,
      summary: `[sintetico] ${sentence(rng)} ${sentence(rng)} ${sentence(rng)}`,
      ...(rng.chance(0.3) ? { summaryEn: `[synthetic] A generated project used for load testing (${plan.acronym}).` } : {}),
      fund: rng.pick(tax.funds),
      fundingLine: `OS${rng.int(1, 3)} \u2013 ON${rng.int(1, 4)} ${rng.pick(['Integrazione', 'Governance dei servizi', 'Capacity building'])}`,
      projectCode: String(rng.int(1000, 9999)),
      lead,
      partners: plan.partners.map((partner, k) => {
        if (k === 0) return { partner, role: 'lead' };
        return rng.chance(0.1)
          ? { partner, role: rng.pick(roles), note: 'Ruolo desunto dalla descrizione delle attività.', roleIsInferred: true }
          : { partner, role: rng.pick(roles) };
      }),
      territories: plan.territories,
      ...(firstTerritory === 'italia' && rng.chance(0.5) ? { scopeNote: `${rng.int(3, 15)} regioni, non nominate dalla fonte` } : {}),
      ...(rng.chance(0.4) ? { recipients: rng.pick(RECIPIENTS) } : {}),
      period: { start: monthText(plan.start, true), end: monthText(plan.end, true) },
      themes: rng.sample(tax.themes, rng.int(1, 4)),
      targetGroups: rng.sample(tax.targetGroups, rng.int(1, 3)),
      generalObjectives: [`${capitalize(rng.pick(INFINITIVES))} ${rng.pick(SECOND_OBJECTS)} ${rng.pick(COMPLEMENTS)}.`],
      specificObjectives: Array.from({ length: rng.int(1, 3) }, () => `${capitalize(rng.pick(INFINITIVES))} ${rng.pick(SECOND_OBJECTS)}.`),
      ...(workPackages.length === 0 ? { activities: Array.from({ length: rng.int(2, 5) }, () => capitalize(object(rng))) } : { workPackages }),
      expectedResults: rng.sample(RESULTS, rng.int(1, 3)).map(([text, , unit]) => ({ text, measure: `${rng.int(10, 400)} ${unit}` })),
      ...(rng.chance(0.4) ? { achievedResults: [{ text: 'Attività concluse nei tempi previsti', evidence: 'relazione finale' }] } : {}),
      ...(rng.chance(0.7) ? { website: `https://${plan.id}.example.org/` } : {}),
      ...(rng.chance(0.3) ? { contacts: [{ role: 'segreteria di progetto', url: `https://${plan.id}.example.org/contatti` }] } : {}),
      sources: [{ title: `Scheda del progetto ${plan.acronym} (dati sintetici)`, publisher: partnerById.get(lead)!.name, date: String(Math.floor(plan.start / 12)) }],
    };
    entries.push({
      collection: 'projects',
      id: plan.id,
      extension: options.projectExtension ?? 'md',
      data,
      body: `[sintetico] ${paragraph(rng, 2, 4)}\n\n${sections(rng, PROJECT_HEADINGS, rng.int(3, 5), [1, 2])}\n`,
    });
  }
  entries.push(...practiceEntries);
  return { entries, counts };
}
