/**
 * Horizontal bar chart: one labelled bar per row, the value written at its end. The rows come
 * back formatted alongside the SVG so the page can print the same numbers as a data table.
 */
import { scaleLinear } from 'd3-scale';
import type { Locale } from '../partial-date.ts';
import { MARK_COLOURS, TEXT_COLOURS } from './palette.ts';
import { escapeXml, formatCount, num, svgFrame, textWidth, truncate } from './svg.ts';

export interface BarRow {
  key: string;
  label: string;
  value: number;
}

export interface BarChartOptions {
  /** Unique on the page. */
  id: string;
  title: string;
  desc: string;
  locale: Locale;
  width?: number;
  /** Labels longer than this are cut in the chart (the table and the bar's title keep them whole). */
  maxLabelChars?: number;
}

export interface BarChart {
  /** Empty when there are no rows: the page says so in words instead of drawing an empty frame. */
  svg: string;
  rows: (BarRow & { formatted: string })[];
}

const FONT = 14;
const ROW = 24;
const BAR = 16;
const GAP = 8;

export function barChart(rows: readonly BarRow[], options: BarChartOptions): BarChart {
  const width = options.width ?? 640;
  const formatted = rows.map((row) => ({ ...row, formatted: formatCount(row.value, options.locale) }));
  if (formatted.length === 0) return { svg: '', rows: [] };

  const maxChars = options.maxLabelChars ?? 32;
  const shown = formatted.map((row) => truncate(row.label, maxChars));
  const labelWidth = Math.min(width * 0.45, Math.max(...shown.map((label) => textWidth(label, FONT))));
  const valueWidth = Math.max(...formatted.map((row) => textWidth(row.formatted, FONT)));
  const barStart = labelWidth + GAP;
  const max = Math.max(...formatted.map((row) => row.value), 1);
  const x = scaleLinear().domain([0, max]).range([0, Math.max(width - barStart - GAP - valueWidth, 1)]);
  const height = formatted.length * ROW;

  const marks = formatted
    .map((row, i) => {
      const y = i * ROW;
      const length = x(row.value);
      return (
        `<g><title>${escapeXml(`${row.label}: ${row.formatted}`)}</title>` +
        `<text x="${num(labelWidth)}" y="${num(y + ROW / 2)}" text-anchor="end" dominant-baseline="middle" fill="${TEXT_COLOURS.text}">${escapeXml(shown[i]!)}</text>` +
        (length > 0 ? `<rect x="${num(barStart)}" y="${num(y + (ROW - BAR) / 2)}" width="${num(length)}" height="${BAR}" fill="${MARK_COLOURS.primary}"/>` : '') +
        `<text x="${num(barStart + length + GAP / 2)}" y="${num(y + ROW / 2)}" dominant-baseline="middle" fill="${TEXT_COLOURS.text}">${escapeXml(row.formatted)}</text></g>`
      );
    })
    .join('');
  const axis = `<line x1="${num(barStart)}" x2="${num(barStart)}" y1="0" y2="${num(height)}" stroke="${MARK_COLOURS.line}"/>`;
  const svg = svgFrame(
    { id: options.id, width, height, title: options.title, desc: options.desc, className: 'atlante-chart' },
    `<g font-size="${FONT}">${axis}${marks}</g>`,
  );
  return { svg, rows: formatted };
}
