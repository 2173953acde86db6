/**
 * `npm run bench:search [-- --practices 10000] [--build] [--ticks 30]`: search and browsing of
 * a synthetic site in headless Chromium, as a reader's browser gets them (text served gzipped,
 * each "first" measure in a fresh browser context, so nothing is cached). It prints:
 * - bytes of the first query from the header box of another page, and of a fresh /cerca/ with a
 *   query and all facet counts, for one query of each class (the worst is the figure);
 * - bytes and time of every later query on one /cerca/, by query class, and the share of that
 *   time spent inside Pagefind (`performance.measure` of the search call, src/client/search/pagefind.ts);
 * - browsing with filters only: from the catalogue index's arrival to results and counts drawn;
 * - ticking a facet value: from the click to the counts redrawn;
 * - the largest gzipped HTML among listing, territory and theme pages.
 * The queries are the tree's own (`queries.json`, written by `npm run generate`: common words,
 * rare words, two words, prefixes while typing, typos). The site is `.bench/dist-N`, built from
 * `.bench/content-N` when missing or with `--build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { QUERIES_FILE } from './generate.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { QUERY_CLASSES, type SearchQuery } from '../src/lib/synthetic-queries.ts';

const { values: args } = parseArgs({
  options: {
    practices: { type: 'string', default: '10000' },
    build: { type: 'boolean', default: false },
    ticks: { type: 'string', default: '30' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('Usage: npm run bench:search -- [--practices 10000] [--build] [--ticks 30]');
  process.exit(0);
}

const TARGETS = { boxFirstBytes: 150_000, freshSearchBytes: 200_000, laterBytes: 40_000, browseMs: 100, tickP95Ms: 50, typingP95Ms: 150, listingHtmlBytes: 60_000 } as const;
const practices = Number(args.practices);
const content = resolve(`.bench/content-${practices}`);
const dist = resolve(`.bench/dist-${practices}`);

if (!existsSync(join(content, QUERIES_FILE))) {
  const generated = spawnSync(process.execPath, ['scripts/generate.ts', '--practices', String(practices), '--out', content, '--force'], { stdio: 'inherit' });
  if (generated.status !== 0) process.exit(1);
}
if (args.build || !existsSync(join(dist, 'pagefind'))) {
  console.log(`Building ${dist} from ${content}…`);
  const built = spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, CONTENT_DIR: content, ATLANTE_DIST: dist }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(1);
}
const queries = JSON.parse(readFileSync(join(content, QUERIES_FILE), 'utf8')) as SearchQuery[];

/** Bytes received (encoded body and headers), Pagefind's Web Worker included, counted between two marks. */
function wireMeter(page: Page) {
  let total = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(request.sizes().then((sizes) => void (total += sizes.responseBodySize + sizes.responseHeadersSize)));
  });
  return {
    mark: async () => {
      await Promise.all(pending.splice(0));
      return total;
    },
  };
}

/** Records the time of every drawn state of the search view, for the measures below. */
const RECORD_RENDERS = () => {
  const renders: { at: number; state: string }[] = [];
  (window as unknown as { renders: typeof renders }).renders = renders;
  document.addEventListener('atlante-search-rendered', (event) => renders.push({ at: performance.now(), state: (event.target as HTMLElement).dataset.renderedQuery ?? '' }));
};

const settle = (page: Page) => page.waitForLoadState('networkidle');
const waitDrawn = (page: Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('atlante-search')?.dataset.renderedQuery === location.search.slice(1));

