// CSV as pandas and R read it without options: a header row, comma separators, numbers
// in shortest round-trip form (full double precision), an empty cell for NaN or missing.
import { stringify } from 'csv-stringify/sync';

export type Cell = number | string | boolean | null | undefined;

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  return stringify(rows.map((row) => columns.map((c) => cell(row[c]))), {
    header: true,
    columns: columns as string[],
    record_delimiter: '\n',
  });
}

/** One data line without the header, for files written a row at a time. */
export function csvLine(values: readonly Cell[]): string {
  return stringify([values.map(cell)], { record_delimiter: '\n' });
}

export function csvHeader(columns: readonly string[]): string {
  return stringify([columns as string[]], { record_delimiter: '\n' });
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/** Data lines of `rows` without the header, as `toCsv` writes them. */
export function csvRows(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  if (rows.length === 0) return '';
  return stringify(rows.map((row) => columns.map((c) => cell(row[c]))), { record_delimiter: '\n' });
}
