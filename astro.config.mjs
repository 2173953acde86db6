// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';
import { mapTileLayer } from './src/lib/map-tiles.ts';
import { cspDirectives, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security.ts';
import { siteUrl } from './src/lib/site-url.ts';

export default defineConfig({
  // The canonical origin; deployments set SITE_URL (e.g. GitHub Pages).
  site: siteUrl(),
  // The path the site is served under: `/` by default, `/<repository>/` for a GitHub Pages project site.
  base: process.env.BASE_PATH || '/',
  // The build script writes to a staging folder and swaps it in only when the build succeeds.
  outDir: process.env.ATLANTE_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Page rendering waits on file writes; overlapping eight pages keeps the CPU busy
    // (10,000 practices: 75 s with 1, 57 s with 8, same peak memory).
    concurrency: 8,
    // Stylesheets and scripts stay files of the site, never inlined: the policy can then allow
    // 'self' alone, the same in the page and in a host's headers (src/lib/security.ts).
    inlineStylesheets: 'never',
  },
  security: {
    csp: {
      directives: cspDirectives(mapTileLayer()?.url),
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // Entries are prose: no code blocks to highlight, so no highlighter in the Markdown pipeline.
  markdown: { syntaxHighlight: false },
  experimental: { contentIntellisense: true },
  integrations: [contentGuard(), mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // `npm run build` empties its staging folder itself, then writes files there beside Astro
      // (src/lib/bulk-files.ts) while Astro builds: Astro must not empty it again.
      emptyOutDir: !process.env.ATLANTE_OUT_DIR,
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive on purpose; the bundler's
        // warning about it is noise that would hide real warnings in the build log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
