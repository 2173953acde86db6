/**
 * `npm run bench:search [-- --practices 10000] [--queries 60] [--build]`: the search of a
 * synthetic site in headless Chromium, as a reader's browser gets it (text files gzipped, as
 * static hosts serve them). It prints:
 * - the bytes /cerca/ fetches to show the facet counts (Pagefind's runtime, its WebAssembly,
 *   the index's metadata and the filter index);
 * - the bytes of the first query on a fresh /cerca/ (all of the above, the index chunks of its
 *   words and the fragments of the results shown), of the same query from the header box of
 *   another page (no facet counts), and of each later query;
 * - the time from a keystroke to the results drawn, p50 and p95 over the queries.
 * The site is `.bench/dist-N`, built from `.bench/content-N` (written by `npm run generate`)
 * when missing or with `--build`. Targets: first query ≤ 150 kB, later ones ≤ 40 kB, p95 ≤ 150 ms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values: args } = parseArgs({
  options: {
    practices: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '60' },
    build: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('Usage: npm run bench:search -- [--practices 10000] [--queries 60] [--build]');
  process.exit(0);
}

const TARGETS = { firstQueryBytes: 150_000, laterQueryBytes: 40_000, p95Ms: 150 } as const;
const practices = Number(args.practices);
const content = resolve(`.bench/content-${practices}`);
const dist = resolve(`.bench/dist-${practices}`);

if (!existsSync(content)) {
  const generated = spawnSync(process.execPath, ['scripts/generate.ts', '--practices', String(practices), '--out', content, '--force'], { stdio: 'inherit' });
  if (generated.status !== 0) process.exit(1);
}
if (args.build || !existsSync(join(dist, 'pagefind'))) {
  console.log(`Building ${dist} from ${content}…`);
  const built = spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, CONTENT_DIR: content, ATLANTE_DIST: dist }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(1);
}

/**
 * Words to search for, each found somewhere in the content: words of six letters or more from
 * practice titles (common across the catalogue), territory names and partner names (rarer),
 * spread evenly over their sorted list; a quarter of the queries are two of them together.
 */
function queriesFrom(dir: string, count: number): string[] {
  const words = new Set<string>();
  const collect = (folder: string, field: RegExp, limit: number) => {
    for (const file of readdirSync(join(dir, folder)).slice(0, limit)) {
      const value = field.exec(readFileSync(join(dir, folder, file), 'utf8'))?.[1] ?? '';
      for (const word of value.toLowerCase().split(/[^\p{L}]+/u)) if (word.length >= 6) words.add(word);
    }
  };
  collect('practices', /^title: (.+)$/m, 2000);
  collect('territories', /^name: (.+)$/m, 2000);
  collect('partners', /^name: (.+)$/m, 2000);
  const sorted = [...words].sort();
  const pairCount = Math.floor(count / 4);
  const singles = Array.from({ length: count - pairCount }, (_, i) => sorted[Math.floor((i * sorted.length) / (count - pairCount))]!);
  const pairs = Array.from({ length: pairCount }, (_, i) => `${singles[i]} ${singles[singles.length - 1 - i]}`);
  return [...singles, ...pairs];
}

/**
 * Bytes received (encoded body and headers), counted between two marks. Playwright's request
 * events include those of Pagefind's Web Worker, which fetches the index chunks; the page's own
 * DevTools session would miss them.
 */
function wireMeter(page: Page) {
  let total = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        total += sizes.responseBodySize + sizes.responseHeadersSize;
      }),
    );
  });
  return {
    mark: async () => {
      await Promise.all(pending.splice(0));
      return total;
    },
  };
}

