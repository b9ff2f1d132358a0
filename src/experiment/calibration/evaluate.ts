// One batch of candidate evaluations: every candidate run with the same seeds (common random
// numbers), all runs of the batch on the worker pool at once, each run in its own folder
// runs/point-<evaluation>-rep-<r>/ (the sweep's layout and resume marker). Moments are always
// read back from the folders, so a resumed or parallel calibration sees the same bits.
import type { Scenario } from '../../scenario/index.ts';
import { overrideText } from '../../scenario/overrides.ts';
import type { TaskPool } from '../runs/pool.ts';
import { runDir } from '../folders/file-names.ts';
import { isFinished, type RunTask } from '../runs/task.ts';
import type { FreeParam } from './free.ts';
import { meanMoments, objective, runMoments } from './moments.ts';
import type { Moment } from './targets.ts';

export type Phase = 'design' | 'search' | 'profile';

export interface Candidate {
  phase: Phase;
  /** design: 0; search: the chain (1-based); profile: the parameter (1-based). */
  chain: number;
  values: number[];
}

export interface Evaluation extends Candidate {
  /** 1-based, in the order evaluations were made; also the run folders' point number. */
  index: number;
  objective: number;
  /** Mean of each moment over the replications. */
  simulated: number[];
  /** perRun[r][i]: moment i in replication r. */
  perRun: number[][];
}

export interface EvaluationContext {
  out: string;
  free: FreeParam[];
  seeds: number[];
  moments: Moment[];
  /** The scenario with `--set`-style overrides applied (validated). */
  load: (overrides: string[]) => Scenario;
  /** The worker pool, open for the whole calibration. */
  pool: TaskPool;
  /** Called after each finished run. */
  onRun?: () => void;
}

export const candidateScenario = (ctx: Pick<EvaluationContext, 'free' | 'load'>, values: readonly number[]): Scenario =>
  ctx.load(ctx.free.map((f, i) => overrideText(f.key, values[i])));

/** Evaluates `candidates` as evaluations first, first + 1, ...; runs already finished are kept. */
export async function evaluateBatch(ctx: EvaluationContext, first: number, candidates: readonly Candidate[]): Promise<Evaluation[]> {
  const tasks: RunTask[] = [];
  candidates.forEach((c, k) => {
    const scenario = candidateScenario(ctx, c.values);
    ctx.seeds.forEach((seed, r) => {
      const dir = runDir(ctx.out, first + k, r + 1);
      if (!isFinished(dir, { ...scenario, seed })) tasks.push({ scenario: { ...scenario, seed }, dir });
    });
  });
  if (tasks.length > 0) await ctx.pool.run(tasks, () => ctx.onRun?.());
  return candidates.map((c, k) => readEvaluation(ctx, c, first + k));
}

/**
 * Evaluation `index` of candidate `c` from its run folders (runs/point-<index>-rep-<r>/):
 * what a local calibration and `factorflow merge` both compute, from the folder alone.
 */
export function readEvaluation(ctx: Pick<EvaluationContext, 'out' | 'seeds' | 'moments'>, c: Candidate, index: number): Evaluation {
  const perRun = ctx.seeds.map((_, r) => runMoments(runDir(ctx.out, index, r + 1), ctx.moments));
  const simulated = meanMoments(perRun);
  return { ...c, index, objective: objective(simulated, ctx.moments), simulated, perRun };
}
