/**
 * The search of the fixture site in a real Chromium: full text (PDF pages included), facets
 * joined with OR within and AND across, disjunctive counts checked against counts computed from
 * the content, the URL as the state, the header box, the fallback without JavaScript, and axe.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Catalog, Practice } from '../../src/lib/catalog.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { describeInBrowser } from '../support/site-in-browser.ts';
import { catalogOfTree } from '../support/catalog-builder.ts';
import { fixtureTreeWithPdfs, PDF_PHRASE } from '../support/fixture-tree.ts';
import { serveStatic } from '../support/static-server.ts';


let browser: Browser;
let site: { origin: string; close: () => Promise<void> };
let catalog: Catalog;
let tree: string;

/** Practices matching every given test, each a predicate over the practice: the content's own answer. */
const practicesWhere = (...tests: ((p: Practice) => boolean)[]) =>
  [...catalog.practices.values()].filter((p) => tests.every((test) => test(p))).map((p) => p.data.title).sort();
const hasTheme = (...ids: string[]) => (p: Practice) => p.data.themes.some((t) => ids.includes(t.id));
const inRegion = (id: string) => (p: Practice) => p.data.territories.some((t) => (catalog.regionOf(t.id)?.id ?? 'italia') === id);

/** Opens a URL of the site and waits until the search has drawn the state in the URL. */
async function openSearch(page: Page, path: string): Promise<void> {
  await page.goto(site.origin + path);
  await waitForSearch(page);
}

async function waitForSearch(page: Page): Promise<void> {
  // The element writes the URL in canonical form, then marks the state it has drawn.
  await page.waitForFunction(() => document.querySelector<HTMLElement>('atlante-search')?.dataset.renderedQuery === location.search.slice(1));
}

const resultTitles = (page: Page) => page.locator('[data-results] .search-result-title').allTextContents().then((titles) => titles.map((t) => t.trim()).sort());

/** The count shown beside a facet value, as a number. */
async function countBeside(page: Page, facet: string, value: string): Promise<number> {
  const text = await page.locator(`label[for="search-${facet}-${value}"] [data-count]`).textContent();
  return Number(/\d+/.exec(text ?? '')?.[0]);
}

