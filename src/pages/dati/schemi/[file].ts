/** The JSON Schemas of the open-data files, at `/dati/schemi/<name>.schema.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../../data/open-data.ts';
import { FILE_FORMATS } from '../../../lib/open-data/dcat.ts';
import { allFiles, type OpenDataFile } from '../../../lib/open-data/files.ts';

const FOLDER = 'schemi/';

// Served here by `astro dev` only: `npm run build` writes the files itself (src/lib/bulk-files.ts).
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const files = allFiles(await getOpenData()).filter((f) => f.path.startsWith(FOLDER));
  return files.map((file) => ({ params: { file: file.path.slice(FOLDER.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: OpenDataFile };
  return new Response(file.body, { headers: { 'Content-Type': `${FILE_FORMATS[file.format].mediaType}; charset=utf-8` } });
};
