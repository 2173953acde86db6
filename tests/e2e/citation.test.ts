/**
 * The Cite block in a real Chromium: with JavaScript, a button copies the citation exactly as
 * the page shows it and says so; without JavaScript there is no button and the citation is text.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const run = hasChromium() || process.env.CI === 'true' ? describe : describe.skip;

let browser: Browser;
let site: { origin: string; close: () => Promise<void> };

run('Cite block in Chromium', () => {
  beforeAll(async () => {
    site = await serveStatic(inject('fixtureSite'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('copies the citation shown on the page, and says it did', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/practices/pratica-casa/`);
    const shown = await page.locator('.cite-text').textContent();
    await page.getByRole('button', { name: 'Copy the citation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(shown).toMatch(/^“Pratica di prova sulla casa”\. Atlante dell'inclusione, practice record\. http:\/\/localhost:4321\/pratiche\/pratica-casa\/ \(accessed /);
    await context.close();
  });

  it('offers the citation as text, with no copy button, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/pratiche/pratica-casa/`);
    expect(await page.getByRole('heading', { name: 'Cita' }).isVisible()).toBe(true);
    expect(await page.locator('.cite-text').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copia la citazione' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Scarica in formato BibTeX' }).getAttribute('href')).toBe('/pratiche/pratica-casa/citazione.bib');
    await context.close();
  });
});