/** Types a query as one input event and resolves with the time until its results are drawn. */
function typeAndWait(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((done) => {
        const element = document.querySelector<HTMLElement>('atlante-search')!;
        const input = element.querySelector<HTMLInputElement>('input[name="q"]')!;
        const expected = new URLSearchParams({ q }).toString();
        const started = performance.now();
        const onDrawn = () => {
          if (element.dataset.renderedQuery !== expected) return;
          element.removeEventListener('atlante-search-rendered', onDrawn);
          done(performance.now() - started);
        };
        element.addEventListener('atlante-search-rendered', onDrawn);
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** Resolves when the network has been quiet for a moment (fragments are fetched after the results are drawn). */
const settle = (page: Page) => page.waitForLoadState('networkidle');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const queries = queriesFrom(content, Number(args.queries));
const site = await serveStatic(dist, { gzip: true });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const meter = wireMeter(page);

  // The page itself, then what the search fetches to show the facet counts.
  const drawn = page.waitForFunction(() => document.querySelector<HTMLElement>('atlante-search')?.dataset.renderedQuery === '');
  const beforePage = await meter.mark();
  await page.goto(`${site.origin}/cerca/`, { waitUntil: 'load' });
  const pageBytes = (await meter.mark()) - beforePage;
  await drawn;
  await settle(page);
  const facetBytes = (await meter.mark()) - beforePage - pageBytes;

  // First query on a fresh page: facet counts + the query's chunks and fragments.
  const beforeFirst = await meter.mark();
  const firstMs = await typeAndWait(page, queries[0]!);
  await settle(page);
  const firstQueryBytes = facetBytes + ((await meter.mark()) - beforeFirst);

  // The same first query from the header box of another page: the search alone, no facet counts.
  const boxPage = await browser.newPage();
  const boxMeter = wireMeter(boxPage);
  await boxPage.goto(`${site.origin}/contribuisci/`, { waitUntil: 'networkidle' });
  const beforeBox = await boxMeter.mark();
  await boxPage.locator('[data-search-toggle]').click();
  await boxPage.locator('#header-search-q').fill(queries[0]!);
  await boxPage.locator('atlante-search-box .search-result').first().waitFor();
  await settle(boxPage);
  const boxFirstQueryBytes = (await boxMeter.mark()) - beforeBox;
  await boxPage.close();

  const later: { query: string; bytes: number; ms: number }[] = [];
  for (const query of queries.slice(1)) {
    const before = await meter.mark();
    const ms = await typeAndWait(page, query);
    await settle(page);
    later.push({ query, bytes: (await meter.mark()) - before, ms });
  }
  const times = [firstMs, ...later.map((l) => l.ms)];
  const laterBytes = later.map((l) => l.bytes);
  const results = {
    practices,
    queries: times.length,
    pageBytes,
    facetBytes,
    firstQueryBytes,
    boxFirstQueryBytes,
    laterQueryBytes: { p50: percentile(laterBytes, 50), p95: percentile(laterBytes, 95), max: Math.max(...laterBytes) },
    keystrokeToResultsMs: { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) },
    load: loadavg()[0]!,
  };
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
  console.log(`Search of ${practices} practices, ${results.queries} queries, load ${results.load.toFixed(2)} on this machine`);
  console.log(`  /cerca/ page itself                ${kB(pageBytes)}`);
  console.log(`  facet counts (runtime + filters)   ${kB(facetBytes)}`);
  console.log(`  first query, fresh /cerca/         ${kB(firstQueryBytes)}  (facet counts included)`);
  console.log(`  first query, header box elsewhere  ${kB(boxFirstQueryBytes)}  (target ≤ ${kB(TARGETS.firstQueryBytes)}: ${verdict(boxFirstQueryBytes <= TARGETS.firstQueryBytes)})`);
  console.log(`  each later query                   p50 ${kB(results.laterQueryBytes.p50)}, p95 ${kB(results.laterQueryBytes.p95)}, max ${kB(results.laterQueryBytes.max)}  (target ≤ ${kB(TARGETS.laterQueryBytes)}: ${verdict(results.laterQueryBytes.max <= TARGETS.laterQueryBytes)})`);
  console.log(`  keystroke to results drawn         p50 ${results.keystrokeToResultsMs.p50.toFixed(0)} ms, p95 ${results.keystrokeToResultsMs.p95.toFixed(0)} ms, max ${results.keystrokeToResultsMs.max.toFixed(0)} ms  (target p95 ≤ ${TARGETS.p95Ms} ms: ${verdict(results.keystrokeToResultsMs.p95 <= TARGETS.p95Ms)})`);
  const heaviest = [...later].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  console.log(`  heaviest later queries: ${heaviest.map((l) => `"${l.query}" ${kB(l.bytes)}`).join(', ')}`);
} finally {
  await browser.close();
  await site.close();
}
