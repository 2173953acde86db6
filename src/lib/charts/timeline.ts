/**
 * Timelines from partial dates. A bar covers every day its period may include: a start known
 * only to the year begins on 1 January, an end known to the month ends on its last day. The
 * spans a partial date leaves open are hatched (outline plus stripes) and the solid part is
 * only what is certain, so "2019–2021" never looks as precise as "2 July 2019 – 30 June 2021".
 * A missing end (or start) is a dashed line to the edge of the axis, and the bar's title says
 * which ends are uncertain or unknown.
 */
import { scaleLinear } from 'd3-scale';
import type { UiKey } from '../../i18n/index.ts';
import { bounds, formatPartialDate, formatPeriod, type Locale, type PartialDate } from '../partial-date.ts';
import { MARK_COLOURS, TEXT_COLOURS } from './palette.ts';
import { escapeXml, hatchPattern, num, svgFrame, textWidth, truncate } from './svg.ts';

export interface Period {
  start?: PartialDate | undefined;
  end?: PartialDate | undefined;
}

export interface TimelineItem {
  key: string;
  label: string;
  period?: Period | undefined;
}

/** The caller's words for the notes, in the reader's language (`date` comes formatted). */
export interface TimelineText {
  uncertainStart: (date: string) => string;
  uncertainEnd: (date: string) => string;
  noStart: string;
  noEnd: string;
}

/** The notes in the site's words for a locale (`useTranslations(locale)`). */
export function timelineText(t: (key: UiKey, values?: Record<string, string>) => string): TimelineText {
  return {
    uncertainStart: (date) => t('timeline.uncertainStart', { date }),
    uncertainEnd: (date) => t('timeline.uncertainEnd', { date }),
    noStart: t('timeline.noStart'),
    noEnd: t('timeline.noEnd'),
  };
}

export interface TimelineOptions {
  /** Unique on the page. */
  id: string;
  title: string;
  desc: string;
  locale: Locale;
  text: TimelineText;
  width?: number;
  maxLabelChars?: number;
}

export interface TimelineRow {
  key: string;
  label: string;
  /** The period in words, at the precision of its dates. */
  period: string;
  /** What is uncertain or unknown about it. */
  notes: string[];
}

export interface Timeline {
  /** Empty when no item has a date. */
  svg: string;
  /** Dated items, in the chart's order, for the data table. */
  rows: TimelineRow[];
  /** Items with no date at all: listed by the page, not drawn. */
  undated: TimelineItem[];
}

const DAY = 86_400_000;
const FONT = 13;
const ROW = 22;
const BAR = 12;
const AXIS = 24;
const GAP = 8;

/** First and last instant a date may stand for, in ms (the last day included). */
function span(date: PartialDate): [number, number] {
  const { first, last } = bounds(date);
  return [Date.parse(first), Date.parse(last) + DAY];
}

const isExact = (date: PartialDate) => date.day !== undefined;

function notesOf(period: Period, options: TimelineOptions): string[] {
  const { start, end } = period;
  const { text, locale } = options;
  const notes: string[] = [];
  if (!start) notes.push(text.noStart);
  else if (!isExact(start)) notes.push(text.uncertainStart(formatPartialDate(start, locale)));
  if (!end) notes.push(text.noEnd);
  else if (!isExact(end)) notes.push(text.uncertainEnd(formatPartialDate(end, locale)));
  return notes;
}

interface Row {
  label: string;
  indent: number;
  title: string;
  /** A period to draw, or the extent a row lies within without dates of its own (dotted). */
  mark: { kind: 'period'; period: Period } | { kind: 'within'; from: number; to: number } | { kind: 'none' };
}

function extentOf(period: Period): [number, number] | undefined {
  const starts = period.start ? span(period.start) : undefined;
  const ends = period.end ? span(period.end) : undefined;
  const from = starts?.[0] ?? ends?.[0];
  const to = ends?.[1] ?? starts?.[1];
  return from === undefined || to === undefined ? undefined : [from, to];
}

