/**
 * A project site on GitHub Pages is served under /<repository>/: built with BASE_PATH, every
 * link, asset and language switch stays inside that base and resolves to a built file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { linksOf, readPages, resolves } from '../support/build-site.ts';

const BASE = '/atlante/';
let outDir = '';
let pages = new Map<string, string>();

beforeAll(() => {
  outDir = join(mkdtempSync(join(tmpdir(), 'atlante-base-')), 'dist');
  const run = spawnSync(process.execPath, [resolve('scripts/build.ts')], {
    env: { ...process.env, CONTENT_DIR: resolve('tests/fixtures/site'), ATLANTE_DIST: outDir, BASE_PATH: BASE, SITE_URL: 'https://example.org' },
    encoding: 'utf8',
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  pages = readPages(outDir);
}, 120_000);

describe('a site built under a base path', () => {
  it('keeps every internal link and asset under the base, and each resolves to a built file', () => {
    const broken: string[] = [];
    for (const [url, html] of pages) {
      const refs = [...linksOf(html), ...[...html.matchAll(/<(?:link|script|img)\b[^>]*\b(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!)];
      for (const href of refs.filter((h) => h.startsWith('/'))) {
        if (!href.startsWith(BASE) || !resolves(outDir, `/${href.slice(BASE.length)}`)) broken.push(`${url} → ${href}`);
      }
    }
    expect(pages.size).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  it('writes absolute URLs under the base in robots.txt, the sitemap, the feeds and the JSON-LD', () => {
    const origin = `https://example.org${BASE}`;
    const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}sitemap-index.xml`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${origin}sitemap-0.xml</loc>`);
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(`${origin}en/practices/pratica-casa/`);
    expect(locs.filter((loc) => !loc.startsWith(origin))).toEqual([]);
    expect(read('territori/palermo/feed.xml')).toContain(`<link rel="self" type="application/atom+xml" href="${origin}territori/palermo/feed.xml"/>`);
    expect(read('feed.xml')).toContain(`<id>${origin}pratiche/pratica-casa/</id>`);
    expect(pages.get('/territori/palermo/')).toContain(`"@id":"${origin}territori/palermo/#id"`);
    expect(pages.get('/')).toContain(`type="application/atom+xml" hreflang="it" title="Feed Atom delle pratiche" href="${BASE}feed.xml"`);
  });

  it('switches language to the same page under the base', () => {
    const practice = pages.get('/pratiche/pratica-casa/')!;
    expect(practice).toContain(`href="${BASE}en/practices/pratica-casa/"`);
    expect(pages.get('/en/practices/pratica-casa/')).toContain(`href="${BASE}pratiche/pratica-casa/"`);
  });
});
