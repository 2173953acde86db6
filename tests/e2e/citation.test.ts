/**
 * The Cite block in a real Chromium: with JavaScript, a button copies the citation exactly as
 * the page shows it and says so; without JavaScript there is no button and the citation is text.
 */
import { expect, inject, it } from 'vitest';
import { describeInBrowser, siteInBrowser } from '../support/site-in-browser.ts';

describeInBrowser('Cite block in Chromium', () => {
  const web = siteInBrowser(() => inject('fixtureSite'));

  it('copies the citation shown on the page, and says it did', async () => {
    const context = await web.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.origin });
    const page = await context.newPage();
    await page.goto(`${web.origin}/en/practices/pratica-casa/`);
    const shown = await page.locator('.cite-text').textContent();
    await page.getByRole('button', { name: 'Copy the citation' }).click();
    // The clipboard answers asynchronously: wait for the message rather than race it.
    const copied = page.getByRole('status').filter({ hasText: 'Citation copied.' });
    await copied.waitFor({ timeout: 5000 }).catch(() => undefined);
    await expect(copied.isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(shown).toMatch(/^“Pratica di prova sulla casa”\. Atlante dell'inclusione, practice record\. http:\/\/localhost:4321\/pratiche\/pratica-casa\/ \(accessed /);
    await context.close();
  });

  it('offers the citation as text, with no copy button, without JavaScript', async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${web.origin}/pratiche/pratica-casa/`);
    expect(await page.getByRole('heading', { name: 'Cita' }).isVisible()).toBe(true);
    expect(await page.locator('.cite-text').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copia la citazione' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Scarica in formato BibTeX' }).getAttribute('href')).toBe('/pratiche/pratica-casa/citazione.bib');
    await context.close();
  });
});
