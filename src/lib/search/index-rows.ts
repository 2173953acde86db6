/**
 * The catalogue index of one language, from the catalogue: every entry as a row (in title
 * order), its encoded columns and its cards in chunks, and each row's page address so that the
 * build can join Pagefind's records to rows (scripts/search-index.ts).
 */
import { pathTo, withoutBase, type Locale, type Section } from '../../i18n/index.ts';
import type { Catalog } from '../catalog.ts';
import { facetOptions } from './facet-options.ts';
import { encodeIndex, type Card, type EncodedIndex } from './index-codec.ts';
import { documentRecord, FACETS, partnerRecord, practiceRecord, projectRecord, territoryRecord, type EntryType, type SearchRecord } from './record.ts';

/** Cards per chunk: a page of ten results sorted by title touches one or two chunks of about 3 kB gzipped. */
export const CARD_CHUNK_SIZE = 32;

export const SECTION_OF_TYPE = {
  pratica: 'practices',
  progetto: 'projects',
  documento: 'documents',
  partner: 'partners',
  territorio: 'territories',
} as const satisfies Record<EntryType, Section>;

export interface CatalogRow {
  /** The entry page's address without the base path, as Pagefind records it. */
  path: string;
  record: SearchRecord;
  card: Card;
}

function rowOf(locale: Locale, type: EntryType, id: string, record: SearchRecord): CatalogRow {
  const url = pathTo(locale, SECTION_OF_TYPE[type], id);
  return { path: withoutBase(url), record, card: { id, url, title: record.title, place: record.meta.territorio, summary: record.meta.sommario } };
}

/** Every entry of the catalogue in one language, in title order (the reader's collation, then type and id). */
export function catalogRows(catalog: Catalog, locale: Locale): CatalogRow[] {
  const rows = [
    ...[...catalog.practices.values()].map((e) => rowOf(locale, 'pratica', e.id, practiceRecord(catalog, e, locale))),
    ...[...catalog.projects.values()].map((e) => rowOf(locale, 'progetto', e.id, projectRecord(catalog, e, locale))),
    ...[...catalog.documents.values()].map((e) => rowOf(locale, 'documento', e.id, documentRecord(catalog, e, locale))),
    ...[...catalog.partners.values()].map((e) => rowOf(locale, 'partner', e.id, partnerRecord(catalog, e, locale))),
    ...[...catalog.territories.values()].map((e) => rowOf(locale, 'territorio', e.id, territoryRecord(catalog, e, locale))),
  ];
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return rows.sort((a, b) => collator.compare(a.card.title, b.card.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface CatalogIndexFiles {
  index: EncodedIndex;
  chunks: Card[][];
  /** Per row, its page's address (for the Pagefind join); not published. */
  paths: string[];
}

export function catalogIndexFiles(catalog: Catalog, locale: Locale, chunkSize = CARD_CHUNK_SIZE): CatalogIndexFiles {
  const rows = catalogRows(catalog, locale);
  const options = facetOptions(catalog, locale);
  const dictionaries = Object.fromEntries(FACETS.map((facet) => [facet, options[facet].map((option) => option.value)])) as Record<(typeof FACETS)[number], string[]>;
  const index = encodeIndex(
    rows.map((row) => ({ filters: row.record.filters, date: row.record.date })),
    dictionaries,
    chunkSize,
  );
  const chunks: Card[][] = [];
  for (let start = 0; start < rows.length; start += chunkSize) chunks.push(rows.slice(start, start + chunkSize).map((row) => row.card));
  return { index, chunks, paths: rows.map((row) => row.path) };
}
