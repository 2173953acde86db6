/**
 * Partial dates: a year, a month or a day, with the precision the source gives.
 * `2018`, `2021-07` and `2021-07-02` are all valid and stay distinct: we never
 * invent a month or a day that a source does not state.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns an error message when the text is not one. */
export function parsePartialDate(text: string): PartialDate | string {
  const match = PATTERN.exec(text.trim());
  if (!match) return `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021, 2021-07, 2021-07-02)`;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `"${text}" has month ${month}: months go from 01 to 12`;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `"${text}" is not a day of the calendar`;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO 8601 text of the date at its own precision: `2018`, `2021-07`, `2021-07-02`. */
export function toIso(date: PartialDate): string {
  let text = String(date.year);
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.day !== undefined) text += `-${pad(date.day)}`;
  return text;
}

/** First and last day the date may stand for, as ISO day strings (`2018` spans 2018-01-01..2018-12-31). */
export function bounds(date: PartialDate): { first: string; last: string } {
  const firstMonth = date.month ?? 1;
  const lastMonth = date.month ?? 12;
  const first = `${date.year}-${pad(firstMonth)}-${pad(date.day ?? 1)}`;
  const last = `${date.year}-${pad(lastMonth)}-${pad(date.day ?? daysInMonth(date.year, lastMonth))}`;
  return { first, last };
}

/**
 * Orders two partial dates by their earliest possible day; at equal starts, the less precise
 * date comes first (it is the wider span).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byFirst = bounds(a).first.localeCompare(bounds(b).first);
  if (byFirst !== 0) return byFirst;
  return bounds(b).last.localeCompare(bounds(a).last);
}

/** True when `end` cannot be before `start`: some day of `end` falls on or after some day of `start`. */
export function endNotBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return bounds(end).last >= bounds(start).first;
}

export type Locale = 'it' | 'en';

const MONTHS: Record<Locale, readonly string[]> = {
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Human text at the date's own precision: "2018", "luglio 2021", "2 luglio 2021" / "2 July 2021". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTHS[locale][date.month - 1];
  if (date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/**
 * A period as people write it: "2018–2020" when both ends are years, "2 luglio 2021 – 31 maggio 2023"
 * otherwise; an open end reads "dal …" / "from …", an unknown start "fino a …" / "until …";
 * an unknown period is empty text.
 */
export function formatPeriod(period: { start?: PartialDate | undefined; end?: PartialDate | undefined } | undefined, locale: Locale): string {
  const { start, end } = period ?? {};
  if (start && end) {
    if (start.month === undefined && end.month === undefined) {
      return start.year === end.year ? String(start.year) : `${start.year}–${end.year}`;
    }
    return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
  }
  if (start) return `${locale === 'it' ? 'dal' : 'from'} ${formatPartialDate(start, locale)}`;
  if (end) return `${locale === 'it' ? 'fino a' : 'until'} ${formatPartialDate(end, locale)}`;
  return '';
}

/** Every calendar year a period touches (for year facets and timelines). */
export function yearsSpanned(period: { start?: PartialDate | undefined; end?: PartialDate | undefined }): number[] {
  const from = period.start?.year ?? period.end?.year;
  const to = period.end?.year ?? period.start?.year;
  if (from === undefined || to === undefined || to < from) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
