/**
 * The catalogue index in the browser: its columns (loaded once per page), its card chunks
 * (loaded for the rows on screen) and the Pagefind join (loaded once a text query is typed).
 */
import { decodeIndex, type Card, type DecodedIndex, type EncodedIndex } from '../../lib/search/index-codec.ts';
import { chunkFile, indexFolder, INDEX_FILE, JOIN_FILE } from '../../lib/search/index-paths.ts';
import { decodeJoin, type EncodedJoin, type JoinTarget } from '../../lib/search/pagefind-join.ts';
import type { Locale } from '../../i18n/index.ts';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

export class CatalogIndexClient {
  readonly #folder: string;
  #index: Promise<DecodedIndex> | undefined;
  #join: Promise<Map<string, JoinTarget>> | undefined;
  readonly #chunks = new Map<number, Promise<Card[]>>();

  constructor(base: string, locale: Locale) {
    this.#folder = `${base}${indexFolder(locale)}/`;
  }

  index(): Promise<DecodedIndex> {
    this.#index ??= fetchJson<EncodedIndex>(`${this.#folder}${INDEX_FILE}`).then(decodeIndex);
    return this.#index;
  }

  join(): Promise<Map<string, JoinTarget>> {
    this.#join ??= fetchJson<EncodedJoin>(`${this.#folder}${JOIN_FILE}`).then(decodeJoin);
    return this.#join;
  }

  /** The cards of some rows, in the same order, fetching each chunk they fall in once. */
  async cards(rows: readonly number[]): Promise<Card[]> {
    const { chunkSize } = await this.index();
    const chunkOf = (row: number) => Math.floor(row / chunkSize);
    for (const chunk of new Set(rows.map(chunkOf))) {
      if (!this.#chunks.has(chunk)) this.#chunks.set(chunk, fetchJson<Card[]>(`${this.#folder}${chunkFile(chunk)}`));
    }
    return Promise.all(rows.map(async (row) => (await this.#chunks.get(chunkOf(row))!)[row % chunkSize]!));
  }
}