function draw(rows: readonly Row[], domain: [number, number] | undefined, options: TimelineOptions): string {
  const width = options.width ?? 720;
  const maxChars = options.maxLabelChars ?? 36;
  const labels = rows.map((row) => truncate(row.label, maxChars - row.indent * 2));
  const labelWidth = Math.min(width * 0.4, Math.max(...labels.map((label, i) => textWidth(label, FONT) + rows[i]!.indent * 16)));
  const top = domain ? AXIS : 0;
  const height = top + rows.length * ROW;
  const defs: string[] = [];
  const parts: string[] = [];
  const hatch = `${options.id}-hatch`;

  let x = (_: number) => 0;
  if (domain) {
    const firstYear = new Date(domain[0]).getUTCFullYear();
    const lastYear = new Date(domain[1] - 1).getUTCFullYear();
    const scale = scaleLinear().domain([Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1)]).range([labelWidth + GAP, width - GAP]);
    x = (ms) => scale(ms);
    defs.push(hatchPattern(hatch, MARK_COLOURS.primary));
    // A label per year, centred on its band; fewer labels when the years get narrow.
    const years = lastYear - firstYear + 1;
    const step = Math.max(1, Math.ceil((years * 40) / (width - labelWidth)));
    const axis: string[] = [];
    for (let year = firstYear; year <= lastYear + 1; year++) {
      const at = x(Date.UTC(year, 0, 1));
      axis.push(`<line x1="${num(at)}" x2="${num(at)}" y1="${AXIS - 6}" y2="${num(height)}" stroke="${MARK_COLOURS.line}" stroke-width="0.5"/>`);
      if (year <= lastYear && (year - firstYear) % step === 0) {
        const middle = (at + x(Date.UTC(year + 1, 0, 1))) / 2;
        axis.push(`<text x="${num(middle)}" y="${AXIS - 10}" text-anchor="middle" fill="${TEXT_COLOURS.muted}">${year}</text>`);
      }
    }
    parts.push(`<g aria-hidden="true">${axis.join('')}</g>`);
  }
  const [axisStart, axisEnd] = [labelWidth + GAP, width - GAP];
  const colour = MARK_COLOURS.primary;

  rows.forEach((row, i) => {
    const y = top + i * ROW;
    const barY = y + (ROW - BAR) / 2;
    const middle = y + ROW / 2;
    const marks: string[] = [];
    const rect = (from: number, to: number, fill: string) =>
      `<rect x="${num(from)}" y="${num(barY)}" width="${num(Math.max(to - from, 1))}" height="${BAR}" fill="${fill}" stroke="${colour}"/>`;
    const dashed = (from: number, to: number) => `<line x1="${num(from)}" x2="${num(to)}" y1="${num(middle)}" y2="${num(middle)}" stroke="${colour}" stroke-width="2" stroke-dasharray="4 3"/>`;
    if (row.mark.kind === 'period') {
      const { start, end } = row.mark.period;
      const [outerFrom, outerTo] = extentOf(row.mark.period)!;
      // Certain part: from the last day the start may be to the first day the end may be.
      const solidFrom = start ? span(start)[1] - DAY : undefined;
      const solidTo = end ? span(end)[0] + DAY : undefined;
      if (!start) marks.push(dashed(axisStart, x(outerFrom)));
      if (!end) marks.push(dashed(x(outerTo), axisEnd));
      marks.push(rect(x(outerFrom), x(outerTo), `url(#${hatch})`));
      if (solidFrom !== undefined && solidTo !== undefined && solidTo > solidFrom) marks.push(rect(x(solidFrom), x(solidTo), colour));
    } else if (row.mark.kind === 'within') {
      marks.push(`<line x1="${num(x(row.mark.from))}" x2="${num(x(row.mark.to))}" y1="${num(middle)}" y2="${num(middle)}" stroke="${colour}" stroke-width="2" stroke-dasharray="1 3" stroke-linecap="round"/>`);
    }
    parts.push(
      `<g><title>${escapeXml(row.title)}</title>` +
        `<text x="${num(row.indent * 16)}" y="${num(middle)}" dominant-baseline="middle" fill="${TEXT_COLOURS.text}"${row.indent ? '' : ' font-weight="600"'}>${escapeXml(labels[i]!)}</text>` +
        marks.join('') +
        '</g>',
    );
  });
  return svgFrame(
    { id: options.id, width, height, title: options.title, desc: options.desc, className: 'atlante-chart' },
    (defs.length ? `<defs>${defs.join('')}</defs>` : '') + `<g font-size="${FONT}">${parts.join('')}</g>`,
  );
}

