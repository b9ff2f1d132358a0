// HTML tables. Every cell and header is escaped here, so callers pass plain text.
import { escapeHtml } from './escape.ts';
import { formatValue } from './format.ts';

export interface Column {
  title: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Running text (a description): wraps at spaces; every other cell stays on one line. */
  text?: boolean;
}

/** A table of plain-text cells. */
export function htmlTable(columns: Column[], rows: string[][]): string {
  const cls = (c: Column): string => (c.numeric ? ' class="num"' : c.text ? ' class="text"' : '');
  const head = columns.map((c) => `<th${cls(c)}>${escapeHtml(c.title)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${cls(columns[i] ?? { title: '' })}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Flattens nested objects to dotted keys: {transfers: {rate: 1}} → [["transfers.rate", 1]]. */
export function flatten(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return [[prefix, '(none)']];
  return entries.flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

/** A two-column table of an object's (flattened) keys and values. */
export function keyValueTable(value: unknown, keyTitle = 'key', prefix = ''): string {
  const rows = flatten(value, prefix).map(([k, v]) => [k, formatValue(v)]);
  return htmlTable([{ title: keyTitle }, { title: 'value', numeric: true }], rows);
}

/** One schedule entry in words, e.g. "set policy.floor = 0.2 (over 5 years)". */
export function describeScheduleEntry(entry: Record<string, unknown>): string {
  const parts: string[] = [];
  const over = typeof entry.over === 'number' && entry.over > 1 ? ` (over ${entry.over} years)` : '';
  if (entry.set && typeof entry.set === 'object') {
    const sets = Object.entries(entry.set as Record<string, unknown>).map(([k, v]) => `${k} = ${formatValue(v)}`);
    parts.push(`set ${sets.join('; ')}${over}`);
  }
  const link = (l: unknown): Record<string, unknown> => (l && typeof l === 'object' ? (l as Record<string, unknown>) : {});
  if (entry.addLink) {
    const l = link(entry.addLink);
    parts.push(`add link ${formatValue(l.from)} – ${formatValue(l.to)}${l.cost !== undefined ? ` (cost ${formatValue(l.cost)})` : ''}`);
  }
  if (entry.removeLink) {
    const l = link(entry.removeLink);
    parts.push(`remove link ${formatValue(l.from)} – ${formatValue(l.to)}`);
  }
  if (entry.linkCost) {
    const l = link(entry.linkCost);
    const change = l.cost !== undefined ? `cost set to ${formatValue(l.cost)}` : `cost × ${formatValue(l.factor)}`;
    parts.push(`link ${formatValue(l.from)} – ${formatValue(l.to)}: ${change}`);
  }
  return parts.length > 0 ? parts.join('; ') : JSON.stringify(entry);
}

/** The policy schedule as a table of steps and changes; a sentence when it is empty. */
export function scheduleTable(schedule: unknown): string {
  const entries = Array.isArray(schedule) ? (schedule as Record<string, unknown>[]) : [];
  if (entries.length === 0) return '<p>No scheduled changes: the levers stay as above for the whole run.</p>';
  const rows = entries.map((e) => [formatValue(e.step), describeScheduleEntry(e)]);
  return htmlTable([{ title: 'step', numeric: true }, { title: 'change' }], rows);
}
