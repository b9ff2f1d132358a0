// Notes on how far results can be trusted, printed by the CLI and shown by the reports.
import { MIN_REPLICATIONS } from './stats.ts';

/** A β regression on fewer regions than this has too few points for a slope to mean much. */
export const MIN_BETA_REGIONS = 8;

/** A note when β comes from fewer than MIN_BETA_REGIONS regions (none otherwise). */
export function betaNote(regions: number): string[] {
  if (!(regions < MIN_BETA_REGIONS)) return [];
  return [`note: β is fitted on ${regions} region${regions === 1 ? '' : 's'} only; with fewer than ${MIN_BETA_REGIONS} its slope, `
    + 'standard error and half-life say little (n/a where undefined)'];
}

/** A note when the intervals rest on fewer than MIN_REPLICATIONS replications (none otherwise). */
export function replicationsNote(reps: number): string[] {
  if (!(reps < MIN_REPLICATIONS)) return [];
  return [`note: only ${reps} replication${reps === 1 ? '' : 's'}; with fewer than ${MIN_REPLICATIONS} the 95% intervals are wide `
    + `and unreliable (n/a with 1): use --reps ${MIN_REPLICATIONS * 2} or more`];
}
