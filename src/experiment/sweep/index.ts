// Sweeps (`factorflow sweep SCENARIO --vary KEY=VALUES...`): every point of a design with the
// same seeds. The kind's surface: its design (grid.ts, sweep-file.ts), its runs and the whole
// experiment here (sweep.ts), the aggregate step from the folder alone and its text.
import type { ExperimentKind } from '../kind.ts';
import { aggregateSweep, type StoredSweepDesign } from './sweep.ts';
import { sweepText } from './text.ts';

export { expandGrid, parseVary, type SweepDesign } from './grid.ts';
export { readSweepFile } from './sweep-file.ts';
export { runSweep } from './sweep.ts';
export { sweepText } from './text.ts';

export const sweepKind: ExperimentKind = {
  kind: 'sweep',
  aggregate: (out, design, c) => {
    const d = design as StoredSweepDesign;
    const last = aggregateSweep(out, d, c);
    const runs = d.points.length * d.seeds.length;
    return sweepText({ keys: d.keys, points: d.points }, { out, ran: 0, runs, last, carried: { mode: 'all', designHash: '', total: runs, selected: runs, ran: 0 } }, c.withReport);
  },
};
