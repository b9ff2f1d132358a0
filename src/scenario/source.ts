// How the loader reaches files. The scenario code runs in browsers too, so reading is
// injected: Node passes src/io/scenario-files.ts, a web page can pass a map of texts.

export interface ScenarioSource {
  /** The text of a file; throws (any error, its message is shown) if it cannot be read. */
  read(path: string): string;
  /** Path of `ref` as written inside `fromFile`; `fromFile` undefined: as the user gave it. */
  resolvePath(fromFile: string | undefined, ref: string): string;
  /** Path of a bundled scenario: `china-2020` → `.../scenarios/china-2020.json`. */
  bundledPath(name: string): string;
  /** Names of the bundled scenarios, for "did you mean". */
  bundledNames?(): string[];
}

/** A bundled name is a bare word: no folder, no `.json`. */
export function isBundledName(ref: string): boolean {
  return /^[\w][\w.-]*$/.test(ref) && !ref.toLowerCase().endsWith('.json');
}

/** The file name without folders and `.json`: the default scenario name. */
export function baseName(path: string): string {
  const last = path.split(/[\\/]/).pop() ?? path;
  return last.replace(/\.json$/i, '');
}
