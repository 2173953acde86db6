/**
 * The catalogue index on the wire: what the browser needs to filter, count, sort and page every
 * entry of one language without Pagefind. Rows are the entries in title order (so sorting by
 * title costs nothing), and each column is a string of base-64 digits of fixed width per row:
 *
 * - a facet column holds, per row, a bit set over the facet's value dictionary (six values per
 *   digit: `tema` with 16 values takes 3 digits a row);
 * - the date column holds, per row, the position of its date in a sorted dictionary of dates.
 *
 * Strings of digits gzip well (a row of all facets is about 20 digits before compression) and
 * decode without parsing thousands of JSON numbers. Cards (what a result shows) live in separate
 * chunks of `chunkSize` rows, fetched only for the rows on screen.
 */
import { FACETS, type Facet, type SearchFilters } from './record.ts';

export const INDEX_VERSION = 1;

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE = new Map([...DIGITS].map((digit, value) => [digit, value]));
const BITS_PER_DIGIT = 6;

/** One column: a value dictionary and, per row, `width` digits. */
export interface EncodedColumn {
  values: string[];
  width: number;
  data: string;
}

export interface EncodedIndex {
  version: typeof INDEX_VERSION;
  /** How many rows (entries of one language). */
  rows: number;
  /** Rows per card chunk: the card of row r is in chunk `Math.floor(r / chunkSize)`. */
  chunkSize: number;
  facets: Record<Facet, EncodedColumn>;
  /** Sort key `data`: ISO partial dates, `0000` for undated entries, sorted ascending. */
  dates: EncodedColumn;
}

/** What a result shows for an entry without a text query (with one, Pagefind's excerpt replaces the summary). */
export interface Card {
  id: string;
  url: string;
  title: string;
  place?: string | undefined;
  summary?: string | undefined;
}

/** One entry as the encoder receives it: its facet values (including `tipo`) and date key. */
export interface IndexRowInput {
  filters: SearchFilters;
  date: string;
}

const digitsFor = (bits: number) => Math.max(1, Math.ceil(bits / BITS_PER_DIGIT));

function writeDigits(bits: readonly number[], width: number): string {
  const digits = new Array<number>(width).fill(0);
  for (const bit of bits) digits[Math.floor(bit / BITS_PER_DIGIT)]! |= 1 << bit % BITS_PER_DIGIT;
  return digits.map((value) => DIGITS[value]).join('');
}

function writeNumber(value: number, width: number): string {
  let out = '';
  for (let i = width - 1; i >= 0; i--) out += DIGITS[Math.floor(value / 2 ** (BITS_PER_DIGIT * i)) % 64];
  return out;
}

/** Encodes rows given in their final order (title order). Facet dictionaries list every value offered, even unused ones. */
export function encodeIndex(rows: readonly IndexRowInput[], dictionaries: Record<Facet, readonly string[]>, chunkSize: number): EncodedIndex {
  const facets = {} as Record<Facet, EncodedColumn>;
  for (const facet of FACETS) {
    const values = [...new Set([...dictionaries[facet], ...rows.flatMap((row) => row.filters[facet] ?? [])])];
    const position = new Map(values.map((value, i) => [value, i]));
    const width = digitsFor(values.length);
    facets[facet] = { values, width, data: rows.map((row) => writeDigits((row.filters[facet] ?? []).map((v) => position.get(v)!), width)).join('') };
  }
  const dateValues = [...new Set(rows.map((row) => row.date))].sort();
  const datePosition = new Map(dateValues.map((value, i) => [value, i]));
  const dateWidth = digitsFor(Math.ceil(Math.log2(Math.max(2, dateValues.length))));
  return {
    version: INDEX_VERSION,
    rows: rows.length,
    chunkSize,
    facets,
    dates: { values: dateValues, width: dateWidth, data: rows.map((row) => writeNumber(datePosition.get(row.date)!, dateWidth)).join('') },
  };
}

/** A facet decoded for fast tests: per row, `words` 32-bit words of bits over the value dictionary. */
export interface DecodedFacet {
  values: string[];
  words: number;
  bits: Uint32Array;
}

export interface DecodedIndex {
  rows: number;
  chunkSize: number;
  facets: Record<Facet, DecodedFacet>;
  dateValues: string[];
  /** Per row, the position of its date in `dateValues` (larger is more recent). */
  dates: Uint32Array;
}

export class IndexFormatError extends Error {}

function digitAt(data: string, index: number): number {
  const value = DIGIT_VALUE.get(data[index]!);
  if (value === undefined) throw new IndexFormatError(`the catalogue index has an invalid digit at ${index}`);
  return value;
}

function checkLength(name: string, column: EncodedColumn, rows: number): void {
  if (column.data.length !== column.width * rows) throw new IndexFormatError(`the catalogue index column «${name}» has ${column.data.length} digits, expected ${column.width * rows}`);
}

export function decodeIndex(encoded: EncodedIndex): DecodedIndex {
  if (encoded.version !== INDEX_VERSION) throw new IndexFormatError(`the catalogue index is version ${String(encoded.version)}, this page reads version ${INDEX_VERSION}`);
  const { rows } = encoded;
  const facets = {} as Record<Facet, DecodedFacet>;
  for (const facet of FACETS) {
    const column = encoded.facets[facet];
    checkLength(facet, column, rows);
    const words = Math.max(1, Math.ceil(column.values.length / 32));
    const bits = new Uint32Array(rows * words);
    for (let row = 0; row < rows; row++) {
      for (let d = 0; d < column.width; d++) {
        const digit = digitAt(column.data, row * column.width + d);
        if (digit === 0) continue;
        for (let b = 0; b < BITS_PER_DIGIT; b++) {
          if (!(digit & (1 << b))) continue;
          const value = d * BITS_PER_DIGIT + b;
          bits[row * words + (value >>> 5)]! |= 1 << (value & 31);
        }
      }
    }
    facets[facet] = { values: column.values, words, bits };
  }
  checkLength('data', encoded.dates, rows);
  const dates = new Uint32Array(rows);
  for (let row = 0; row < rows; row++) {
    let value = 0;
    for (let d = 0; d < encoded.dates.width; d++) value = value * 64 + digitAt(encoded.dates.data, row * encoded.dates.width + d);
    dates[row] = value;
  }
  return { rows, chunkSize: encoded.chunkSize, facets, dateValues: encoded.dates.values, dates };
}
