// Which file gave each value, so that a problem found after merging (a link to an unknown
// region, say) names the file the user must edit rather than the one they ran.
import { isPlainObject } from './merge.ts';

export class Origins {
  private readonly files = new Map<string, string>();

  /** `fallback`: the file named for values that come from the defaults. */
  constructor(private readonly fallback: string) {}

  /** Records `file` for every leaf and array of `obj` (arrays are replaced whole). */
  record(obj: Record<string, unknown>, file: string, prefix = ''): void {
    for (const [key, value] of Object.entries(obj)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (isPlainObject(value)) this.record(value, file, path);
      else this.set(path, file);
    }
  }

  /** Records `file` for `key`, forgetting what was recorded below it. */
  set(key: string, file: string): void {
    for (const k of [...this.files.keys()]) if (k.startsWith(`${key}.`)) this.files.delete(k);
    this.files.set(key, file);
  }

  /** True if some file (or override) gave `key` itself. */
  has(key: string): boolean {
    return this.files.has(key);
  }

  /** The file for a problem path such as `regions[3].population`. */
  fileOf(path: string): string {
    const parts = path.replace(/\[\d+\]/g, '').split('.');
    for (let n = parts.length; n > 0; n--) {
      const file = this.files.get(parts.slice(0, n).join('.'));
      if (file !== undefined) return file;
    }
    return this.fallback;
  }
}
