// `factorflow sensitivity`: the runs of a plan (design.ts) carried out by distribute.ts (all
// of them here, only the plan with --plan, or one shard with --shard I/N), each in its own
// folder under runs/ (the sweep's layout and resume markers), then the analysis
// (aggregate.ts, the same step `factorflow merge` takes). Outcomes are not part of the
// design: rerunning with other --outcomes reuses every run and only re-analyses.
import { carryOut, type CarriedOut, type DistributedOptions } from '../distribute/distribute.ts';
import type { IndexRow } from './analyze.ts';
import { aggregateSensitivity } from './aggregate.ts';
import { sensitivityDesign, sensitivityExperiment, type SensitivityInput } from './experiment.ts';
import { writeOutcomesFile } from './outcomes-file.ts';

export type { SensitivityInput } from './experiment.ts';
export { INDEX_COLUMNS, analyze } from './aggregate.ts';

export interface SensitivityResult {
  out: string;
  ran: number;
  runs: number;
  rows: IndexRow[];
  /** Per outcome label, the design runs where it is undefined (NaN, e.g. a half-life without convergence). */
  undefinedRuns: Record<string, number>;
  seconds: number;
  /** How much of the design was planned or run (--plan, --shard). */
  carried: CarriedOut;
}

export async function runSensitivity(input: SensitivityInput, options: DistributedOptions): Promise<SensitivityResult> {
  const started = performance.now();
  const { out } = options;
  const carried = await carryOut(sensitivityExperiment(input, out), options);
  const runs = input.plan.runs.length;
  // A shard writes only its runs; planning and a local run record the outcomes to analyse.
  if (carried.mode !== 'shard') writeOutcomesFile(out, input.outcomes, input.base.steps);
  if (carried.mode !== 'all') return { out, ran: carried.ran, runs, rows: [], undefinedRuns: {}, seconds: 0, carried };
  const a = aggregateSensitivity(out, sensitivityDesign(input), { workers: options.workers, started });
  return { out, ran: carried.ran, runs, rows: a.rows, undefinedRuns: a.undefinedRuns, seconds: a.seconds, carried };
}
