// A plain-text table for the benchmark's figures: right-aligned numbers, left-aligned text.

export type Cell = string | number;

/** Formats a number with a fixed count of significant decimals, thousands separated. */
export function fmt(x: number, decimals = 1): string {
  if (!Number.isFinite(x)) return String(x);
  return x.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function table(header: string[], rows: Cell[][]): string {
  const text = rows.map((row) => row.map((c) => (typeof c === 'number' ? fmt(c) : c)));
  const widths = header.map((h, k) => Math.max(h.length, ...text.map((row) => row[k].length)));
  const line = (cells: string[], numeric: boolean[]) =>
    cells.map((c, k) => (numeric[k] ? c.padStart(widths[k]) : c.padEnd(widths[k]))).join('  ');
  const numeric = header.map((_, k) => rows.length > 0 && typeof rows[0][k] === 'number');
  return [
    line(header, numeric),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...text.map((row) => line(row, numeric)),
  ].join('\n');
}
