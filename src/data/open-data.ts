/**
 * The open-data files of this build, made from the catalogue. `npm run build` writes them beside
 * Astro (src/lib/bulk-files.ts); the `/dati/` page describes them from a summary made from the
 * same function (sizes, record counts) whose bytes are then let go; the endpoints in
 * src/pages/dati/ serve them under `astro dev` only.
 */
import { buildOpenData, summarizeOpenData, type OpenData, type OpenDataSummary } from '../lib/open-data/files.ts';
import { getCatalog } from './catalog.ts';

/** The build script's date, which the files written beside Astro use too. */
const modified = () => new Date(process.env.ATLANTE_BUILD_DATE ?? Date.now()).toISOString().slice(0, 10);

const build = async (): Promise<OpenData> =>
  buildOpenData({ catalog: await getCatalog(), absolute: (path) => new URL(path, import.meta.env.SITE).href, modified: modified() });

let summaryPromise: Promise<OpenDataSummary> | undefined;

export function getOpenDataSummary(): Promise<OpenDataSummary> {
  summaryPromise ??= build().then(summarizeOpenData);
  return summaryPromise;
}

let openDataPromise: Promise<OpenData> | undefined;

/** The files with their bytes, for the `astro dev` endpoints. */
export function getOpenData(): Promise<OpenData> {
  openDataPromise ??= build();
  return openDataPromise;
}
