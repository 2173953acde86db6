/**
 * The open-data files at the top of `/dati/` (`pratiche.csv`, `atlante.json`, `catalogo.jsonld`…),
 * written at build time from src/lib/open-data/. The folder name is `SECTIONS.data.it`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { FILE_FORMATS } from '../../lib/open-data/dcat.ts';
import { allFiles, type OpenDataFile } from '../../lib/open-data/files.ts';

// Served here by `astro dev` only: `npm run build` writes the files itself (src/lib/bulk-files.ts).
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const files = allFiles(await getOpenData()).filter((f) => !f.path.includes('/'));
  return files.map((file) => ({ params: { file: file.path }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: OpenDataFile };
  return new Response(file.body, { headers: { 'Content-Type': `${FILE_FORMATS[file.format].mediaType}; charset=utf-8` } });
};
