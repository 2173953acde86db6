/**
 * Pieces every chart shares: escaping, compact numbers, the accessible root element and a
 * rough text measure (the build has no fonts to measure with).
 */
import type { Locale } from '../partial-date.ts';
import { escapeXml } from '../xml.ts';

export { escapeXml };

/** A coordinate with at most one decimal and no `-0`: enough for screens, small in the markup. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A count as the reader writes it: `1.234` in Italian, `1,234` in English. */
/** One formatter per language: creating one costs more than the thousands of numbers a build formats. */
const COUNT_FORMATS: Record<Locale, Intl.NumberFormat> = { it: new Intl.NumberFormat('it-IT'), en: new Intl.NumberFormat('en-GB') };

export function formatCount(value: number, locale: Locale): string {
  return COUNT_FORMATS[locale].format(value);
}

/**
 * Width of a label in user units, from its length: Titillium Web averages about 0.52 em per
 * character; erring wide keeps labels from overlapping their bars.
 */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.55;
}

/** The text cut to a number of characters, with an ellipsis when cut. */
export function truncate(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, Math.max(1, maxChars - 1)).join('').trimEnd()}…`;
}

export interface SvgFrame {
  /** Unique on the page: prefixes the ids of the title, the description and any pattern. */
  id: string;
  width: number;
  height: number;
  /** Accessible name of the chart. */
  title: string;
  /** What the chart shows, in a sentence or two. */
  desc: string;
  className?: string;
  /**
   * `img` when the chart is a picture whose data the page also gives as a table; `group` when
   * it holds links the reader can focus (the network).
   */
  role?: 'img' | 'group';
  /** Extra attributes of the root, written as given (values already escaped). */
  extra?: string;
}

/** The root `<svg>` with `<title>` and `<desc>` referenced by aria-labelledby/-describedby. */
export function svgFrame(frame: SvgFrame, body: string): string {
  const { id, width, height, title, desc } = frame;
  const className = frame.className ? ` class="${escapeXml(frame.className)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(id)}"${className} viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}"` +
    // The site's font inside a page; a plain sans-serif where the SVG is a file shown as an image (no web fonts there).
    ` font-family="'Titillium Web', sans-serif" role="${frame.role ?? 'img'}" aria-labelledby="${escapeXml(id)}-title" aria-describedby="${escapeXml(id)}-desc"${frame.extra ?? ''}>` +
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title><desc id="${escapeXml(id)}-desc">${escapeXml(desc)}</desc>` +
    body +
    '</svg>'
  );
}

/** A diagonal hatch in a colour: the mark of an uncertain span, readable without colour. */
export function hatchPattern(id: string, colour: string): string {
  return (
    `<pattern id="${escapeXml(id)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="${colour}"/></pattern>`
  );
}
