/**
 * The open-data files of this build, made once from the catalogue: the `/dati/` page shows
 * their sizes and record counts, the endpoints in src/pages/dati/ write them.
 */
import { buildOpenData, type OpenData } from '../lib/open-data/files.ts';
import { getCatalog } from './catalog.ts';

let openDataPromise: Promise<OpenData> | undefined;

export function getOpenData(): Promise<OpenData> {
  openDataPromise ??= getCatalog().then((catalog) =>
    buildOpenData({
      catalog,
      absolute: (path) => new URL(path, import.meta.env.SITE).href,
      modified: new Date().toISOString().slice(0, 10),
    }),
  );
  return openDataPromise;
}
