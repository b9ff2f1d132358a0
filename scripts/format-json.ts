// JSON for people: an object or list of plain values, or anything short, stays on one
// line, so that a region, a link or a schedule entry reads as one row of a table.

/** Holds only plain values (no objects or lists inside). */
function isFlat(value: object): boolean {
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.every((v) => v === null || typeof v !== 'object');
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const parts = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return parts.length ? `{ ${parts.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

function block(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return inline(value);
  if (isFlat(value) || inline(value).length + indent.length <= 100) return inline(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + block(v, inner)).join(',\n')}\n${indent}]`;
  const parts = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${block(v, inner)}`);
  return `{\n${parts.join(',\n')}\n${indent}}`;
}

/** The text of a JSON file, ending with a newline. */
export function formatJson(value: unknown): string {
  return `${block(value, '')}\n`;
}
