// Replications (`factorflow run SCENARIO --reps N`): one scenario run with N seeds. The
// kind's surface: its runs (replicationsExperiment), the whole experiment here
// (runReplications), the aggregate step from the folder alone and its text.
import type { ExperimentKind } from '../kind.ts';
import { aggregateReplications, type StoredReplicationsDesign } from './replications.ts';
import { replicationsText } from './text.ts';

export { aggregateReplications, replicationsDesign, replicationsExperiment, runReplications } from './replications.ts';
export type { ReplicationsResult, StoredReplicationsDesign } from './replications.ts';
export { replicationsText } from './text.ts';

export const replicationsKind: ExperimentKind = {
  kind: 'replications',
  aggregate: (out, design, c) => replicationsText({ ...aggregateReplications(out, design as StoredReplicationsDesign, c), ran: 0 }, c.withReport),
};
