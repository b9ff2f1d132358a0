// How `extends` combines files: objects merge key by key, arrays and scalars replace.

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A new object: `over` on top of `base`. Neither input is changed or shared. */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) {
    return structuredClone(over === undefined ? base : over) as T;
  }
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(over)) {
    out[key] = key in out ? deepMerge(out[key], value) : structuredClone(value);
  }
  return out as T;
}