function periodTitle(label: string, period: Period, options: TimelineOptions): string {
  return [`${label}: ${formatPeriod(period, options.locale)}`, ...notesOf(period, options)].join('; ');
}

/** Projects (or any dated items) as bars on a year axis, in the order given. */
export function timeline(items: readonly TimelineItem[], options: TimelineOptions): Timeline {
  const dated = items.filter((item) => item.period && extentOf(item.period));
  const undated = items.filter((item) => !dated.includes(item));
  if (dated.length === 0) return { svg: '', rows: [], undated };
  const extents = dated.map((item) => extentOf(item.period!)!);
  const domain: [number, number] = [Math.min(...extents.map((e) => e[0])), Math.max(...extents.map((e) => e[1]))];
  const rows = dated.map((item) => ({ label: item.label, indent: 0, title: periodTitle(item.label, item.period!, options), mark: { kind: 'period' as const, period: item.period! } }));
  return {
    svg: draw(rows, domain, options),
    rows: dated.map((item) => ({ key: item.key, label: item.label, period: formatPeriod(item.period, options.locale), notes: notesOf(item.period!, options) })),
    undated,
  };
}

export interface WorkPackage {
  code?: string | undefined;
  title: string;
  tasks: readonly { code?: string | undefined; title: string }[];
}

export interface WorkPackageOptions extends TimelineOptions {
  /** The project's own row label. */
  projectLabel: string;
  /** Said of every work package and task: the source dates none of them. */
  undatedWithinPeriod: string;
}

const codeAndTitle = (item: { code?: string | undefined; title: string }) => (item.code ? `${item.code} ${item.title}` : item.title);

/**
 * A project's work packages and tasks as rows under its period. Sources give no dates for work
 * packages, so they are drawn as a dotted line across the project's period ("somewhere within
 * it"), never as bars of their own; with no period, the rows are a labelled outline.
 */
export function workPackageRows(project: { period?: Period | undefined; workPackages: readonly WorkPackage[] }, options: WorkPackageOptions): string {
  if (project.workPackages.length === 0) return '';
  const extent = project.period ? extentOf(project.period) : undefined;
  const within: Row['mark'] = (extent ? { kind: 'within', from: extent[0], to: extent[1] } : { kind: 'none' });
  const rows: Row[] = [];
  if (extent) rows.push({ label: options.projectLabel, indent: 0, title: periodTitle(options.projectLabel, project.period!, options), mark: { kind: 'period', period: project.period! } });
  for (const wp of project.workPackages) {
    const label = codeAndTitle(wp);
    rows.push({ label, indent: extent ? 1 : 0, title: extent ? `${label}: ${options.undatedWithinPeriod}` : label, mark: within });
    for (const task of wp.tasks) {
      const taskLabel = codeAndTitle(task);
      rows.push({ label: taskLabel, indent: extent ? 2 : 1, title: extent ? `${taskLabel}: ${options.undatedWithinPeriod}` : taskLabel, mark: within });
    }
  }
  return draw(rows, extent, options);
}
