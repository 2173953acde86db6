/**
 * CSV as RFC 4180 writes it, for spreadsheets and scripts alike: comma-separated, CRLF line
 * ends, a header row, fields quoted when they hold a comma, a double quote, CR or LF (quotes
 * doubled inside). The text is UTF-8 and starts with a byte-order mark: without it Excel reads
 * a CSV file in the computer's legacy code page and breaks accented letters; LibreOffice and
 * CSV libraries (csv-parse's `bom` option, Python's `utf-8-sig`) accept or skip it.
 *
 * A list (themes, territories, results) fills one cell, its values joined by
 * {@link MULTI_VALUE_SEPARATOR}; a `|` or `\` inside a value is escaped with a backslash,
 * so {@link splitMultiValue} gives back exactly the list that was written.
 */
import type { FieldValue } from './fields.ts';

export const CSV_BOM = '\uFEFF';
export const MULTI_VALUE_SEPARATOR = ' | ';

/** One cell of a multi-valued field. An empty list is an empty cell. */
export function joinMultiValue(values: readonly string[]): string {
  return values.map((value) => value.replace(/[\\|]/g, (c) => `\\${c}`)).join(MULTI_VALUE_SEPARATOR);
}

/** The list a multi-valued cell holds: the inverse of {@link joinMultiValue}. */
export function splitMultiValue(cell: string): string[] {
  if (cell === '') return [];
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (cell.startsWith(MULTI_VALUE_SEPARATOR, i)) {
      values.push(current);
      current = '';
      i += MULTI_VALUE_SEPARATOR.length - 1;
    } else current += c;
  }
  values.push(current);
  return values;
}

/** The text of a value in a cell: empty for null, `true`/`false`, numbers as JavaScript writes them. */
function cellText(value: FieldValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return joinMultiValue(value);
  return String(value);
}

/** A cell as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF. */
export function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: byte-order mark, header row, one row per record, CRLF after every row. */
export function toCsv(columns: readonly string[], records: readonly Record<string, FieldValue>[]): string {
  const lines = [columns.map(quoteCell).join(',')];
  for (const record of records) lines.push(columns.map((column) => quoteCell(cellText(record[column] ?? null))).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
