/**
 * `npm run build`: validate the content, build into a staging folder, and only when every
 * step succeeds replace dist/ with it. Invalid content stops here with a readable report,
 * and a failed build never leaves a half-written dist/.
 *
 * The check runs in a child process on one core while Astro starts on the other; Astro's output is held back
 * until the check has passed, so an editor sees our report, never Astro's stack trace.
 */
import { contentRoot } from '../src/schemas/index.ts';
import { fork, spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport, type Problem } from '../src/lib/problems.ts';
import type { CheckWorkerData, PdfNotice } from './check-worker.ts';
import { writeSearchIndex } from './search-index.ts';
import type { PdfPageRecord } from '../src/lib/search/pdf-records.ts';
import type { Locale } from '../src/i18n/index.ts';

const contentDir = contentRoot();
const outDir = resolve(process.env.ATLANTE_DIST ?? 'dist');
const staging = `${outDir}.staging`;
const buildDate = new Date().toISOString();

rmSync(staging, { recursive: true, force: true });
// Astro caches parsed entries keyed by file content, not by schema: a schema change (a new
// default, a transform) would be served stale. Each build parses the content afresh.
rmSync(resolve('node_modules/.astro/data-store.json'), { force: true });

const env: NodeJS.ProcessEnv = { ...process.env, ATLANTE_OUT_DIR: staging, ATLANTE_CONTENT_CHECKED: '1', ATLANTE_BUILD_DATE: buildDate, ASTRO_TELEMETRY_DISABLED: '1' };
// Vite-based tools (Vitest) export BASE_URL; Astro would let it override the configured base (BASE_PATH).
delete env.BASE_URL;
const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const exited = new Promise<number>((done) => astro.on('close', (code) => done(code ?? 1)));
const held: [NodeJS.WriteStream, string][] = [];
let released = false;
// Astro's errors already name the file and line (e.g. an MDX body that does not parse); its
// stack traces only speak of our dependencies, so they are left out unless ATLANTE_DEBUG is set.
const STACK_LINE = /^\s*(Stack trace:|at .+:\d+:\d+\)?)\s*$/;
const keepStacks = Boolean(process.env.ATLANTE_DEBUG);
// Colour codes (Astro colours its output in CI too) must not hide a stack line from the filter.
const ANSI = /\x1b\[[0-9;]*m/g;
for (const [from, to] of [[astro.stdout, process.stdout], [astro.stderr, process.stderr]] as const) {
  let partial = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    const text = lines.filter((line) => keepStacks || !STACK_LINE.test(line.replace(ANSI, ''))).map((line) => `${line}\n`).join('');
    if (released) to.write(text);
    else held.push([to, text]);
  });
  from.on('end', () => partial && (released ? to.write(partial) : held.push([to, partial])));
}

type WorkerMessage = { kind: 'checked'; problems: Problem[]; errors: number } | { kind: 'written'; files: number; ms: number; records: PdfPageRecord[]; notices: PdfNotice[]; rowPaths: Record<Locale, string[]> };
const worker = fork(resolve('scripts/check-worker.ts'), [JSON.stringify({ contentDir, bulkDir: staging, buildDate } satisfies CheckWorkerData)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const workerFailed = new Promise<never>((_, fail) =>
  worker.once('close', (code) => fail(new Error(`the content check stopped unexpectedly (exit code ${code}); run npm run check to see why`))),
);
const next = <K extends WorkerMessage['kind']>(kind: K) =>
  Promise.race([workerFailed, new Promise<Extract<WorkerMessage, { kind: K }>>((done) => worker.on('message', (message: WorkerMessage) => message.kind === kind && done(message as Extract<WorkerMessage, { kind: K }>)))]);
workerFailed.catch(() => undefined);
const written = next('written');
// With invalid content no files are written and the process ends after its report: only an
// awaited `written` may fail the build.
written.catch(() => undefined);
const { problems, errors } = await next('checked');
if (problems.length) console.error(formatReport(problems));
if (errors) {
  astro.kill('SIGTERM');
  await exited;
  rmSync(staging, { recursive: true, force: true });
  console.error(`Build stopped: ${outDir} was left as it was.`);
  process.exit(1);
}
released = true;
for (const [to, chunk] of held.splice(0)) to.write(chunk);

const status = await exited;
if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  worker.kill();
  console.error(`Build failed: ${outDir} was left as it was.`);
  process.exit(status);
}

const bulk = await written;
console.log(`${bulk.files} citation, feed, open-data and PDF files written beside Astro (check and files done ${(bulk.ms / 1000).toFixed(1)} s after the start).`);
for (const notice of bulk.notices) console.warn(`warning  ${notice.file}  ${notice.message}`);

const indexStarted = performance.now();
try {
  const indexed = await writeSearchIndex(staging, bulk.records, bulk.rowPaths);
  console.log(`Search index: ${indexed.indexed} pages and PDF pages, ${indexed.records} of them from PDFs, in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s.`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}. ${outDir} was left as it was.`);
  process.exit(1);
}

if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`Site written to ${outDir}`);
