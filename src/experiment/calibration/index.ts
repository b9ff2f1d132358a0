// Calibrations (`factorflow calibrate SCENARIO --targets FILE --free KEY=LO:HI...`): the
// method of simulated moments. The kind's surface: its design phase as a list of runs
// (experiment.ts), the whole calibration here (calibrate.ts), the design phase's aggregate
// from the folder alone (design-phase.ts) and the texts (text.ts). Only the design phase is a
// list of runs: the search that follows cannot be split.
import type { ExperimentKind } from '../kind.ts';
import { aggregateDesign, designText } from './design-phase.ts';
import type { StoredCalibrationDesign } from './experiment.ts';

export { carryOutCalibration } from './calibrate.ts';
export { parseFreeList } from './free.ts';
export type { CalibrationSettings } from './input.ts';
export { momentsOf, readTargets } from './targets.ts';
export { calibrationText } from './text.ts';

export const calibrationKind: ExperimentKind = {
  // The design phase only: the candidates ranked (design-evaluations.csv). `factorflow
  // calibrate` on the folder runs the search (docs/cluster.md), and writes manifest.json and
  // the report when the calibration is complete.
  kind: 'calibration',
  after: 'resume',
  aggregate: (out, design) => {
    const d = design as StoredCalibrationDesign;
    return designText(out, d, aggregateDesign(out, d));
  },
};
