/**
 * Where the catalogue index of a language is published, relative to the site's root. Its own
 * module, importing only a type, so that the browser's loader brings nothing else along.
 */
import type { Locale } from '../../i18n/index.ts';

export const indexFolder = (locale: Locale) => `indice/${locale}`;
export const INDEX_FILE = 'righe.json';
export const JOIN_FILE = 'pagefind.json';
export const chunkFile = (chunk: number) => `schede/${chunk}.json`;
