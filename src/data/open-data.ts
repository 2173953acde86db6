/**
 * The open-data files of this build, as the `/dati/` page describes them (sizes, record counts).
 * The files themselves are written by `npm run build` beside Astro (src/lib/bulk-files.ts) from
 * the same function, so `astro dev` does not serve them: preview them with `npm start`.
 */
import { buildOpenData, summarizeOpenData, type OpenDataSummary } from '../lib/open-data/files.ts';
import { BUILD_DATE } from './build-date.ts';
import { getCatalog } from './catalog.ts';


const build = async () =>
  buildOpenData({ catalog: await getCatalog(), absolute: (path) => new URL(path, import.meta.env.SITE).href, modified: BUILD_DATE.toISOString().slice(0, 10) });

let summaryPromise: Promise<OpenDataSummary> | undefined;

export function getOpenDataSummary(): Promise<OpenDataSummary> {
  summaryPromise ??= build().then(summarizeOpenData);
  return summaryPromise;
}
