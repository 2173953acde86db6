// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';

export default defineConfig({
  // The canonical origin; deployments set SITE_URL (e.g. GitHub Pages).
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // The build script writes to a staging folder and swaps it in only when the build succeeds.
  outDir: process.env.ATLANTE_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx()],
  devToolbar: { enabled: false },
});
