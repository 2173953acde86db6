/**
 * Size budgets per page type, gzipped as a reader's browser receives them: the page's HTML,
 * the CSS it loads, the JavaScript that runs before the reader does anything (module scripts
 * and their static imports; chunks a script imports on demand, such as search, are not
 * counted), and the fonts (woff2 only, Latin and Latin Extended only).
 */
import { gzipSync } from 'node:zlib';
import { SECTIONS, type Locale } from '../../i18n/index.ts';
import { parsePage } from './html.ts';

export type PageType = 'home' | 'entry' | 'listing' | 'search' | 'map' | 'network' | 'statistics' | 'information' | 'not-found';

export interface Budget {
  /** Bytes gzipped; undefined where the page type has no HTML budget (listings grow with the catalogue). */
  html?: number;
  css: number;
  js: number;
}

const KB = 1000;
/**
 * The issues' figures: content pages 12 kB of HTML and 5 kB of script; the map 60 kB and the
 * network 40 kB of script. Listings and /cerca/ carry the faceted search's own script from the
 * start (the practice listings show its panel): 10 kB, our figure.
 */
export const BUDGETS: Record<PageType, Budget> = {
  home: { html: 12 * KB, css: 16 * KB, js: 5 * KB },
  entry: { html: 12 * KB, css: 16 * KB, js: 5 * KB },
  information: { html: 12 * KB, css: 16 * KB, js: 5 * KB },
  'not-found': { html: 12 * KB, css: 16 * KB, js: 5 * KB },
  listing: { css: 16 * KB, js: 10 * KB },
  search: { css: 16 * KB, js: 10 * KB },
  statistics: { css: 16 * KB, js: 5 * KB },
  map: { css: 16 * KB, js: 60 * KB },
  network: { css: 16 * KB, js: 40 * KB },
};

/** Sections whose pages are entries at `/<section>/<id>/`, and their listings at `/<section>/`. */
const ENTRY_SECTIONS = new Set(['practices', 'projects', 'territories', 'partners', 'documents', 'themes']);
/** Sections that are a page type of their own; every other section is an information page. */
const OWN_TYPE: Record<string, PageType> = { search: 'search', map: 'map', network: 'network', statistics: 'statistics' };

/** The type of a page from its path without the base: `/pratiche/x/` → entry, `/en/map/` → map. */
export function pageTypeOf(path: string): PageType {
  if (path === '/404.html') return 'not-found';
  const segments = path.split('/').filter(Boolean);
  const locale: Locale = segments[0] === 'en' ? 'en' : 'it';
  if (locale === 'en') segments.shift();
  if (segments.length === 0) return 'home';
  const section = Object.entries(SECTIONS).find(([, names]) => (names as Record<Locale, string>)[locale] === segments[0])?.[0];
  if (!section) return 'information';
  if (ENTRY_SECTIONS.has(section)) return segments.length === 2 ? 'entry' : 'listing';
  return OWN_TYPE[section] ?? 'information';
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Font files the page's CSS points to. */
  fonts: string[];
}

/** Static imports of a built module (`import{a}from"./x.js"`, `import"./y.js"`); `import("./z.js")` is on demand. */
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const FONT_URL = /url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf|eot))["']?\s*\)/g;

export interface SiteReader {
  read(file: string): string;
  /** The output file of a path of the site (the base removed), or undefined when outside. */
  fileOf(path: string): string | undefined;
}

export function createWeigher(site: SiteReader) {
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) gzipped.set(file, (size = gzipSync(site.read(file)).length));
    return size;
  };
  /** A module and every module it imports statically, as output files. */
  const moduleClosure = (file: string, found: Set<string>) => {
    if (found.has(file)) return;
    found.add(file);
    for (const [, specifier] of site.read(file).matchAll(STATIC_IMPORT)) {
      const target = site.fileOf(new URL(specifier!, `http://site/${file}`).pathname);
      if (target) moduleClosure(target, found);
    }
  };

  return function weigh(pageFile: string, html: string): PageWeight {
    const page = parsePage(html);
    const here = `http://site/${pageFile}`;
    const resolve = (url: string) => site.fileOf(new URL(url, here).pathname);
    const styles = new Set<string>();
    const scripts = new Set<string>();
    for (const { from, url } of page.references) {
      const file = resolve(url);
      if (!file) continue;
      if (from === 'link[href]' && file.endsWith('.css')) styles.add(file);
      if (from === 'script[src]' && file.endsWith('.js')) moduleClosure(file, scripts);
    }
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const fonts = new Set<string>();
    for (const css of [...[...styles].map((file) => site.read(file)), ...inlineStyles]) {
      for (const [, url] of css.matchAll(FONT_URL)) fonts.add(url!.replace(/^.*\//, ''));
    }
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const gz = (text: string) => gzipSync(text).length;
    return {
      html: gz(html),
      css: sum([...styles].map(sizeOf)) + sum(inlineStyles.map(gz)),
      js: sum([...scripts].map(sizeOf)) + sum(inlineScripts.map(gz)),
      fonts: [...fonts].sort(),
    };
  };
}

/** Font files that break the rule: not woff2, or a subset other than Latin and Latin Extended. */
export function fontProblems(fonts: readonly string[]): string[] {
  // Built names keep the package's (`titillium-web-latin-ext-400-normal`) plus a content hash.
  return fonts.filter((font) => !/-latin(-ext)?-\d{3}-(normal|italic)\b.*\.woff2$/.test(font));
}

