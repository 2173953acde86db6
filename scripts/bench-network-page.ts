/**
 * `node scripts/bench-network-page.ts [--dist DIR] [--runs 5]`: how fast /rete/ draws in
 * Chromium and what it weighs, on a built site (e.g. the 10,000-practice build that
 * `npm run bench:build -- --sizes 10000 --isolated` leaves in the system temp folder).
 * Targets (issue 5): drawn within 1 s, its JavaScript at most 40 kB gzipped.
 *
 * Per run, from the navigation's start: first contentful paint, the load event, and the moment
 * `<atlante-network>` has enhanced the graph (an init script watches for `data-enhanced`).
 * Then the cost of the two interactions that touch many nodes: highlighting the most connected
 * node's neighbourhood, and a fund filter over every node (handler plus the layout it forces).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '5' } } });
const dist = values.dist;
const runs = Number(values.runs);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const html = readFileSync(join(dist, 'rete', 'index.html'));
const scripts = [...html.toString().matchAll(/<script type="module" src="\/([^"]+)"/g)].map((m) => m[1]!);
const scriptBytes = scripts.map((src) => ({ src, gzipped: gzipSync(readFileSync(join(dist, src)), { level: 9 }).length }));
console.log(`/rete/ HTML: ${kB(html.length)} raw, ${kB(gzipSync(html, { level: 9 }).length)} gzipped`);
for (const { src, gzipped } of scriptBytes) console.log(`  script ${src}: ${kB(gzipped)} gzipped`);
console.log(`  JavaScript in all: ${kB(scriptBytes.reduce((sum, s) => sum + s.gzipped, 0))} gzipped (target 40 kB)`);

const site = await serveStatic(resolve(dist));
const browser = await launchBrowser();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const samples: { fcp: number; load: number; enhanced: number; highlight: number; filter: number; nodes: number }[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('svg[data-network][data-enhanced]')) {
          (window as unknown as { enhancedAt: number }).enhancedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-enhanced'] });
    });
    await page.goto(`${site.origin}/rete/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'enhancedAt' in window);
    samples.push(
      await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const svg = document.querySelector<SVGSVGElement>('svg[data-network]')!;
        const nodes = [...svg.querySelectorAll<SVGElement>('[data-id]')];
        const timed = (action: () => void) => {
          const start = performance.now();
          action();
          svg.getBoundingClientRect();
          document.body.offsetHeight;
          return performance.now() - start;
        };
        const degree = nodes.map(() => 0);
        for (const line of svg.querySelectorAll<SVGLineElement>('line[data-s]')) {
          degree[Number(line.dataset['s'])]!++;
          degree[Number(line.dataset['t'])]!++;
        }
        const hub = nodes[degree.indexOf(Math.max(...degree))]!;
        const highlight = timed(() => hub.focus());
        const select = document.querySelector<HTMLSelectElement>('select[name="fund"]')!;
        const filter = timed(() => {
          select.selectedIndex = 1;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
        return { fcp: paint, load: navigation.loadEventEnd, enhanced: (window as unknown as { enhancedAt: number }).enhancedAt, highlight, filter, nodes: nodes.length };
      }),
    );
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
const ms = (key: keyof (typeof samples)[number]) => `${median(samples.map((s) => s[key])).toFixed(0)} ms`;
console.log(`${samples[0]!.nodes} nodes; median of ${runs} runs: first paint ${ms('fcp')}, load ${ms('load')}, enhanced ${ms('enhanced')} (target 1 s); highlight ${ms('highlight')}, fund filter ${ms('filter')}`);
