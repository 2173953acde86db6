/**
 * /mappa/ in a real Chromium: Leaflet draws the 20 regions from the site's own boundaries,
 * filters (the /cerca/ URL keys) change the places and the counts, a region leads to its page,
 * the list view holds the map's numbers, nothing leaves the origin, axe finds nothing, and
 * without JavaScript the static map and the table are there.
 */
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { describeInBrowser, siteInBrowser, type SiteInBrowser } from '../support/site-in-browser.ts';

let web: SiteInBrowser;

async function openMap(page: Page, path = '/mappa/'): Promise<void> {
  await page.goto(web.origin + path);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('atlante-map')?.dataset.state === 'ready');
}

/** Practices drawn as places or clusters (each place counts its practices). */
const markers = (page: Page) => page.locator('atlante-map').getAttribute('data-markers').then(Number);

/** "Sicilia: 1" from the map's region shapes, and the same from the table's rows, by ISTAT code. */
const mapRegions = (page: Page) =>
  page.locator('path.map-area-regions').evaluateAll((paths) => Object.fromEntries(paths.map((p) => [p.getAttribute('data-code'), p.getAttribute('aria-label')])));
const tableRegions = (page: Page) =>
  page
    .locator('.map-table tr[data-level="region"][data-code]')
    .evaluateAll((rows) => Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset.code, `${r.querySelector('th')!.textContent!.trim()}: ${r.querySelector('[data-count]')!.textContent!.trim()}`])));

describeInBrowser('the map in Chromium', () => {
  web = siteInBrowser(() => inject('fixtureSite'));

  it('draws the 20 regions, shaded, with the places of the practices, from the site alone', async () => {
    const page = await web.browser.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(web.origin)) foreign.push(request.url());
    });
    await openMap(page);
    expect(await page.locator('path.map-area-regions').count()).toBe(20);
    expect(await page.locator('[data-map-static]').isHidden()).toBe(true);
    // Palermo (1 practice) and Lazio's practices (2) are placed; the national one is in its panel.
    expect(await markers(page)).toBe(3);
    expect(await page.locator('[data-map-national]').textContent()).toContain('1 pratica');
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Natural Earth');
    expect(await page.locator('.map-key').textContent()).toContain('Nessuna pratica');
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('changes places, counts, the table, the URL and the list link with a filter', async () => {
    const page = await web.browser.newPage();
    await openMap(page);
    expect((await mapRegions(page))['12']).toBe('Lazio: 2');
    await page.locator('.map-facet summary', { hasText: 'Tema' }).click();
    await page.getByRole('checkbox', { name: 'Governance e reti' }).check();
    await page.waitForFunction(() => location.search === '?tema=governance');
    expect(await markers(page)).toBe(1);
    expect((await mapRegions(page))['12']).toBe('Lazio: 1');
    expect((await mapRegions(page))['19']).toBe('Sicilia: 0');
    expect(await page.locator('[data-map-status]').textContent()).toBe('1 pratica corrisponde ai filtri.');
    expect(await page.locator('[data-map-as-list]').getAttribute('href')).toBe('/pratiche/?tema=governance');
    expect(await tableRegions(page)).toEqual(await mapRegions(page));
    await page.close();
  });

  it('restores the filters from a shared link', async () => {
    const page = await web.browser.newPage();
    await openMap(page, '/mappa/?tema=casa');
    expect(await page.getByRole('checkbox', { name: 'Casa e abitare' }).isChecked()).toBe(true);
    expect((await mapRegions(page))['19']).toBe('Sicilia: 1');
    expect((await mapRegions(page))['12']).toBe('Lazio: 1');
    expect(await markers(page)).toBe(2);
    await page.close();
  });

  it('holds the same territories and counts in the list view as on the map', async () => {
    const page = await web.browser.newPage();
    await openMap(page);
    const onMap = await mapRegions(page);
    expect(Object.keys(onMap)).toHaveLength(20);
    expect(await tableRegions(page)).toEqual(onMap);
    await page.close();
  });

  it('shows a region’s practices on a click and leads to its page', async () => {
    const page = await web.browser.newPage();
    await openMap(page);
    // Sicily's middle: away from Palermo, whose place would open its own popup.
    await page.locator('path.map-area-regions[data-code="19"]').click();
    const panel = page.locator('[data-map-selection]');
    await panel.getByRole('link', { name: 'Pratica di prova sulla casa' }).waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Sicilia');
    await panel.getByRole('link', { name: 'Pagina del territorio: Sicilia' }).click();
    await page.waitForURL(`${web.origin}/territori/sicilia/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sicilia');
    await page.close();
  });

  it('lets a keyboard user pick a region', async () => {
    const page = await web.browser.newPage();
    await openMap(page);
    const sicily = page.locator('path.map-area-regions[data-code="19"]');
    await sicily.focus();
    expect(await sicily.evaluate((el) => el.matches(':focus-visible') || document.activeElement === el)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('[data-map-selection]').getByRole('link', { name: 'Pratica di prova sulla casa' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sicilia');
    await page.close();
  });

  it('opens a place’s popup with its practices', async () => {
    const page = await web.browser.newPage();
    await openMap(page);
    // Where a place is drawn: the first pixel of a place's red on the places' canvas, in page coordinates.
    const red = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-places-pane canvas')!;
      const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const box = canvas.getBoundingClientRect();
      for (let i = 0; i < width * height; i++) {
        if (data[i * 4] === 0xb7 && data[i * 4 + 1] === 0x19 && data[i * 4 + 2] === 0x18) {
          return { x: box.left + ((i % width) / width) * box.width + 2, y: box.top + (Math.floor(i / width) / height) * box.height + 2 };
        }
      }
      return undefined;
    });
    expect(red).toBeDefined();
    await page.mouse.click(red!.x, red!.y);
    const popup = page.locator('.leaflet-popup');
    await popup.getByRole('link', { name: /Pagina del territorio/ }).waitFor();
    expect(await popup.locator('.map-practices li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    const page = await web.browser.newPage({ viewport: { width: 320, height: 640 } });
    await openMap(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('has no axe-core violation with the map drawn and a region picked', async () => {
    const page = await web.browser.newPage();
    for (const path of ['/mappa/', '/en/map/']) {
      await openMap(page, path);
      await page.locator('path.map-area-regions[data-code="19"]').click();
      await page.locator('[data-map-selection] .map-practices').waitFor();
      const violations = await axeViolations(page);
      expect(violations, path).toEqual([]);
    }
    await page.close();
  });

  it('shows the shaded static map, the national panel and the table without JavaScript', async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${web.origin}/mappa/`);
    expect(await page.locator('[data-map-static] svg').isVisible()).toBe(true);
    expect(await page.locator('[data-map-static] svg a').count()).toBe(2); // Sicily and Lazio have pages
    expect(await page.getByRole('row', { name: 'Lazio 2' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Progetti a scala nazionale' }).isVisible()).toBe(true);
    expect(await page.locator('.map-filters').isHidden()).toBe(true);
    await page.locator('[data-map-static] svg a[aria-label="Sicilia: 1"]').click();
    await page.waitForURL(`${web.origin}/territori/sicilia/`);
    await context.close();
  });
});
