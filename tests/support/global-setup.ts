/**
 * Builds the fixture site once for the whole run: site and end-to-end tests read the same
 * output, and two Astro builds never run at once in this working tree (they share its caches).
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the built fixture site (tests/fixtures/site). */
    fixtureSite: string;
  }
}

export default function setup(project: TestProject): void {
  const build = buildSite('tests/fixtures/site');
  if (build.status !== 0) throw new Error(`the fixture site did not build:\n${build.stdout}\n${build.stderr}`);
  project.provide('fixtureSite', build.outDir);
}
