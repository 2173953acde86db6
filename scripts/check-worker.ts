/**
 * Runs the content check in a worker thread, on the core Astro leaves free, and posts back the
 * problems at once. When the content is valid it then writes the bulk files (citation downloads,
 * territory and theme feeds: src/lib/bulk-files.ts) into their own folder, which the build merges
 * into the site, and exits: the parsed entries never stay in memory beside Astro.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { bulkFiles } from '../src/lib/bulk-files.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { catalogOf } from '../src/lib/content/to-catalog.ts';
import { siteUrl } from '../src/lib/site-url.ts';

export interface CheckWorkerData {
  contentDir: string;
  /** Where to write the bulk files; left empty when the content has errors. */
  bulkDir: string;
  /** ISO time of the build, shared with Astro (ATLANTE_BUILD_DATE). */
  buildDate: string;
}

const { contentDir, bulkDir, buildDate } = workerData as CheckWorkerData;
const { problems, errors, entries } = checkContent(contentDir);
parentPort!.postMessage({ kind: 'checked', problems, errors });
if (!errors) {
  const made = new Set<string>();
  let files = 0;
  for (const file of bulkFiles(catalogOf(entries), { site: siteUrl(), accessed: new Date(buildDate) })) {
    const path = join(bulkDir, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, file.body);
    files++;
  }
  parentPort!.postMessage({ kind: 'written', files });
}
