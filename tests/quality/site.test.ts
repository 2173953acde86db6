/**
 * The quality gates, on every page of the site built from content/ (not a sample): valid HTML,
 * no broken link, WCAG 2.1 AA in Chromium, the size budgets, woff2 Latin fonts, no request
 * outside the origin, and keyboard walks of the main flows. `npm run test:site -- --report`
 * writes the figures to docs/quality.md and src/data/quality.json (the accessibility statement).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGETS, createWeigher, fontProblems, pageTypeOf, type PageType } from '../../src/lib/quality/budgets.ts';
import { checkLinks, outputFileOf, pagePath } from '../../src/lib/quality/links.ts';
import { qualityMarkdown, type BudgetLine, type QualitySummary } from '../../src/lib/quality/report.ts';
import { siteUrl } from '../../src/lib/site-url.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { describeInBrowser } from '../support/site-in-browser.ts';
import { serveStatic } from '../support/static-server.ts';

const require = createRequire(import.meta.url);
const VNU_JAR = require('vnu-jar') as string;
const versionOf = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

let outDir: string;
let files: string[];
/** Every HTML page, by its path on the site (the base is `/` in tests). */
let pages: Map<string, string>;
const summary: QualitySummary = {
  date: new Date().toISOString().slice(0, 10),
  pages: 0,
  findings: { html: 0, links: 0, accessibility: 0, budgets: 0, fonts: 0, requests: 0 },
  linksChecked: 0,
  tools: { axe: versionOf('axe-core'), vnu: versionOf('vnu-jar') },
};
const budgetLines: BudgetLine[] = [];

const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

beforeAll(() => {
  outDir = inject('contentSite');
  files = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(outDir, path).split('\\').join('/'));
    }
  };
  walk(outDir);
  // Pagefind's index is binary and its runtime is Pagefind's: neither is ours to check.
  files = files.filter((file) => !file.startsWith('pagefind/'));
  pages = new Map(files.filter((file) => file.endsWith('.html')).map((file) => [pagePath(file, '/'), read(file)]));
  summary.pages = pages.size;
});

afterAll(() => {
  const report = process.env.QUALITY_REPORT;
  if (!report) return;
  writeFileSync(report, qualityMarkdown(summary, budgetLines));
  writeFileSync('src/data/quality.json', `${JSON.stringify(summary, null, 2)}\n`);
});

describe('every page of the site built from content/', () => {
  it('is valid HTML for the Nu Html Checker', () => {
    const vnu = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--skip-non-html', outDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(vnu.error, 'java could not run the Nu Html Checker').toBeUndefined();
    const { messages } = JSON.parse(vnu.stderr) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => `${relative(outDir, (m.url ?? '').replace(/^file:/, ''))}:${m.lastLine ?? ''}  ${m.message}`);
    summary.findings.html = errors.length;
    expect(errors).toEqual([]);
  });

  it('has no broken internal link, fragment or asset, in pages and in data files, feeds and sitemaps', () => {
    const report = checkLinks({ files, read, origin: siteUrl(), base: '/' });
    summary.findings.links = report.findings.length;
    summary.linksChecked = report.checked;
    expect(report.pages).toBe(pages.size);
    expect(report.findings.map((f) => `${f.file}  ${f.url}  ${f.problem}`)).toEqual([]);
  });

  it('keeps within the size budget of its page type, with woff2 Latin fonts only', () => {
    const existing = new Set(files);
    const weigh = createWeigher({
      read,
      fileOf: (path) => {
        const file = outputFileOf(path, '/');
        return file !== undefined && existing.has(file) ? file : undefined;
      },
    });
    const over: string[] = [];
    const fonts = new Set<string>();
    const byType = new Map<PageType, BudgetLine>();
    for (const [path, html] of pages) {
      const type = pageTypeOf(path);
      const weight = weigh(outputFileOf(path, '/')!, html);
      const budget = BUDGETS[type];
      const line = byType.get(type) ?? { type, pages: 0, budget, max: { html: { bytes: 0, page: '' }, css: { bytes: 0, page: '' }, js: { bytes: 0, page: '' } } };
      line.pages++;
      for (const measure of ['html', 'css', 'js'] as const) {
        if (weight[measure] > line.max[measure].bytes) line.max[measure] = { bytes: weight[measure], page: path };
        const limit = budget[measure];
        if (limit !== undefined && weight[measure] > limit) over.push(`${path}  ${measure} ${weight[measure]} B gzipped, budget ${limit} B (${type})`);
      }
      byType.set(type, line);
      for (const font of fontProblems(weight.fonts)) fonts.add(font);
    }
    budgetLines.push(...[...byType.values()].sort((a, b) => a.type.localeCompare(b.type)));
    summary.findings.budgets = over.length;
    summary.findings.fonts = fonts.size;
    expect(over).toEqual([]);
    expect([...fonts]).toEqual([]);
  });
});

