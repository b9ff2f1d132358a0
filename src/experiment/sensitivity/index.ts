// Sensitivity analyses (`factorflow sensitivity SCENARIO --vary KEY=LO:HI...`): Morris or
// Sobol designs. The kind's surface: its design (design.ts) and runs (experiment.ts), the
// whole experiment here (run.ts), the analysis from the folder alone (aggregate.ts) and its
// text.
import type { ExperimentKind } from '../kind.ts';
import { aggregateSensitivity } from './aggregate.ts';
import type { StoredSensitivityDesign } from './experiment.ts';
import { sensitivityText } from './text.ts';

export { parseRangeArg, planMorris, planSobol, scale, type Range, type SensitivityPlan } from './design.ts';
export { DEFAULT_OUTCOMES, parseOutcomes } from './outcomes.ts';
export { runSensitivity } from './run.ts';
export { sensitivityText } from './text.ts';

export const sensitivityKind: ExperimentKind = {
  // Analysed for the outcomes recorded when it was planned (outcomes.json).
  kind: 'sensitivity',
  aggregate: (out, design, c) => {
    const a = aggregateSensitivity(out, design as StoredSensitivityDesign, c);
    const runs = a.plan.runs.length;
    return sensitivityText(a.plan, a.outcomes, { out, ran: 0, runs, rows: a.rows, undefinedRuns: a.undefinedRuns, seconds: a.seconds }, c.withReport);
  },
};
