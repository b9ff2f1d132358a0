// Which kind of results folder is this? manifest.json says so; older or hand-made
// folders without a manifest are recognised by the files they hold.
import { join } from 'node:path';
import { InputError } from './errors.ts';
import { isDir, isFile, readJsonObjectIfExists } from './files.ts';

export const REPORT_KINDS = ['run', 'replications', 'comparison', 'sweep', 'sensitivity', 'calibration', 'backtest'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

function isKind(value: unknown): value is ReportKind {
  return typeof value === 'string' && (REPORT_KINDS as readonly string[]).includes(value);
}

/** The kind from the files present, or undefined when none fits. */
function kindFromFiles(dir: string): ReportKind | undefined {
  if (isFile(join(dir, 'calibration.json'))) return 'calibration';
  if (isFile(join(dir, 'backtest.csv'))) return 'backtest';
  if (isFile(join(dir, 'comparison.csv'))) return 'comparison';
  if (isFile(join(dir, 'sensitivity.csv'))) return 'sensitivity';
  if (isFile(join(dir, 'points.csv'))) return 'sweep';
  if (isDir(join(dir, 'rep-1'))) return 'replications';
  if (isFile(join(dir, 'regions.csv')) && isFile(join(dir, 'national.csv'))) return 'run';
  return undefined;
}

/** Detects the kind of results folder `dir`; throws InputError when it is none of them. */
export function detectKind(dir: string): ReportKind {
  if (!isDir(dir)) throw new InputError(`${dir}: no such results folder`);
  const manifestFile = join(dir, 'manifest.json');
  const manifest = readJsonObjectIfExists(manifestFile);
  const kind = manifest?.kind;
  if (kind !== undefined) {
    if (isKind(kind)) return kind;
    throw new InputError(
      `${manifestFile}: field "kind" is ${JSON.stringify(kind)}, expected one of ${REPORT_KINDS.join(', ')}`,
    );
  }
  const found = kindFromFiles(dir);
  if (found) return found;
  const underWay = readJsonObjectIfExists(join(dir, 'design.json'))?.kind;
  if (underWay === 'calibration') {
    // A calibration's design merged from shards, its search not run yet (docs/cluster.md).
    throw new InputError(`${dir}: a calibration not finished yet (no calibration.json; design-evaluations.csv ranks its design's candidates once merged): run the same factorflow calibrate command with --out ${dir} to finish it, which writes the report`);
  }
  if (typeof underWay === 'string') {
    throw new InputError(`${dir}: a ${underWay} not finished yet (design.json, no results): run its remaining runs (or its shards and factorflow merge) first`);
  }
  throw new InputError(
    `${dir}: not a factorflow results folder (no manifest.json kind, and none of ` +
      'national.csv + regions.csv, rep-1/, comparison.csv, sensitivity.csv or points.csv)',
  );
}
