// Problems found in scenario files, and the error that carries them. Every problem names
// the file and the key so a user can fix all of them in one pass.

/** One problem: where (file, dotted key path) and what. */
export interface Problem {
  file: string;
  /** Key path like `regions[3].population`; empty for the file as a whole. */
  path: string;
  message: string;
}

/** `FILE: regions[3].population: must be a positive number (got -5)`. */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown when a scenario cannot be loaded; its message is one formatted line per problem. */
export class ScenarioError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

/** A value as the user wrote it, for "(got ...)": strings quoted, long values cut. */
export function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Joins path segments: `['regions', 3, 'population']` → `regions[3].population`. */
export function joinPath(segments: (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}
