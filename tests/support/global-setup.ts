/**
 * Builds the sites the tests read, once for the whole run and one after the other (two Astro
 * builds never run at once in this working tree: they share its caches): the fixture site for
 * the site and end-to-end tests, a synthetic catalogue large enough for listings in several
 * pages and cut territory pages, and the real content for the quality gates (tests/quality/).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeSyntheticTree } from '../../scripts/generate.ts';
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
    /** A synthetic content tree of `SCALE_PRACTICES` practices, and the site built from it. */
    scaleTree: string;
    scaleSite: string;
  }
}

/** Enough practices for listings of several pages (100 rows a page) and territory pages cut at 20. */
export const SCALE_PRACTICES = 240;

export default async function setup(project: TestProject): Promise<() => void> {
  const tree = await fixtureTreeWithPdfs();
  const build = buildSite(tree);
  if (build.status !== 0) throw new Error(`the fixture site did not build:\n${build.stdout}\n${build.stderr}`);
  project.provide('fixtureSite', build.outDir);
  project.provide('fixtureBuildLog', `${build.stdout}\n${build.stderr}`);
  const scaleTree = join(mkdtempSync(join(tmpdir(), 'atlante-scale-')), 'content');
  writeSyntheticTree({ practices: SCALE_PRACTICES, out: scaleTree, seed: 'scale', referenceYear: 2026 });
  const scale = buildSite(scaleTree);
  if (scale.status !== 0) throw new Error(`the synthetic catalogue did not build:\n${scale.stdout}\n${scale.stderr}`);
  project.provide('scaleTree', scaleTree);
  project.provide('scaleSite', scale.outDir);
  const content = buildSite('content');
  if (content.status !== 0) throw new Error(`the content did not build:\n${content.stdout}\n${content.stderr}`);
  project.provide('contentSite', content.outDir);
  // The built sites (and the fixture tree with its PDFs) live in temporary folders: gone after the run.
  return () => {
    for (const dir of [build.outDir, content.outDir, tree, scale.outDir, scaleTree]) rmSync(dirname(dir), { recursive: true, force: true });
  };
}
