/**
 * Builds the sites the tests read, once for the whole run and one after the other (two Astro
 * builds never run at once in this working tree: they share its caches): the fixture site for
 * the site and end-to-end tests, and the real content for the quality gates (tests/quality/).
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { fixtureTreeWithPdfs } from './fixture-tree.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the built fixture site (tests/fixtures/site with the PDF documents of tests/support/fixture-tree.ts). */
    fixtureSite: string;
    /** What the fixture site's build printed (stdout and stderr). */
    fixtureBuildLog: string;
    /** Folder holding the site built from content/, as it is published. */
    contentSite: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const tree = await fixtureTreeWithPdfs();
  const build = buildSite(tree);
  if (build.status !== 0) throw new Error(`the fixture site did not build:\n${build.stdout}\n${build.stderr}`);
  project.provide('fixtureSite', build.outDir);
  project.provide('fixtureBuildLog', `${build.stdout}\n${build.stderr}`);
  const content = buildSite('content');
  if (content.status !== 0) throw new Error(`the content did not build:\n${content.stdout}\n${content.stderr}`);
  project.provide('contentSite', content.outDir);
  // The built sites (and the fixture tree with its PDFs) live in temporary folders: gone after the run.
  return () => {
    for (const dir of [build.outDir, content.outDir, tree]) rmSync(dirname(dir), { recursive: true, force: true });
  };
}
