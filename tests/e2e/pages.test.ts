/**
 * The fixture site in a real Chromium: every page passes axe-core's WCAG 2.1 A/AA rules in
 * both languages, the skip link works from the keyboard, pages fit a 320 px screen, nothing
 * is requested from another origin, and content is there without JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { describeInBrowser } from '../support/site-in-browser.ts';
import { readPages } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';


let browser: Browser;
let site: { origin: string; close: () => Promise<void> };
let urls: string[];

describeInBrowser('fixture site in Chromium', () => {
  beforeAll(async () => {
    const outDir = inject('fixtureSite');
    urls = [...readPages(outDir).keys()].filter((url) => url !== '/404.html').sort();
    site = await serveStatic(outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has no axe-core WCAG 2.1 A/AA violation on any page, in either language', async () => {
    const page = await browser.newPage();
    const findings: string[] = [];
    for (const url of urls) {
      await page.goto(site.origin + url);
      const violations = await axeViolations(page);
      findings.push(...violations.map((v) => `${url} ${v}`));
    }
    await page.close();
    expect(urls.length).toBeGreaterThan(40);
    expect(findings).toEqual([]);
  });

  it('lets a keyboard user skip to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/pratiche/pratica-casa/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, top: document.activeElement?.getBoundingClientRect().top ?? -1 }));
    expect(focused.text).toBe('Vai al contenuto principale');
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const url of ['/', '/pratiche/pratica-casa/', '/progetti/progetto-prova/', '/territori/sicilia/', '/en/practices/']) {
      await page.goto(site.origin + url);
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`),
      );
      expect(overflowing, url).toEqual([]);
    }
    await page.close();
  });

  it('requests nothing outside its own origin', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.origin)) foreign.push(request.url());
    });
    for (const url of urls) await page.goto(site.origin + url, { waitUntil: 'load' });
    await page.close();
    expect(foreign).toEqual([]);
  });

  it('shows the whole practice without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/pratiche/pratica-casa/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pratica di prova sulla casa');
    expect(await page.getByRole('heading', { name: 'Risultati attesi' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Stampa' }).count()).toBe(0);
    await context.close();
  });
});
