/**
 * `npm run bench:map [-- --practices 10000] [--runs 5] [--reuse] [--json]`: the /mappa/ page on
 * a synthetic site. Generates `.bench/content-N`, builds it into `.bench/dist-map-N` (`npm run
 * build`'s script, with CONTENT_DIR and ATLANTE_DIST), then measures:
 * - the map data: /mappa/dati.json raw and gzipped, bytes per practice; the details files
 *   loaded on a popup (per region) and the boundaries (/geo/italia.topo.json);
 * - in Chromium, each run in a fresh context (cold cache): time from navigation start to the
 *   map marking itself ready (boundaries and markers drawn), and every script the page loads,
 *   gzipped as a server would send it (Leaflet included), plus Leaflet's stylesheet.
 * Prints the figures against the targets (1 s, 12 B/practice, 60 kB of JS) and the load average.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { writeSyntheticTree } from './generate.ts';

const HELP = `Usage: npm run bench:map -- [--practices N] [--seed S] [--runs R] [--reuse] [--json]

  --practices N  practices in the synthetic site (default 10000)
  --seed S       generator seed (default 1)
  --runs R       page loads to time, each with a cold cache (default 5; the median is reported)
  --reuse        measure .bench/dist-map-N as built by an earlier run (no generate, no build)
  --json         also write the figures to .bench/bench-map.json
  -h, --help     show this help

Targets at 10,000 practices: ready within 1 s, at most 12 bytes per practice gzipped,
at most 60 kB of JavaScript gzipped on /mappa/, Leaflet included.`;

const TARGET = { readyMs: 1000, bytesPerPractice: 12, jsBytes: 60_000 } as const;

const { values } = parseArgs({
  options: {
    practices: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    reuse: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const practices = Number(values.practices);
const runs = Number(values.runs);
const content = resolve(`.bench/content-${practices}`);
const dist = resolve(`.bench/dist-map-${practices}`);
const gz = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const loadBefore = loadavg();

let buildSeconds: number | undefined;
if (!values.reuse) {
  writeSyntheticTree({ practices, out: content, seed: Number(values.seed), force: true });
  const started = performance.now();
  const build = spawnSync(process.execPath, [resolve('scripts/build.ts')], { env: { ...process.env, CONTENT_DIR: content, ATLANTE_DIST: dist }, encoding: 'utf8', maxBuffer: 256 * 1024 ** 2 });
  buildSeconds = (performance.now() - started) / 1000;
  writeFileSync(resolve(`.bench/build-map-${practices}.log`), `${build.stdout}\n${build.stderr}`);
  if (build.status !== 0) {
    console.error(`the build failed; see .bench/build-map-${practices}.log`);
    process.exit(1);
  }
} else if (!existsSync(dist)) {
  console.error(`${dist} does not exist: run without --reuse first`);
  process.exit(1);
}

// Files: the map data, its details files, the boundaries.
const data = readFileSync(join(dist, 'mappa/dati.json'));
const detailsDir = join(dist, 'mappa/dettagli');
const details = readdirSync(detailsDir).map((file) => readFileSync(join(detailsDir, file)));
const topology = readFileSync(join(dist, 'geo/italia.topo.json'));
const placed = (JSON.parse(data.toString('utf8')) as { perPoint: number[]; unplaced: number }).perPoint.length;
const files = {
  dataBytes: data.length,
  dataGzipBytes: gz(data),
  bytesPerPractice: gz(data) / practices,
  points: placed,
  detailsFiles: details.length,
  detailsGzipBytesTotal: details.reduce((sum, body) => sum + gz(body), 0),
  detailsGzipBytesLargest: Math.max(...details.map(gz)),
  topologyGzipBytes: gz(topology),
};

// The page in Chromium.
const site = await serveStatic(dist);
const browser = await launchBrowser();
const timings: number[] = [];
let scripts: { url: string; gzipBytes: number }[] = [];
let styles: { url: string; gzipBytes: number }[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded: { url: string; type: string; body: Promise<Buffer> }[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') loaded.push({ url: response.url(), type, body: response.body() });
    });
    // performance.now() counts from the navigation's start.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const map = document.querySelector<HTMLElement>('atlante-map');
        if (map?.dataset.state === 'ready') {
          (window as unknown as { mapReadyAt: number }).mapReadyAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    });
    await page.goto(`${site.origin}/mappa/`);
    await page.waitForFunction(() => (window as unknown as { mapReadyAt?: number }).mapReadyAt !== undefined, undefined, { timeout: 60_000 });
    timings.push(await page.evaluate(() => (window as unknown as { mapReadyAt: number }).mapReadyAt));
    if (run === 0) {
      const sized = await Promise.all(loaded.map(async (r) => ({ url: new URL(r.url).pathname, type: r.type, gzipBytes: gz(await r.body) })));
      scripts = sized.filter((r) => r.type === 'script').map(({ url, gzipBytes }) => ({ url, gzipBytes }));
      styles = sized.filter((r) => r.type === 'stylesheet').map(({ url, gzipBytes }) => ({ url, gzipBytes }));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}

const sorted = [...timings].sort((a, b) => a - b);
const readyMs = sorted[Math.floor(sorted.length / 2)]!;
const jsBytes = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
const figures = {
  practices,
  buildSeconds,
  ...files,
  readyMsMedian: Math.round(readyMs),
  readyMsRuns: timings.map(Math.round),
  jsGzipBytes: jsBytes,
  scripts,
  styles,
  machine: { cpus: cpus().length, loadBefore: loadBefore.map((l) => Math.round(l * 100) / 100), loadAfter: loadavg().map((l) => Math.round(l * 100) / 100) },
};

console.log(`/mappa/ with ${practices.toLocaleString('en')} practices (${files.points.toLocaleString('en')} places)${buildSeconds ? `, built in ${buildSeconds.toFixed(1)} s` : ''}`);
console.log(`  map data       ${kB(files.dataBytes)} raw, ${kB(files.dataGzipBytes)} gzipped = ${files.bytesPerPractice.toFixed(2)} B/practice   (target ≤ ${TARGET.bytesPerPractice}: ${mark(files.bytesPerPractice <= TARGET.bytesPerPractice)})`);
console.log(`  details files  ${files.detailsFiles}, ${kB(files.detailsGzipBytesTotal)} gzipped in all, largest ${kB(files.detailsGzipBytesLargest)} (loaded on a popup)`);
console.log(`  boundaries     ${kB(files.topologyGzipBytes)} gzipped`);
console.log(`  ready          median ${Math.round(readyMs)} ms of ${timings.map(Math.round).join(', ')}   (target ≤ ${TARGET.readyMs}: ${mark(readyMs <= TARGET.readyMs)})`);
console.log(`  JavaScript     ${kB(jsBytes)} gzipped in ${scripts.length} files   (target ≤ ${kB(TARGET.jsBytes)}: ${mark(jsBytes <= TARGET.jsBytes)})`);
for (const s of scripts) console.log(`                 ${kB(s.gzipBytes).padStart(9)}  ${s.url}`);
for (const s of styles) console.log(`  CSS          ${kB(s.gzipBytes).padStart(9)}  ${s.url}`);
console.log(`  machine        ${figures.machine.cpus} CPUs, load ${figures.machine.loadBefore.join(' ')} before, ${figures.machine.loadAfter.join(' ')} after`);
if (values.json) writeFileSync(resolve('.bench/bench-map.json'), `${JSON.stringify(figures, null, 2)}\n`);
