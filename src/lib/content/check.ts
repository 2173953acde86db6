/** Reads, validates and cross-checks a content tree: the single entry point for "is this content good?". */
import { checkIntegrity } from '../integrity.ts';
import type { Problem } from '../problems.ts';
import { readContent } from './read.ts';
import { validateEntries, type ValidEntry } from './validate.ts';

export interface CheckResult {
  entries: ValidEntry[];
  problems: Problem[];
  errors: number;
  warnings: number;
}

export function checkContent(contentDir: string, options: { today?: string; displayRoot?: string } = {}): CheckResult {
  const read = readContent(contentDir, options.displayRoot);
  const validated = validateEntries(read.entries);
  const integrity = checkIntegrity(validated.entries, { today: options.today ?? new Date().toISOString().slice(0, 10) });
  const problems = [...read.problems, ...validated.problems, ...integrity];
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { entries: validated.entries, problems, errors, warnings: problems.length - errors };
}
