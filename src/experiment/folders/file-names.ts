// Names of experiment files and run folders, in one place. Names of the aggregate files of a
// replications folder: A run folder's
// national.csv and regions.csv are wide (one row per step, one column per outcome); the
// aggregates across replications are long (one row per step and outcome, with mean, sd and
// interval), so they get names of their own: the same name never means two shapes.
import { join } from 'node:path';

/** Long: step, outcome, mean, sd, ci_low, ci_high, n, ci_clipped. */
export const NATIONAL_SUMMARY = 'national-summary.csv';

/** Long: step, region, outcome, mean, sd, ci_low, ci_high, n, ci_clipped. */
export const REGIONS_SUMMARY = 'regions-summary.csv';

/** The folder of replication i (0-based) of a replications folder: rep-<i+1>/. */
export const repDir = (out: string, i: number): string => join(out, `rep-${i + 1}`);

/** The folder of a run of a design of points (a sweep, a calibration, a sensitivity analysis): runs/point-<p>-rep-<r>/. */
export const runDir = (out: string, point: number, rep: number): string => join(out, 'runs', `point-${point}-rep-${rep}`);
