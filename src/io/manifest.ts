// Provenance of an output folder: enough to repeat it. The only file of a run whose bytes
// change from one run to the next (it records the wall time).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** JSON with object keys sorted, so that equal scenarios hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v);
}

export function scenarioHash(scenario: unknown): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}

/** Every kind of folder factorflow writes; a manifest or design.json naming one is its marker. */
export const RESULTS_KINDS = ['run', 'replications', 'comparison', 'sweep', 'sensitivity', 'calibration', 'backtest'] as const;
export type ResultsKind = typeof RESULTS_KINDS[number];

export interface Manifest {
  kind: ResultsKind;
  factorflow: string;
  node: string;
  command: string;
  wallSeconds: number;
  [key: string]: unknown;
}

/** The command line as the user typed it (worker processes are handed the main one's). */
export const commandLine = (): string => ['factorflow', ...process.argv.slice(2)].join(' ');

export function manifest(
  kind: Manifest['kind'], wallSeconds: number, extra: Record<string, unknown>, command = commandLine(),
): Manifest {
  return {
    kind,
    factorflow: VERSION,
    node: process.version,
    command,
    wallSeconds: Math.round(wallSeconds * 1000) / 1000,
    ...extra,
  };
}

export const json = (value: unknown): string => `${JSON.stringify(value, jsonNumbers, 2)}\n`;

/** NaN and infinities have no JSON form: write null. */
function jsonNumbers(_key: string, v: unknown): unknown {
  return typeof v === 'number' && !Number.isFinite(v) ? null : v;
}
