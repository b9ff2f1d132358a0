// Numbers in tables and titles: readable, never "NaN" or 17 digits.

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Large values grouped without decimals, others with 4 significant digits; missing as "n/a". */
export function formatNumber(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 10_000) return GROUPED.format(value);
  if (value === 0) return '0';
  return String(Number(value.toPrecision(4)));
}

/** A value of any JSON type for a table cell (arrays joined, objects as JSON). */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(formatValue).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value ?? 'n/a');
}