/** Types a query as one input event; resolves with the time until its results are drawn and the time spent inside Pagefind meanwhile. */
function typeAndWait(page: Page, query: string): Promise<{ ms: number; pagefindMs: number }> {
  return page.evaluate(
    (q) =>
      new Promise<{ ms: number; pagefindMs: number }>((done) => {
        const element = document.querySelector<HTMLElement>('atlante-search')!;
        const input = element.querySelector<HTMLInputElement>('input[name="q"]')!;
        const expected = new URLSearchParams({ q }).toString();
        const started = performance.now();
        const onDrawn = () => {
          if (element.dataset.renderedQuery !== expected) return;
          element.removeEventListener('atlante-search-rendered', onDrawn);
          const ended = performance.now();
          const inside = performance
            .getEntriesByName('atlante:pagefind-search')
            .filter((m) => m.startTime >= started && m.startTime <= ended)
            .reduce((sum, m) => sum + m.duration, 0);
          done({ ms: ended - started, pagefindMs: inside });
        };
        element.addEventListener('atlante-search-rendered', onDrawn);
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;
};
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');

async function freshPage(browser: Browser): Promise<{ page: Page; meter: ReturnType<typeof wireMeter>; close: () => Promise<void> }> {
  const context = await browser.newContext();
  await context.addInitScript(RECORD_RENDERS);
  const page = await context.newPage();
  return { page, meter: wireMeter(page), close: () => context.close() };
}

/** The first query of each class from the header box of another page, in a fresh context. */
async function headerBoxBytes(browser: Browser, origin: string, query: string): Promise<number> {
  const { page, meter, close } = await freshPage(browser);
  await page.goto(`${origin}/contribuisci/`, { waitUntil: 'networkidle' });
  const before = await meter.mark();
  await page.locator('[data-search-toggle]').click();
  await page.locator('#header-search-q').fill(query);
  await page.waitForFunction(() => document.querySelector('atlante-search-box [data-status]')?.textContent !== '');
  await settle(page);
  const bytes = (await meter.mark()) - before;
  await close();
  return bytes;
}

/** A fresh /cerca/ opened with a query: the page, the catalogue index, Pagefind, the join and the fragments shown. */
async function freshSearchBytes(browser: Browser, origin: string, query: string): Promise<number> {
  const { page, meter, close } = await freshPage(browser);
  await page.goto(`${origin}/cerca/?q=${encodeURIComponent(query)}`);
  await waitDrawn(page);
  await settle(page);
  const bytes = await meter.mark();
  await close();
  return bytes;
}

/** Gzipped size of every listing, territory and theme page. */
function listingPagesHtml(root: string): { path: string; bytes: number }[] {
  const sizes: { path: string; bytes: number }[] = [];
  const listing = /^(en\/)?(pratiche|practices|progetti|projects|territori|territories|partner|partners|documenti|documents|temi|themes)\/(index\.html$|(vista|view|pagina|page)\/|[^/]+\/index\.html$)/;
  const isEntry = /^(en\/)?(pratiche|practices|progetti|projects|partner|partners|documenti|documents)\/[^/]+\/index\.html$/;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') {
        const relative = path.slice(root.length + 1);
        if (listing.test(relative) && !(isEntry.test(relative) && !/\/(vista|view|pagina|page)\//.test(relative))) sizes.push({ path: relative, bytes: gzipSync(readFileSync(path), { level: 9 }).length });
      }
    }
  };
  walk(root);
  return sizes.sort((a, b) => b.bytes - a.bytes);
}

const site = await serveStatic(dist, { gzip: true });
const browser = await launchBrowser();
try {
  const loadBefore = loadavg()[0]!;
  const firstOfClass = QUERY_CLASSES.map((queryClass) => queries.find((q) => q.class === queryClass)!).filter(Boolean);
  const box = [];
  const fresh = [];
  for (const query of firstOfClass) {
    box.push({ query, bytes: await headerBoxBytes(browser, site.origin, query.q) });
    fresh.push({ query, bytes: await freshSearchBytes(browser, site.origin, query.q) });
  }

  // Browsing with filters alone: from the index's arrival to the results and counts drawn.
  const browse = await freshPage(browser);
  const theme = JSON.parse(readFileSync(join(dist, 'indice/it/righe.json'), 'utf8')).facets.tema.values[0] as string;
  await browse.page.goto(`${site.origin}/cerca/?tipo=pratica&tema=${theme}&ordina=data`);
  await waitDrawn(browse.page);
  await settle(browse.page);
  const browseBytes = await browse.meter.mark();
  const browseTiming = await browse.page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const rows = resources.find((r) => r.name.includes('/indice/it/righe.json'))!;
    const cards = resources.filter((r) => r.name.includes('/indice/it/schede/'));
    const drawn = (window as unknown as { renders: { at: number; state: string }[] }).renders.find((r) => r.state === location.search.slice(1))!;
    return { fromIndex: drawn.at - rows.responseEnd, cardsArrived: Math.max(...cards.map((c) => c.responseEnd)) - rows.responseEnd, pagefind: resources.some((r) => r.name.includes('/pagefind/')) };
  });

  // Ticking facet values one after another on that page: click to counts redrawn.
  const tickTimes: number[] = [];
  const boxes = await browse.page.locator('atlante-search input[type="checkbox"]').evaluateAll((inputs) => inputs.map((input) => input.id));
  for (let i = 0; i < Number(args.ticks); i++) {
    const id = boxes[(i * 7) % boxes.length]!;
    tickTimes.push(
      await browse.page.evaluate(
        (boxId) =>
          new Promise<number>((done) => {
            const element = document.querySelector<HTMLElement>('atlante-search')!;
            const started = performance.now();
            element.addEventListener('atlante-search-rendered', () => done(performance.now() - started), { once: true });
            document.getElementById(boxId)!.click();
          }),
        id,
      ),
    );
  }
  await browse.close();

  // Later queries on one /cerca/, typed one after the other.
  const session = await freshPage(browser);
  await session.page.goto(`${site.origin}/cerca/`);
  await waitDrawn(session.page);
  await typeAndWait(session.page, firstOfClass[0]!.q);
  await settle(session.page);
  const later: { query: SearchQuery; bytes: number; ms: number; pagefindMs: number }[] = [];
  for (const query of queries) {
    const before = await session.meter.mark();
    const timing = await typeAndWait(session.page, query.q);
    await settle(session.page);
    later.push({ query, bytes: (await session.meter.mark()) - before, ...timing });
  }
  await session.close();
  const loadAfter = loadavg()[0]!;

  const html = listingPagesHtml(dist);
  const maxBox = Math.max(...box.map((b) => b.bytes));
  const maxFresh = Math.max(...fresh.map((f) => f.bytes));
  const laterBytes = later.map((l) => l.bytes);
  const times = later.map((l) => l.ms);
  console.log(`Search of ${practices} practices: ${queries.length} queries, load ${loadBefore.toFixed(2)} before and ${loadAfter.toFixed(2)} after, on ${process.arch}`);
  console.log(`  first query from the header box      max ${kB(maxBox)}  (${box.map((b) => `${b.query.class} ${kB(b.bytes)}`).join(', ')})  target ≤ ${kB(TARGETS.boxFirstBytes)}: ${verdict(maxBox <= TARGETS.boxFirstBytes)}`);
  console.log(`  fresh /cerca/ with a query + counts  max ${kB(maxFresh)}  (${fresh.map((f) => `${f.query.class} ${kB(f.bytes)}`).join(', ')})  target ≤ ${kB(TARGETS.freshSearchBytes)}: ${verdict(maxFresh <= TARGETS.freshSearchBytes)}`);
  console.log(`  each later query                     p50 ${kB(percentile(laterBytes, 50))}, p95 ${kB(percentile(laterBytes, 95))}, max ${kB(Math.max(...laterBytes))}  target ≤ ${kB(TARGETS.laterBytes)}: ${verdict(percentile(laterBytes, 95) <= TARGETS.laterBytes)}`);
  console.log(`  browse with filters only             ${kB(browseBytes)} fetched; index arrived → results and counts drawn ${ms(browseTiming.fromIndex)} (cards arrived after ${ms(browseTiming.cardsArrived)}), Pagefind loaded: ${browseTiming.pagefind}  target ≤ ${TARGETS.browseMs} ms: ${verdict(browseTiming.fromIndex <= TARGETS.browseMs)}`);
  console.log(`  tick → counts redrawn                p50 ${ms(percentile(tickTimes, 50))}, p95 ${ms(percentile(tickTimes, 95))} over ${tickTimes.length} ticks  target p95 ≤ ${TARGETS.tickP95Ms} ms: ${verdict(percentile(tickTimes, 95) <= TARGETS.tickP95Ms)}`);
  console.log(`  typing → results drawn               p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}  target p95 ≤ ${TARGETS.typingP95Ms} ms: ${verdict(percentile(times, 95) <= TARGETS.typingP95Ms)}`);
  for (const queryClass of QUERY_CLASSES) {
    const of = later.filter((l) => l.query.class === queryClass);
    if (!of.length) continue;
    const share = of.reduce((sum, l) => sum + l.pagefindMs, 0) / of.reduce((sum, l) => sum + l.ms, 0);
    console.log(`    ${queryClass.padEnd(10)} ${String(of.length).padStart(3)} queries: time p50 ${ms(percentile(of.map((l) => l.ms), 50))}, p95 ${ms(percentile(of.map((l) => l.ms), 95))}; inside Pagefind ${(share * 100).toFixed(0)}%; bytes p95 ${kB(percentile(of.map((l) => l.bytes), 95))}`);
  }
  console.log(`  listing/territory/theme HTML, gzip   max ${kB(html[0]?.bytes ?? 0)} (${html[0]?.path}) over ${html.length} pages; over ${kB(TARGETS.listingHtmlBytes)}: ${html.filter((h) => h.bytes > TARGETS.listingHtmlBytes).length}`);
  const heaviest = [...later].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  console.log(`  heaviest later queries: ${heaviest.map((l) => `"${l.query.q}" (${l.query.class}) ${kB(l.bytes)}`).join(', ')}`);
} finally {
  await browser.close();
  await site.close();
}
