// Dotted keys (`policy.transfers.rate`) name values inside a scenario, for `set` in the
// schedule and `--set` on the command line.

type Container = Record<string, unknown>;

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

/** The value at a dotted key, or undefined if any part is missing. */
export function getPath(obj: unknown, dottedKey: string): unknown {
  let cur: unknown = obj;
  for (const part of dottedKey.split('.')) {
    if (!isContainer(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/** Sets the value at a dotted key, creating missing objects on the way. Mutates `obj`. */
export function setPath(obj: Container, dottedKey: string, value: unknown): void {
  const parts = dottedKey.split('.');
  let cur: Container = obj;
  for (const part of parts.slice(0, -1)) {
    if (!isContainer(cur[part])) cur[part] = {};
    cur = cur[part] as Container;
  }
  cur[parts[parts.length - 1]] = value;
}
