/**
 * The site's security policy, in one place: the Content-Security-Policy Astro writes into every
 * page (with the hashes of anything inline), and the HTTP headers for static hosts that read a
 * `_headers` file (Netlify, Cloudflare Pages; `public/_headers` is written from here and a test
 * keeps them equal). Everything comes from the site's own origin: no CDN, no analytics.
 */

/**
 * Where the map's optional tile layer comes from (MAP_TILE_URL, src/lib/map-tiles.ts), as a CSP
 * source: `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`.
 */
export function tileSource(urlTemplate: string): string {
  const { protocol, host } = new URL(urlTemplate.replaceAll('{s}', 'tile-subdomain').replace(/\{[a-z]+\}/g, '0'));
  return `${protocol}//${host.replace('tile-subdomain', '*')}`;
}

/** A directive the page's policy may carry (Astro's configuration checks their names). */
type Directive = `${'default' | 'img' | 'font' | 'connect' | 'worker' | 'object'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`;

/** Directives besides `script-src` and `style-src`, which Astro writes with its hashes. */
export const CSP_DIRECTIVES: readonly Directive[] = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind searches in a Web Worker loaded from the site.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The directives of a build: with a tile layer, its images are allowed from its server too. */
export function cspDirectives(tileUrl: string | undefined): Directive[] {
  return CSP_DIRECTIVES.map((directive): Directive => (tileUrl && directive.startsWith('img-src') ? `${directive} ${tileSource(tileUrl)}` : directive));
}

/** Pagefind compiles its WebAssembly in the browser: that needs `'wasm-unsafe-eval'`, which allows no JavaScript eval. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** Only an HTTP header can forbid framing; a `<meta>` policy may not say it. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`, ...HEADER_ONLY_DIRECTIVES].join('; '),
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The `_headers` file: every path gets the headers above. */
export function headersFile(): string {
  return ['# Written from src/lib/security.ts; tests/unit/security.test.ts keeps the two equal.', '/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}
