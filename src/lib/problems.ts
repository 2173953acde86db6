/**
 * A problem found in the content, located precisely enough for an editor to fix it
 * without reading code: the file, the line, the field, what is wrong and what to do.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the file, relative to the content root's parent (e.g. "content/practices/x.mdx"). */
  file: string;
  /** 1-based line and column of the field in the file, when known. */
  line?: number;
  column?: number;
  /** Dotted field path, e.g. "partners[2].partner"; empty for the file as a whole. */
  field: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** How to fix it, when we can say. */
  fix?: string;
}

/** Formats a field path the way editors read it: `partners[2].partner`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** `file:line:col  field  message  → fix`, one line per problem. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  const parts = [where, problem.field || '(file)', problem.message];
  let text = parts.join('  ');
  if (problem.fix) text += `  → ${problem.fix}`;
  return problem.severity === 'warning' ? `warning  ${text}` : text;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** A report for people: every problem, then a count. */
export function formatReport(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = sortProblems(problems).map(formatProblem);
  lines.push(
    errors
      ? `${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''} in the content: fix them and run \`npm run check\` again.`
      : `Content is valid${warnings ? ` (${warnings} warning(s))` : ''}.`,
  );
  return lines.join('\n');
}
