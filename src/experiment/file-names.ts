// Names of the aggregate files of a replications folder, in one place. A run folder's
// national.csv and regions.csv are wide (one row per step, one column per outcome); the
// aggregates across replications are long (one row per step and outcome, with mean, sd and
// interval), so they get names of their own: the same name never means two shapes.

/** Long: step, outcome, mean, sd, ci_low, ci_high, n, ci_clipped. */
export const NATIONAL_SUMMARY = 'national-summary.csv';

/** Long: step, region, outcome, mean, sd, ci_low, ci_high, n, ci_clipped. */
export const REGIONS_SUMMARY = 'regions-summary.csv';
