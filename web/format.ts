// Number formats for labels: compact for money, percent for shares and rates.
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
const plain = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });
const compact4 = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 4 });
const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export type Format = 'money' | 'share' | 'index';

export function format(value: number, kind: Format): string {
  if (!Number.isFinite(value)) return '–';
  if (kind === 'share') return `${plain.format(value * 100)}%`;
  if (kind === 'money') return compact.format(value);
  return plain.format(value);
}

/** A value for a tooltip: whole numbers grouped (143,917), small ones to 3 significant digits. */
export function formatFull(value: number, kind: Format): string {
  if (!Number.isFinite(value)) return '–';
  if (kind === 'share') return `${plain.format(value * 100)}%`;
  // Millions and more: "6.13T" reads at a glance, 6,127,152,989,022 does not.
  if (kind === 'money' && Math.abs(value) >= 1e6) return compact4.format(value);
  if (kind === 'money' && Math.abs(value) >= 1000) return grouped.format(value);
  return plain.format(value);
}
