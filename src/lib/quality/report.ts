/**
 * The figures of the quality gates, as `docs/quality.md` (for maintainers) and as the summary
 * the accessibility statement shows (`src/data/quality.json`). Written by
 * `npm run test:site -- --report`; pure, so the page and the file say the same.
 */
import type { Budget, PageType } from './budgets.ts';

export interface BudgetLine {
  type: PageType;
  pages: number;
  budget: Budget;
  /** The heaviest page of the type, per measure, with its address. */
  max: { html: { bytes: number; page: string }; css: { bytes: number; page: string }; js: { bytes: number; page: string } };
}

export interface QualitySummary {
  /** ISO day of the check. */
  date: string;
  pages: number;
  /** Findings by kind; every one of them fails the gates. */
  findings: { html: number; links: number; accessibility: number; budgets: number; fonts: number; requests: number };
  linksChecked: number;
  /** Which axe-core and Nu Html Checker ran. */
  tools: { axe: string; vnu: string };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function qualityMarkdown(summary: QualitySummary, budgets: readonly BudgetLine[]): string {
  const f = summary.findings;
  const row = (kind: string, what: string, n: number) => `| ${kind} | ${what} | ${n} |`;
  const budgetCell = (limit: number | undefined, actual: { bytes: number; page: string }) =>
    limit === undefined ? `${kB(actual.bytes)} (no budget)` : `${kB(actual.bytes)} of ${kB(limit)}${actual.bytes > limit ? ' **over**' : ''}`;
  return [
    '# Quality',
    '',
    `Written by \`npm run test:site -- --report\` on ${summary.date}, over the site built from \`content/\`: every page, both languages. Each finding below fails \`npm test\`.`,
    '',
    `Pages checked: ${summary.pages}. Internal addresses checked: ${summary.linksChecked}. Tools: axe-core ${summary.tools.axe}, Nu Html Checker (vnu-jar) ${summary.tools.vnu}.`,
    '',
    '| check | what | findings |',
    '|---|---|---|',
    row('HTML', 'Nu Html Checker errors, every page', f.html),
    row('Links', 'internal links, fragments and assets of every page, and the site’s addresses in open-data files, feeds, sitemaps and citations; `rel="noopener noreferrer"` on links leaving the site', f.links),
    row('Accessibility', 'axe-core, WCAG 2.1 A and AA, every URL of the sitemap in Chromium; keyboard walks of the main flows', f.accessibility),
    row('Budgets', 'gzipped HTML, CSS and start-up JavaScript per page type', f.budgets),
    row('Fonts', 'woff2 only, Latin and Latin Extended only', f.fonts),
    row('Requests', 'requests outside the site’s origin, one page of each type', f.requests),
    '',
    '## Budgets (gzipped), heaviest page of each type',
    '',
    '| page type | pages | HTML | CSS | JavaScript at start |',
    '|---|---|---|---|---|',
    ...budgets.map((b) => `| ${b.type} | ${b.pages} | ${budgetCell(b.budget.html, b.max.html)} | ${budgetCell(b.budget.css, b.max.css)} | ${budgetCell(b.budget.js, b.max.js)} |`),
    '',
    'JavaScript at start: module scripts of the page and their static imports, before the reader does anything; what a script loads on demand (Pagefind and the search code when the search box opens) is not counted.',
    '',
  ].join('\n');
}
