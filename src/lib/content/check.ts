/** Reads, validates and cross-checks a content tree: the single entry point for "is this content good?". */
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../../schemas/index.ts';
import { checkIntegrity } from '../integrity.ts';
import type { Problem } from '../problems.ts';
import { checkAttachments } from './attachments.ts';
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
  // A taxonomy file that cannot be read yields no terms: its own problem is enough, without one
  // "unknown term" per entry that uses it.
  const unreadable = new Set(
    (Object.entries(COLLECTIONS) as [CollectionName, CollectionSpec][])
      .filter(([name, spec]) => spec.kind === 'taxonomy' && !existingIds.has(name) && read.problems.some((p) => p.file.endsWith(spec.file)))
      .map(([name]) => name),
  );
  const integrity = checkIntegrity(validated.entries, { today: options.today ?? new Date().toISOString().slice(0, 10), existingIds, unreadable });
  const bodies = read.entries.flatMap((entry) => (entry.format === 'yaml' ? [] : checkBody({ file: entry.file, body: entry.body, format: entry.format, bodyLine: entry.bodyLine })));
  const attachments = checkAttachments(validated.entries, contentDir);
  const problems = [...read.problems, ...validated.problems, ...integrity, ...bodies, ...attachments];
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { entries: validated.entries, problems, errors, warnings: problems.length - errors };
}
