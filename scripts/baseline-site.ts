/**
 * The plain site `npm run bench:build` measures the real build against: a tiny Astro project,
 * written into a folder of its own, that reads the same content tree with Astro's glob loader
 * and renders one bare page per entry and language (title, summary, body; nothing else), with
 * the project's own Astro (its node_modules linked in). Then the Pagefind CLI indexes it.
 *
 * What the baseline leaves out is what the real build adds: schemas and the content check,
 * the catalogue and relations, listings, maps, charts, the network, feeds, citations, open
 * data, the page frame, and the search index's filters. The ratio of the two is the cost of
 * all that, and it travels between machines better than seconds do.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COLLECTIONS } from '../src/schemas/index.ts';

const ENTRY_COLLECTIONS = ['practices', 'projects', 'partners', 'documents', 'territories'] as const;

export interface BaselineSite {
  root: string;
  /** Astro's build, then Pagefind's CLI over its output; run with `root` as the working folder. */
  commands: { name: string; argv: string[] }[];
  /** Folders to remove before a cold build. */
  caches: string[];
  dist: string;
}

/**
 * Writes the baseline project into `root` (emptied first) for the tree in `contentDir`.
 * `projectRoot` is where the real project's node_modules are; `mdx` adds Astro's MDX
 * integration, for trees whose projects are `.mdx`.
 */
export function writeBaselineSite(root: string, contentDir: string, projectRoot: string, mdx: boolean): BaselineSite {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  symlinkSync(resolve(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'atlante-baseline', private: true, type: 'module' }, null, 2)}\n`);
  // The cache stays in the folder: node_modules is the real project's.
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `${mdx ? "import mdx from '@astrojs/mdx';\n" : ''}import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ cacheDir: './.cache'${mdx ? ', integrations: [mdx()]' : ''} });\n`,
  );
  const collections = ENTRY_COLLECTIONS.map((name) => {
    const spec = COLLECTIONS[name];
    return `  ${name}: defineCollection({ loader: glob({ base: ${JSON.stringify(resolve(contentDir, spec.folder))}, pattern: ${JSON.stringify(spec.pattern)} }) }),`;
  });
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = {\n${collections.join('\n')}\n};\n`,
  );
  writeFileSync(
    join(root, 'src/pages/[...path].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const paths = [];
  for (const name of ${JSON.stringify(ENTRY_COLLECTIONS)}) {
    for (const entry of await getCollection(name)) {
      for (const lang of ['it', 'en']) paths.push({ params: { path: \`\${lang === 'en' ? 'en/' : ''}\${name}/\${entry.id}\` }, props: { entry, lang } });
    }
  }
  return paths;
}

const { entry, lang } = Astro.props;
const title = entry.data.title ?? entry.data.name;
const Content = entry.rendered ? (await render(entry)).Content : undefined;
---
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body>
    <main>
      <h1>{title}</h1>
      {entry.data.summary && <p>{entry.data.summary}</p>}
      {Content && <Content />}
    </main>
  </body>
</html>
`,
  );
  const bin = (path: string) => resolve(projectRoot, 'node_modules', path);
  return {
    root,
    commands: [
      { name: 'astro build', argv: [process.execPath, bin('astro/bin/astro.mjs'), 'build'] },
      { name: 'pagefind', argv: [process.execPath, bin('pagefind/lib/runner/bin.cjs'), '--site', 'dist'] },
    ],
    caches: [join(root, '.cache'), join(root, '.astro'), join(root, 'dist')],
    dist: join(root, 'dist'),
  };
}
