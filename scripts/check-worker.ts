/**
 * Runs the content check in a child process, on the core Astro leaves free, and sends back the
 * problems at once. When the content is valid it then writes the bulk files (citation downloads,
 * territory and theme feeds, open data: src/lib/bulk-files.ts) into the staging folder Astro is
 * building into, and exits. A process rather than a worker thread: its memory goes back to the
 * system when it ends, before Astro's peak (a thread's did not: 0.8 GiB stayed with the build).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bulkFiles } from '../src/lib/bulk-files.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { catalogOf } from '../src/lib/content/to-catalog.ts';
import { siteUrl } from '../src/lib/site-url.ts';

export interface CheckWorkerData {
  contentDir: string;
  /** Where to write the bulk files: the staging folder Astro builds into (nothing is written when the content has errors). */
  bulkDir: string;
  /** ISO time of the build, shared with Astro (ATLANTE_BUILD_DATE). */
  buildDate: string;
}

const { contentDir, bulkDir, buildDate } = JSON.parse(process.argv[2]!) as CheckWorkerData;
const send = (message: unknown) => new Promise<void>((done) => process.send!(message, () => done()));

/** The checked entries' data only: file texts, bodies and YAML positions are let go before the catalogue is built. */
function check() {
  const { problems, errors, entries } = checkContent(contentDir);
  return { problems, errors, entries: errors ? [] : entries.map(({ collection, id, file, data }) => ({ collection, id, file, data, body: '', locate: () => undefined })) };
}

const started = performance.now();
const { problems, errors, entries } = check();
await send({ kind: 'checked', problems, errors });
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
  await send({ kind: 'written', files, ms: Math.round(performance.now() - started) });
}
process.disconnect();