describeInBrowser('search in Chromium', () => {
  beforeAll(async () => {
    tree = await fixtureTreeWithPdfs();
    catalog = catalogOfTree(tree);
    site = await serveStatic(inject('fixtureSite'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (tree) rmSync(dirname(tree), { recursive: true, force: true });
  });

  it('finds pages as the user types, with type, territory, highlighted excerpt and a link to the matching section', async () => {
    const page = await browser.newPage();
    await openSearch(page, '/cerca/');
    await page.locator('atlante-search input[name="q"]').fill('tavoli periodici');
    await page.waitForFunction(() => document.querySelector('atlante-search')?.getAttribute('data-rendered-query') === 'q=tavoli+periodici');
    const result = page.locator('.search-result').first();
    expect(await result.locator('.search-result-title').textContent()).toBe('Pratica di prova sulla rete dei servizi nel Lazio');
    expect(await result.locator('.badge').textContent()).toBe('Pratica');
    expect(await result.locator('.search-result-place').textContent()).toBe('Lazio');
    expect(await result.locator('mark').first().textContent()).toMatch(/tavoli/i);
    const section = result.locator('.search-result-section a');
    expect(await section.textContent()).toBe('Come funziona la rete');
    expect(await section.getAttribute('href')).toBe('/pratiche/pratica-rete-lazio/#come-funziona-la-rete');
    expect(await page.locator('atlante-search [data-status]').textContent()).toBe('1 risultato');
    await page.close();
  });

  it('joins two values of one facet with OR', async () => {
    const page = await browser.newPage();
    await openSearch(page, '/cerca/?tipo=pratica&tema=casa&tema=governance');
    expect(await resultTitles(page)).toEqual(practicesWhere(hasTheme('casa', 'governance')));
    expect((await resultTitles(page)).length).toBeGreaterThan(practicesWhere(hasTheme('casa')).length);
    await page.close();
  });

  it('joins facets with AND', async () => {
    const page = await browser.newPage();
    await openSearch(page, '/cerca/?tipo=pratica&tema=lavoro&regione=lazio');
    expect(await resultTitles(page)).toEqual(practicesWhere(hasTheme('lavoro'), inRegion('lazio')));
    expect((await resultTitles(page)).length).toBeLessThan(practicesWhere(hasTheme('lavoro')).length);
    await page.close();
  });

  it('narrows a text query with filters: the words choose the rows, the facets filter them', async () => {
    const page = await browser.newPage();
    await openSearch(page, '/cerca/?q=pratica');
    const all = await resultTitles(page);
    await openSearch(page, '/cerca/?q=pratica&tipo=pratica&regione=lazio');
    const filtered = await resultTitles(page);
    const inLazio = practicesWhere(inRegion('lazio'));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(inLazio).toEqual(expect.arrayContaining(filtered));
    expect(filtered).toEqual(expect.arrayContaining(inLazio.filter((title) => /pratica/i.test(title))));
    expect(await countBeside(page, 'regione', 'lazio')).toBe(filtered.length);
    await page.close();
  });

  it('shows disjunctive counts: what ticking a value would give, and the share of a ticked one', async () => {
    const page = await browser.newPage();
    await openSearch(page, '/pratiche/?tema=casa');
    const themes = [...catalog.taxonomies.themes.keys()];
    for (const theme of themes) {
      const expected = theme === 'casa' ? practicesWhere(hasTheme('casa')).length : practicesWhere(hasTheme('casa', theme)).length;
      expect(await countBeside(page, 'tema', theme), theme).toBe(expected);
    }
    for (const region of ['sicilia', 'lazio', 'italia']) {
      expect(await countBeside(page, 'regione', region), region).toBe(practicesWhere(hasTheme('casa'), inRegion(region)).length);
    }
    // Ticking a value gives the count it showed.
    const promised = await countBeside(page, 'tema', 'lavoro');
    await page.locator('#search-tema-lavoro').check();
    await waitForSearch(page);
    expect(await resultTitles(page)).toHaveLength(promised);
    await page.close();
  });

  it('folds the filters of the practice listing until one is wanted, and opens them for a link that ticks some', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/pratiche/`);
    await page.locator('atlante-search form').waitFor();
    expect(await page.locator('[data-facets]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#practice-listing').isVisible()).toBe(true);
    await page.locator('[data-facets] summary').click();
    expect(await page.locator('#search-tema-casa').isVisible()).toBe(true);
    await openSearch(page, '/pratiche/?tema=casa');
    expect(await page.locator('[data-facets]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#practice-listing').isHidden()).toBe(true);
    await page.close();
  });

  it('keeps the view in the URL: reload, back and forward restore it', async () => {
    const page = await browser.newPage();
    await openSearch(page, '/cerca/');
    await page.getByLabel(/^Casa e abitare/).check();
    await waitForSearch(page);
    await page.getByLabel(/^Pratica \(/).check();
    await waitForSearch(page);
    expect(new URL(page.url()).search).toBe('?tipo=pratica&tema=casa');
    const ticked = await resultTitles(page);
    expect(ticked).toEqual(practicesWhere(hasTheme('casa')));

    await page.goBack();
    await waitForSearch(page);
    expect(new URL(page.url()).search).toBe('?tema=casa');
    expect(await page.getByLabel(/^Pratica \(/).isChecked()).toBe(false);
    expect((await resultTitles(page)).length).toBeGreaterThan(ticked.length);

    await page.goForward();
    await waitForSearch(page);
    expect(await page.getByLabel(/^Pratica \(/).isChecked()).toBe(true);
    expect(await resultTitles(page)).toEqual(ticked);

    await page.selectOption('select[name="ordina"]', 'titolo');
    await waitForSearch(page);
    await page.reload();
    await waitForSearch(page);
    expect(new URL(page.url()).search).toBe('?tipo=pratica&tema=casa&ordina=titolo');
    expect(await page.locator('select[name="ordina"]').inputValue()).toBe('titolo');
    expect(await resultTitles(page)).toEqual(ticked);
    await page.close();
  });

  it('finds a phrase inside an attached PDF and links the document page and the PDF at its page', async () => {
    const page = await browser.newPage();
    await openSearch(page, `/cerca/?q=${encodeURIComponent(`"${PDF_PHRASE}"`)}`);
    const result = page.locator('.search-result').first();
    expect(await result.locator('.search-result-title a').getAttribute('href')).toBe('/documenti/guida-operativa/');
    expect(await result.locator('.badge').textContent()).toBe('Documento');
    const pdf = result.locator('.search-result-pdf a');
    expect(await pdf.textContent()).toBe('PDF, pagina 2');
    expect(await pdf.getAttribute('href')).toBe('/documenti/files/guida-operativa.pdf#page=2');
    // Each page of the PDF is found on its own, and the document's page stays findable by its abstract.
    await openSearch(page, '/cerca/?q=introduzione');
    expect(await page.locator('.search-result-pdf a').allTextContents()).toContain('PDF, pagina 1');
    await openSearch(page, `/cerca/?q=${encodeURIComponent('guida fittizia')}`);
    expect(await page.locator('.search-result-title a').getAttribute('href')).toBe('/documenti/guida-operativa/');
    expect(await page.locator('.search-result-pdf').count()).toBe(0);
    const response = await page.request.get(`${site.origin}/documenti/files/guida-operativa.pdf`);
    expect(response.headers()['content-type']).not.toContain('text/html');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('when nothing matches, offers to clear the filter that gives back the most results, and keeps its word', async () => {
    const page = await browser.newPage();
    await openSearch(page, '/cerca/?tipo=pratica&tema=lavoro&regione=lazio&evidenza=declared');
    expect(await page.locator('atlante-search [data-status]').textContent()).toBe('Nessun risultato.');
    const offer = page.locator('[data-relax] button');
    const promised = Number(/: (\d+)/.exec((await offer.textContent()) ?? '')?.[1]);
    expect(promised).toBeGreaterThan(0);
    await offer.click();
    await waitForSearch(page);
    expect(await resultTitles(page)).toHaveLength(promised);
    await page.close();
  });

  it('opens the header search, shows results as you type, and closes with Escape back on its button', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/temi/casa/`);
    const toggle = page.locator('[data-search-toggle]');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.type('tavoli');
    const box = page.locator('atlante-search-box');
    await box.locator('.search-result').first().waitFor();
    expect(await box.locator('.search-result-title').first().textContent()).toBe('Pratica di prova sulla rete dei servizi nel Lazio');
    await page.keyboard.press('Escape');
    expect(await box.locator('[data-search-panel]').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-search-toggle'))).toBe('');
    await page.close();
  });

  it('without JavaScript, points to the listings: the header link and the search page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/cerca/`);
    expect(await page.locator('form[role="search"]').first().isHidden()).toBe(true);
    expect(await page.locator('[data-search-fallback] a').allTextContents()).toContain('Pratiche');
    const headerLink = page.locator('atlante-search-box a[data-search-fallback]');
    expect(await headerLink.getAttribute('href')).toBe('/pratiche/');
    await page.goto(`${site.origin}/pratiche/?tema=casa`);
    expect(await page.locator('#practice-listing').isVisible()).toBe(true);
    // The listing is the fallback: no search controls, no heading over nothing.
    expect(await page.getByText('Cerca e filtra le pratiche').isVisible()).toBe(false);
    expect(await page.locator('atlante-search [data-search-fallback]').count()).toBe(0);
    expect(await page.locator('#practice-listing .practice-row, #practice-listing li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('has no axe-core WCAG 2.1 A/AA violation with results and facets shown', async () => {
    const page = await browser.newPage();
    for (const path of ['/cerca/?q=prova&tema=casa', '/en/search/?tipo=pratica&tema=casa&tema=lavoro', '/pratiche/?tema=governance', '/cerca/?tipo=pratica&tema=lavoro&regione=lazio&evidenza=declared']) {
      await openSearch(page, path);
      const violations = await axeViolations(page);
      expect(violations, path).toEqual([]);
    }
    await page.close();
  });
});
