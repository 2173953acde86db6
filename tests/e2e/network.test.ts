/**
 * The network and charts of the fixture site in a real Chromium: focusing a node highlights
 * its neighbours, a filter hides the nodes it leaves out, "find" reaches a node, clicking a
 * node opens its page, the skip link gets past the graph, axe-core finds nothing while the
 * graph is highlighted and filtered, and without JavaScript the picture and its links remain.
 * The fixture's network: Progetto di prova (FAMI) with Ente Alfa and Comune Beta, in Sicily and
 * Lazio; the second project (test fund) with Comune Beta, in Lazio.
 */
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { describeInBrowser, siteInBrowser, type SiteInBrowser } from '../support/site-in-browser.ts';

let web: SiteInBrowser;

const node = (page: Page, id: string) => page.locator(`svg[data-network] [data-id="${id}"]`);

/** Ids of the nodes marked as the highlighted neighbourhood. */
const highlighted = (page: Page) => page.$$eval('svg[data-network] [data-id][data-near]', (nodes) => nodes.map((n) => n.getAttribute('data-id')).sort());

/** Ids of the nodes a reader can see. */
const visible = (page: Page) =>
  page.$$eval('svg[data-network] [data-id]', (nodes) => nodes.filter((n) => (n as SVGGraphicsElement).getBoundingClientRect().width > 0).map((n) => n.getAttribute('data-id')).sort());

async function openNetwork(path = '/rete/'): Promise<Page> {
  const page = await web.browser.newPage();
  await page.goto(web.origin + path);
  await page.waitForSelector('svg[data-network][data-enhanced]');
  return page;
}

describeInBrowser('network and charts in Chromium', () => {
  web = siteInBrowser(() => inject('fixtureSite'));

  it('highlights the neighbours of a focused node, and only them', async () => {
    const page = await openNetwork();
    await node(page, 'partner:ente-alfa').focus();
    expect(await highlighted(page)).toEqual(['partner:ente-alfa', 'project:progetto-prova']);
    const faded = await node(page, 'project:progetto-lavoro').evaluate((n) => Number(getComputedStyle(n).opacity));
    expect(faded).toBeLessThan(0.5);
    await node(page, 'territory:lazio').focus();
    expect(await highlighted(page)).toEqual(['project:progetto-lavoro', 'project:progetto-prova', 'territory:lazio']);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('hides the nodes a filter leaves out and says how many are shown', async () => {
    const page = await openNetwork();
    const all = await visible(page);
    expect(all).toHaveLength(6);
    await page.getByLabel('Fondo').selectOption({ label: 'Fondo di prova' });
    expect(await visible(page)).toEqual(['partner:comune-beta', 'project:progetto-lavoro', 'territory:lazio']);
    await expect(page.locator('[data-network-status]').textContent()).resolves.toBe('3 nodi visibili su 6');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Mostra tutto' }).click();
    await page.waitForFunction(() => document.querySelector('[data-network-status]')?.textContent === '6 nodi visibili su 6');
    expect(await visible(page)).toEqual(all);
    await page.close();
  });

  it('finds a node by name and gives it the focus', async () => {
    const page = await openNetwork('/en/network/');
    await page.getByLabel('Find a node by name').fill('Sicily');
    await page.getByLabel('Find a node by name').press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-id') === 'territory:sicilia');
    expect(await highlighted(page)).toEqual(['project:progetto-prova', 'territory:sicilia']);
    await page.close();
  });

  it('opens a node\'s page when it is clicked', async () => {
    const page = await openNetwork();
    await Promise.all([page.waitForURL(`${web.origin}/partner/comune-beta/`), node(page, 'partner:comune-beta').click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Comune Beta di prova');
    await page.close();
  });

  it('lets a keyboard user skip past the graph', async () => {
    const page = await openNetwork();
    const skip = page.getByRole('link', { name: 'Salta il grafo' });
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rete-dopo');
    await page.close();
  });

  it('highlights a project\'s partners on its page', async () => {
    const page = await openNetwork('/progetti/progetto-prova/');
    await node(page, 'partner:comune-beta').focus();
    expect(await highlighted(page)).toEqual(['partner:comune-beta', 'partner:ente-alfa', 'project:progetto-prova']);
    await page.close();
  });

  it('shows the network and its links without JavaScript, and no controls that need it', async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${web.origin}/rete/`);
    expect(await page.locator('svg[data-network] a[href="/progetti/progetto-prova/"]').count()).toBe(1);
    expect(await page.locator('svg[data-network]').isVisible()).toBe(true);
    expect(await page.getByLabel('Fondo').isVisible()).toBe(false);
    await context.close();
  });
});
