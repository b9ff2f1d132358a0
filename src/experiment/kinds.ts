// The experiment kinds whose design is a list of runs, by design.json's "kind": what
// `factorflow merge` (distribute/merge.ts) can aggregate from a folder alone. Each kind is a
// folder of src/experiment with the surface of kind.ts; adding one is its folder and one line
// here (docs/layout.md; docs/cluster.md, "Adding an experiment kind").
import { calibrationKind } from './calibration/index.ts';
import { comparisonKind } from './compare/index.ts';
import type { ExperimentKind } from './kind.ts';
import { replicationsKind } from './replications/index.ts';
import { sensitivityKind } from './sensitivity/index.ts';
import { sweepKind } from './sweep/index.ts';

const KINDS: readonly ExperimentKind[] = [sweepKind, replicationsKind, comparisonKind, sensitivityKind, calibrationKind];

export const experimentKind = (kind: unknown): ExperimentKind | undefined => KINDS.find((k) => k.kind === kind);

export const KIND_NAMES = KINDS.map((k) => k.kind);
