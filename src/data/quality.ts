/**
 * The latest figures of the quality gates, for the accessibility statement:
 * `npm run test:site -- --report` writes quality.json next to this file. A fork that has not run
 * it yet has no figures, and the statement says so rather than show any.
 */
import type { QualitySummary } from '../lib/quality/report.ts';
import { parsePartialDate, type PartialDate } from '../lib/partial-date.ts';

const found = import.meta.glob<QualitySummary>('./quality.json', { eager: true, import: 'default' });

export const QUALITY: QualitySummary | undefined = found['./quality.json'];

/** The day of the check, as a date the pages can format. */
export const QUALITY_CHECKED_ON = QUALITY ? (parsePartialDate(QUALITY.date) as PartialDate) : undefined;
