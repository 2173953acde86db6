/**
 * `npm run check`: validates the content tree without building the site.
 * Prints every problem at once (`file:line:col  field  message  → fix`); `--json` for machines;
 * GitHub Actions annotations when GITHUB_ACTIONS is set. Exit 1 on errors, 0 with warnings only.
 */
import { contentRoot } from '../src/schemas/index.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport, sortProblems, type Problem } from '../src/lib/problems.ts';

const contentDir = contentRoot();
const started = performance.now();
const result = checkContent(contentDir);
const elapsed = Math.round(performance.now() - started);

function annotation(problem: Problem): string {
  const level = problem.severity === 'error' ? 'error' : 'warning';
  const position = problem.line ? `,line=${problem.line},col=${problem.column ?? 1}` : '';
  const text = `${problem.field ? `${problem.field}: ` : ''}${problem.message}${problem.fix ? ` → ${problem.fix}` : ''}`;
  return `::${level} file=${problem.file}${position},title=${problem.field || 'content'}::${text.replace(/%/g, '%25').replace(/\n/g, '%0A')}`;
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ errors: result.errors, warnings: result.warnings, entries: result.entries.length, problems: sortProblems(result.problems) }, null, 2));
} else {
  if (process.env.GITHUB_ACTIONS) for (const problem of sortProblems(result.problems)) console.log(annotation(problem));
  console.log(formatReport(result.problems));
  console.log(`${result.entries.length} entries checked in ${elapsed} ms.`);
}
process.exitCode = result.errors ? 1 : 0;
