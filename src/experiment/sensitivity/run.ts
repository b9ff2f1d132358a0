// `factorflow sensitivity`: the runs of a plan (design.ts) through the worker pool, each in
// its own folder under runs/ (the sweep's layout and resume markers), then one number per
// run and outcome (outputs.csv) and the indices (sensitivity.csv). Outcomes are not part
// of the design: rerunning with other --outcomes reuses every run and only re-analyses.
import { join } from 'node:path';
import { writeFileAtomically } from '../../io/atomic.ts';
import { csvHeader, csvLine } from '../../io/csv.ts';
import { json, manifest, scenarioHash } from '../../io/manifest.ts';
import type { Scenario } from '../../scenario/index.ts';
import { prepareFolder } from '../folder.ts';
import { overrideText } from '../grid.ts';
import { runTasks } from '../pool.ts';
import type { ExperimentOptions } from '../replications.ts';
import { readRun } from '../run-folder.ts';
import { runDir } from '../sweep.ts';
import { isFinished, type RunTask } from '../task.ts';
import { analyzeMorris, analyzeSobol, type IndexRow } from './analyze.ts';
import type { PlannedRun, SensitivityPlan } from './design.ts';
import { noiseRows } from './noise.ts';
import { describeOutcome, outcomeValue, type OutcomeSpec } from './outcomes.ts';

export interface SensitivityInput {
  /** The scenario with --set, --seed and --steps applied. */
  base: Scenario;
  /** The scenario of a run from its overrides (validated like --set). */
  load: (overrides: string[]) => Scenario;
  plan: SensitivityPlan;
  outcomes: OutcomeSpec[];
}

export interface SensitivityResult {
  out: string;
  ran: number;
  runs: number;
  rows: IndexRow[];
  /** Per outcome label, the design runs where it is undefined (NaN, e.g. a half-life without convergence). */
  undefinedRuns: Record<string, number>;
  seconds: number;
}

export const INDEX_COLUMNS = ['method', 'outcome', 'parameter', 'index', 'value', 'ci_low', 'ci_high'] as const;
const RUN_COLUMNS = ['run', 'point', 'rep', 'seed', 'role', 'block'];

const keysOf = (plan: SensitivityPlan) => plan.ranges.map((r) => r.key);
const dirOf = (out: string, r: PlannedRun) => runDir(out, r.point, r.rep);
const runCells = (r: PlannedRun) => [r.run, r.point, r.rep, r.seed, r.role, r.block, ...r.values];

function scenarioOf(input: SensitivityInput, r: PlannedRun): Scenario {
  const keys = keysOf(input.plan);
  return { ...input.load(r.values.map((v, i) => overrideText(keys[i], v))), seed: r.seed };
}

/** The design as the folder's design.json records it (what makes two folders the same experiment). */
function designRecord(input: SensitivityInput) {
  const { plan, base } = input;
  return {
    kind: 'sensitivity' as const, scenario: base.name, scenarioHash: scenarioHash({ ...base, seed: 0 }),
    ...plan.settings, seed: plan.seed, reps: plan.reps,
    keys: keysOf(plan), ranges: plan.ranges.map((r) => [r.lo, r.hi]), runs: plan.runs.length,
  };
}

function writeDesign(out: string, plan: SensitivityPlan): void {
  const lines = [csvHeader([...RUN_COLUMNS, ...keysOf(plan)]), ...plan.runs.map((r) => csvLine(runCells(r)))];
  writeFileAtomically(join(out, 'design.csv'), lines.join(''));
}

/** Runs not finished yet; every run's scenario is validated on the way. */
function pending(input: SensitivityInput, out: string): PlannedRun[] {
  return input.plan.runs.filter((r) => !isFinished(dirOf(out, r), scenarioOf(input, r)));
}

function* tasks(input: SensitivityInput, out: string, todo: PlannedRun[]): Generator<RunTask> {
  for (const r of todo) yield { scenario: scenarioOf(input, r), dir: dirOf(out, r) };
}

export async function runSensitivity(input: SensitivityInput, options: ExperimentOptions): Promise<SensitivityResult> {
  const started = performance.now();
  const { out } = options;
  const { plan } = input;
  const hash = prepareFolder(out, designRecord(input), options.fresh ?? false, ['runs']);
  writeDesign(out, plan);
  const todo = pending(input, out);
  const bar = options.progress?.(todo.length);
  let ran: number;
  try {
    ran = await runTasks(tasks(input, out, todo), { workers: Math.min(options.workers, Math.max(1, todo.length)), onDone: (d) => bar?.tick(d) });
  } finally {
    bar?.stop();
  }
  const y = readOutputs(input, out);
  writeOutputs(input, out, y);
  const rows = analyze(input, y);
  writeFileAtomically(join(out, 'sensitivity.csv'), [csvHeader(INDEX_COLUMNS), ...rows.map((r) => csvLine(INDEX_COLUMNS.map((c) => r[c])))].join(''));
  const seconds = (performance.now() - started) / 1000;
  writeFileAtomically(join(out, 'manifest.json'), json(manifest('sensitivity', seconds, {
    ...designRecord(input), designHash: hash, workers: options.workers,
    outcomes: input.outcomes.map((o) => ({ outcome: o.label, definition: describeOutcome(o) })),
    seedRule: 'every design point runs with the seed (common random numbers); the base point (the middle of every range) is replicated with seeds seed, seed + 1, ..., seed + reps − 1',
    bootstrap: 'percentile 95% intervals from 1000 resamples of the base rows (Sobol) or trajectories (Morris), seeded by the seed',
  })));
  const undefinedRuns = Object.fromEntries(input.outcomes.map((o, i) => [o.label, y[i].slice(0, plan.designRuns).filter((v) => !Number.isFinite(v)).length]));
  return { out, ran, runs: plan.runs.length, rows, undefinedRuns, seconds };
}

/** y[o][k]: outcome o in run k + 1, read back from the run folders in run order. */
function readOutputs(input: SensitivityInput, out: string): number[][] {
  const y = input.outcomes.map(() => [] as number[]);
  for (const r of input.plan.runs) {
    const data = readRun(dirOf(out, r));
    input.outcomes.forEach((o, i) => y[i].push(outcomeValue(o, data)));
  }
  return y;
}

function writeOutputs(input: SensitivityInput, out: string, y: number[][]): void {
  const header = csvHeader([...RUN_COLUMNS, ...keysOf(input.plan), ...input.outcomes.map((o) => o.label)]);
  const lines = input.plan.runs.map((r, k) => csvLine([...runCells(r), ...y.map((col) => col[k])]));
  writeFileAtomically(join(out, 'outputs.csv'), [header, ...lines].join(''));
}

/** The indices of every outcome, then its noise share. */
export function analyze(input: SensitivityInput, y: number[][]): IndexRow[] {
  const { plan } = input;
  const keys = keysOf(plan);
  return input.outcomes.flatMap((o, i) => {
    const design = y[i].slice(0, plan.designRuns);
    const reps = y[i].slice(plan.designRuns);
    const s = plan.settings;
    const indices = s.method === 'sobol'
      ? analyzeSobol(design, s.n, keys, s.secondOrder, o.label, { seed: plan.seed })
      : analyzeMorris(plan.morris!, design, keys, o.label, { seed: plan.seed });
    return plan.reps >= 2 ? [...indices, ...noiseRows(s.method, o.label, design, reps)] : indices;
  });
}
