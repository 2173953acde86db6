/**
 * Copies of the valid fixture tree with one thing broken, checked by the real checker: the
 * shared setup of the schema and integrity tests.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { checkContent, type CheckResult } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';

export const SITE = join(import.meta.dirname, '../fixtures/site');
export const TODAY = '2026-11-23';

/** A checker of broken copies living in a temporary folder removed after the test file. */
export function brokenTrees(name: string) {
  const temp = mkdtempSync(join(tmpdir(), `atlante-${name}-`));
  let copies = 0;
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  /** Copies the valid tree, lets the test break it, and runs the checker on the copy. */
  return function checkBroken(breakIt: (dir: string) => void): CheckResult {
    const dir = join(temp, String(++copies));
    cpSync(SITE, dir, { recursive: true });
    breakIt(dir);
    return checkContent(dir, { today: TODAY, displayRoot: dir });
  };
}

/** Replaces text in one file of the copy; fails loudly if the fixture no longer contains it. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture ${file} no longer contains ${String(from)}`);
  writeFileSync(path, after);
}

/** Each problem as the editor reads it. */
export const report = (result: CheckResult) => result.problems.map(formatProblem);
