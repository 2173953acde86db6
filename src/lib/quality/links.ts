/**
 * Broken links, over a whole built site: every internal address in every page (links, assets,
 * forms, fragments) and every address of the site inside the open-data files, feeds, sitemaps
 * and citation files must lead to a file that exists, and a fragment to an id of its page.
 * Links that leave the site must carry `rel="noopener noreferrer"`. Pure: the site is given as
 * a list of its files and a reader.
 */
import { parsePage, type ParsedPage } from './html.ts';

export interface BuiltSite {
  /** Every file, as a path under the output folder with `/` separators: `pratiche/x/index.html`. */
  files: readonly string[];
  read(file: string): string;
  /** The address the site is built for (`SITE_URL`), e.g. `https://example.org`. */
  origin: string;
  /** Where the site is served under that origin: `/` or `/atlante/`. */
  base: string;
}

export interface LinkFinding {
  /** The file holding the address. */
  file: string;
  url: string;
  problem: 'no such file' | 'no such id on the page' | 'external link without rel="noopener noreferrer"';
}

export interface LinkReport {
  findings: LinkFinding[];
  pages: number;
  textFiles: number;
  /** Internal addresses checked, fragments included. */
  checked: number;
}

/** Files whose text may hold addresses of the site. */
const TEXT_FILE = /\.(xml|json|jsonld|csv|ttl|txt|bib)$/;
const IGNORED_SCHEME = /^(mailto|tel|data):/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The output file a path of the site is served from, or undefined when the path is not the site's. */
export function outputFileOf(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inside = decodeURIComponent(pathname.slice(base.length));
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}

/** The URL path of a page file: `pratiche/x/index.html` → `/pratiche/x/`. */
export const pagePath = (file: string, base: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

export function checkLinks(site: BuiltSite): LinkReport {
  const existing = new Set(site.files);
  const parsed = new Map<string, ParsedPage>();
  const pageOf = (file: string) => {
    let page = parsed.get(file);
    if (!page) parsed.set(file, (page = parsePage(site.read(file))));
    return page;
  };
  const findings: LinkFinding[] = [];
  let checked = 0;
  const origin = new URL(site.origin).origin;

  /**
   * Checks one internal URL, already resolved, found in `file`. In data files a fragment names
   * a thing (an RDF node such as `/dati/#dataset-pratiche`), not a place on a page: only pages'
   * fragments are checked.
   */
  const checkInternal = (file: string, url: URL, shown: string, checkFragment: boolean) => {
    const target = outputFileOf(url.pathname, site.base);
    if (target === undefined) return;
    checked++;
    if (!existing.has(target)) {
      findings.push({ file, url: shown, problem: 'no such file' });
      return;
    }
    const fragment = url.hash.slice(1);
    if (checkFragment && fragment && target.endsWith('.html') && !pageOf(target).ids.has(decodeURIComponent(fragment))) {
      findings.push({ file, url: shown, problem: 'no such id on the page' });
    }
  };

  const pages = site.files.filter((file) => file.endsWith('.html'));
  for (const file of pages) {
    const page = pageOf(file);
    const here = new URL(pagePath(file, site.base), origin);
    for (const { url } of page.references) {
      if (!url || IGNORED_SCHEME.test(url)) continue;
      const resolved = new URL(url, here);
      if (resolved.origin === origin) checkInternal(file, resolved, url, true);
    }
    for (const link of page.absoluteLinks) {
      if (new URL(link.href).origin === origin) continue;
      const rel = new Set(link.rel.toLowerCase().split(/\s+/));
      if (!rel.has('noopener') || !rel.has('noreferrer')) findings.push({ file, url: link.href, problem: 'external link without rel="noopener noreferrer"' });
    }
  }

  const ownAddress = new RegExp(`${escapeRegExp(origin)}${escapeRegExp(site.base)}[^\\s"'<>|,{}\\\\)]*`, 'g');
  const textFiles = site.files.filter((file) => TEXT_FILE.test(file));
  for (const file of textFiles) {
    for (const [match] of site.read(file).matchAll(ownAddress)) {
      // Trailing punctuation of the surrounding text is not part of the address.
      const address = match.replace(/[.,;]+$/, '');
      checkInternal(file, new URL(address), address, false);
    }
  }
  return { findings, pages: pages.length, textFiles: textFiles.length, checked };
}
