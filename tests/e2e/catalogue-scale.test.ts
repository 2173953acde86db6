/**
 * A synthetic catalogue large enough that listings take several pages and territory pages are
 * cut, in a real Chromium: every practice reached through the pages without JavaScript, a
 * territory page that points to its filtered list, and browsing with filters alone on the
 * catalogue index (no Pagefind), its results and counts checked against the content.
 */
import type { Page, Request } from 'playwright-core';
import { beforeAll, expect, inject, it } from 'vitest';
import type { Catalog, Practice } from '../../src/lib/catalog.ts';
import { practiceRecord } from '../../src/lib/search/record.ts';
import { catalogOfTree } from '../support/catalog-builder.ts';
import { describeInBrowser, siteInBrowser } from '../support/site-in-browser.ts';

let catalog: Catalog;

/** The practices a filter matches, computed from the content: OR within a facet, AND across facets. */
function practicesMatching(filters: Record<string, string[]>): Practice[] {
  return [...catalog.practices.values()].filter((practice) => {
    const record = practiceRecord(catalog, practice, 'it').filters;
    return Object.entries(filters).every(([facet, values]) => values.some((v) => record[facet as 'tema']?.includes(v)));
  });
}

async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('atlante-search')?.dataset.renderedQuery === location.search.slice(1));
}

describeInBrowser('a catalogue of a few hundred practices', () => {
  const site = siteInBrowser(() => inject('scaleSite'));
  beforeAll(() => {
    catalog = catalogOfTree(inject('scaleTree'));
  });

  it('reaches every practice through the pages of a listing, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/pratiche/vista/data/`);
    const seen = new Set<string>();
    let pages = 0;
    for (;;) {
      pages++;
      const links = await page.locator('#practice-listing .row-list > li > a:first-child').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length).toBeLessThanOrEqual(100);
      for (const href of links) seen.add(href);
      const next = page.locator('.pager a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      expect(page.url()).toBe(`${site.origin}/pratiche/vista/data/pagina/${pages + 1}/`);
    }
    expect(pages).toBe(Math.ceil(catalog.practices.size / 100));
    expect([...seen].sort()).toEqual([...catalog.practices.keys()].map((id) => `/pratiche/${id}/`).sort());
    await context.close();
  });

  it('shows the twenty most recent practices on a big territory page, and links its filtered list', async () => {
    const page = await site.browser.newPage();
    const region = [...catalog.territories.values()].filter((t) => t.data.kind === 'region').sort((a, b) => catalog.practicesIn(b.id).length - catalog.practicesIn(a.id).length)[0]!;
    const total = catalog.practicesIn(region.id).length;
    expect(total).toBeGreaterThan(20);
    await page.goto(`${site.origin}/territori/${region.id}/`);
    await expect(page.locator('#practices-heading').textContent()).resolves.toContain(`(${total})`);
    expect(await page.locator('section[aria-labelledby="practices-heading"] .row-list > li').count()).toBe(20);
    await page.locator('section[aria-labelledby="practices-heading"] .more-link a').click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('atlante-search')?.dataset.renderedQuery === location.search.slice(1));
    expect(new URL(page.url()).searchParams.get('regione')).toBe(region.id);
    await expect(page.locator('atlante-search [data-status]').textContent()).resolves.toContain(String(practicesMatching({ regione: [region.id] }).length));
    await page.close();
  });

  it('browses with filters alone on the catalogue index, without loading Pagefind, with results and counts as the content says', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
    const themes = [...catalog.taxonomies.themes.keys()].slice(0, 2);
    const region = [...catalog.territories.values()].filter((t) => t.data.kind === 'region').sort((a, b) => catalog.practicesIn(b.id).length - catalog.practicesIn(a.id).length)[0]!.id;
    await openSearch(page, `${site.origin}/cerca/?tipo=pratica&tema=${themes[0]}&tema=${themes[1]}&regione=${region}&ordina=data`);
    const expected = practicesMatching({ tema: themes, regione: [region] });
    await expect(page.locator('atlante-search [data-status]').textContent()).resolves.toMatch(new RegExp(`\\b${expected.length}\\b`));
    // Every value of every facet: what ticking it would give (or, ticked, its share), as the content says.
    for (const [facet, values] of [
      ['tema', [...catalog.taxonomies.themes.keys()]],
      ['evidenza', ['declared', 'monitored', 'evaluated', 'independently-evaluated']],
    ] as const) {
      for (const value of values) {
        const box = page.locator(`#search-${facet}-${value}`);
        if ((await box.count()) === 0) continue;
        const shown = Number(/\d+/.exec((await page.locator(`label[for="search-${facet}-${value}"] [data-count]`).textContent()) ?? '')?.[0]);
        const ticked = facet === 'tema' && (themes as readonly string[]).includes(value);
        const filters: Record<string, string[]> = { tema: [...themes], regione: [region] };
        const want = ticked
          ? expected.filter((p) => p.data.themes.some((t) => t.id === value)).length
          : practicesMatching({ ...filters, [facet]: facet === 'tema' ? [...themes, value] : [value] }).length;
        expect(shown, `${facet}=${value}`).toBe(want);
      }
    }
    // The first page, newest first, drawn from the cards.
    const firstTitle = await page.locator('[data-results] .search-result-title').first().textContent();
    expect(expected.map((p) => p.data.title)).toContain(firstTitle?.trim());
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    expect(requests.some((path) => path.startsWith('/indice/it/schede/'))).toBe(true);
    await page.close();
  });
});