describeInBrowser('every page of the site built from content/, in Chromium', () => {
  let browser: Browser;
  let site: { origin: string; close: () => Promise<void> };

  beforeAll(async () => {
    site = await serveStatic(outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Every URL of the sitemap, as paths of the local copy. */
  const sitemapPaths = () => {
    const index = read('sitemap-index.xml');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
    return parts.flatMap((part) => [...read(part).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname));
  };

  it('passes axe-core’s WCAG 2.1 A and AA rules on every URL of the sitemap, in both languages', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBe(pages.size - 1);
    const findings: string[] = [];
    // Two tabs at a time: the machine has two cores.
    const queue = [...paths];
    await Promise.all(
      [0, 1].map(async () => {
        const page = await browser.newPage();
        for (let path = queue.shift(); path; path = queue.shift()) {
          await page.goto(site.origin + path);
          findings.push(...(await axeViolations(page)).map((v) => `${path}  ${v}`));
        }
        await page.close();
      }),
    );
    summary.findings.accessibility += findings.length;
    expect(findings).toEqual([]);
  }, 1_800_000);

  it('requests nothing outside its origin, on a page of each type with its scripts at work', async () => {
    const byType = new Map<PageType, string>();
    for (const path of pages.keys()) if (!byType.has(pageTypeOf(path))) byType.set(pageTypeOf(path), path);
    const outside: string[] = [];
    const page = await browser.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) outside.push(`${page.url()}  ${request.url()}`);
    });
    for (const path of byType.values()) {
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      // Opening the header search loads Pagefind: that must come from the site too.
      await page.locator('[data-search-toggle]').click();
      await page.locator('#header-search-q').fill('servizi');
      await page.waitForLoadState('networkidle');
    }
    await page.close();
    summary.findings.requests = outside.length;
    expect(outside).toEqual([]);
  });

  describe('with the keyboard alone', () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage();
    });
    afterAll(async () => {
      await page.close();
    });
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return { tag: element?.tagName, text: element?.textContent?.trim(), id: element?.id, find: element?.hasAttribute('data-network-find') ?? false };
      });
    const tabUntil = async (test: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (test(await focused())) return true;
      }
      return false;
    };

    it('skips to the content, and reaches every section of the menu', async () => {
      await page.goto(`${site.origin}/`);
      await page.keyboard.press('Tab');
      expect((await focused()).text).toBe('Vai al contenuto principale');
      await page.keyboard.press('Enter');
      expect((await focused()).id).toBe('main');
      await page.goto(`${site.origin}/`);
      for (const section of ['Pratiche', 'Progetti', 'Territori', 'Partner', 'Documenti', 'Temi']) {
        expect(await tabUntil((f) => f.tag === 'A' && f.text === section), section).toBe(true);
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(`${site.origin}/temi/`);
    });

    it('opens the header search, shows results, closes it with Escape', async () => {
      await page.goto(`${site.origin}/progetti/`);
      expect(await tabUntil((f) => f.tag === 'BUTTON' && f.text === 'Cerca')).toBe(true);
      await page.keyboard.press('Enter');
      expect((await focused()).id).toBe('header-search-q');
      await page.keyboard.type('rom');
      await page.locator('atlante-search-box .search-result').first().waitFor();
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-search-panel]').isHidden()).toBe(true);
      expect((await focused()).text).toBe('Cerca');
    });

    it('skips the map of /mappa/ to its list view, and picks a region with Enter', async () => {
      await page.goto(`${site.origin}/mappa/`);
      expect(await tabUntil((f) => f.tag === 'A' && f.text === 'Salta la mappa e vai alla vista elenco')).toBe(true);
      await page.keyboard.press('Enter');
      expect((await focused()).id).toBe('map-list');
      await page.keyboard.press('Tab');
      expect((await focused()).tag).toBe('A');
      await page.goto(`${site.origin}/mappa/`);
      await page.locator('path.map-area-regions').first().waitFor();
      expect(await tabUntil((f) => f.tag === 'path')).toBe(true);
      await page.keyboard.press('Enter');
      await page.locator('[data-map-selection] a').first().waitFor();
    });

    it('skips the network of /rete/, and finds a node by name from the keyboard', async () => {
      await page.goto(`${site.origin}/rete/`);
      expect(await tabUntil((f) => f.tag === 'A' && f.text === 'Salta il grafo')).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe('#rete-dopo');
      await page.goto(`${site.origin}/rete/`);
      expect(await tabUntil((f) => f.find, 300)).toBe(true);
      const name = await page.locator('#rete-nomi option').first().getAttribute('value');
      await page.keyboard.type(name!);
      await page.keyboard.press('Enter');
      await page.locator('[data-found]').first().waitFor({ state: 'attached' });
    });

    it('ticks a facet of /cerca/ with the space bar, and the results and the URL follow', async () => {
      await page.goto(`${site.origin}/cerca/`);
      await page.locator('atlante-search[data-rendered-query]').waitFor({ state: 'attached' });
      expect(await tabUntil((f) => f.tag === 'INPUT' && f.id === 'search-tipo-pratica')).toBe(true);
      await page.keyboard.press('Space');
      await page.waitForURL(/\?tipo=pratica$/);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('atlante-search')?.dataset.renderedQuery === 'tipo=pratica');
      expect(await page.locator('atlante-search [data-status]').textContent()).toMatch(/^(\d+ risultati|Risultati da 1 a 10 di \d+)$/);
    });
  });
});
