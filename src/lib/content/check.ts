/** Reads, validates and cross-checks a content tree: the single entry point for "is this content good?". */
import type { CollectionName } from '../../schemas/index.ts';
import { checkIntegrity } from '../integrity.ts';
import type { Problem } from '../problems.ts';
import { checkBody } from './body-safety.ts';
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
  const existingIds = new Map<CollectionName, Set<string>>();
  for (const entry of read.entries) {
    let ids = existingIds.get(entry.collection);
    if (!ids) existingIds.set(entry.collection, (ids = new Set()));
    ids.add(entry.id);
  }
  const integrity = checkIntegrity(validated.entries, { today: options.today ?? new Date().toISOString().slice(0, 10), existingIds });
  const bodies = read.entries.flatMap((entry) => (entry.format === 'yaml' ? [] : checkBody({ file: entry.file, body: entry.body, format: entry.format, bodyLine: entry.bodyLine })));
  const problems = [...read.problems, ...validated.problems, ...integrity, ...bodies];
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { entries: validated.entries, problems, errors, warnings: problems.length - errors };
}
