/**
 * Builds the fixture site once for the whole run: site and end-to-end tests read the same
 * output, and two Astro builds never run at once in this working tree (they share its caches).
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { fixtureTreeWithPdfs } from './fixture-tree.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the built fixture site (tests/fixtures/site with the PDF documents of tests/support/fixture-tree.ts). */
    fixtureSite: string;
    /** What the fixture site's build printed (stdout and stderr). */
    fixtureBuildLog: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const build = buildSite(await fixtureTreeWithPdfs());
  if (build.status !== 0) throw new Error(`the fixture site did not build:\n${build.stdout}\n${build.stderr}`);
  project.provide('fixtureSite', build.outDir);
  project.provide('fixtureBuildLog', `${build.stdout}\n${build.stderr}`);
}
