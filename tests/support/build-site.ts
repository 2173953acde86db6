/** Builds a content tree into a temporary folder with the real build script, once per test file. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

export function buildSite(contentDir: string, outDir = join(mkdtempSync(join(tmpdir(), 'atlante-site-')), 'dist')): BuildRun {
  const run = spawnSync(process.execPath, [resolve('scripts/build.ts')], {
    env: { ...process.env, CONTENT_DIR: resolve(contentDir), ATLANTE_DIST: outDir },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outDir };
}

/** Every HTML page of a built site, by URL path. */
export function readPages(outDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const url = `/${path.slice(outDir.length + 1)}`.replace(/index\.html$/, '');
        pages.set(url, readFileSync(path, 'utf8'));
      }
    }
  };
  walk(outDir);
  return pages;
}

/** The href of every link in a page. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** True when an internal URL resolves to a file of the built site. */
export function resolves(outDir: string, href: string): boolean {
  const path = decodeURIComponent(href.split('#')[0]!.split('?')[0]!);
  const file = path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
  return existsSync(file);
}
