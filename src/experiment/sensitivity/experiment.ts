// A sensitivity analysis as a list of runs for distribute.ts (--plan, --shard, merge): its
// design.json record, from which the whole plan can be rebuilt without the scenario files
// (the Morris and Saltelli designs are deterministic in their settings and seed), and the
// PlannedExperiment whose runs are design.csv's lines in the same order and folders.
import { join } from 'node:path';
import { writeFileAtomically } from '../../io/atomic.ts';
import { csvHeader, csvLine } from '../../io/csv.ts';
import { scenarioHash } from '../../io/manifest.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { PlannedExperiment } from '../distribute/distribute.ts';
import { InputError } from '../errors.ts';
import type { Design } from '../folders/folder.ts';
import { overrideText } from '../../scenario/overrides.ts';
import type { PlannedRun } from '../distribute/plan.ts';
import { runDir } from '../folders/file-names.ts';
import { planMorris, planSobol, type PlannedRun as SensitivityRun, type SensitivityPlan } from './design.ts';
import type { OutcomeSpec } from './outcomes.ts';

export interface SensitivityInput {
  /** The scenario with --set, --seed and --steps applied. */
  base: Scenario;
  /** The scenario of a run from its overrides (validated like --set). */
  load: (overrides: string[]) => Scenario;
  plan: SensitivityPlan;
  outcomes: OutcomeSpec[];
}

/** design.json of a sensitivity analysis (what makes two folders the same experiment; outcomes are not part of it). */
export interface StoredSensitivityDesign extends Design {
  kind: 'sensitivity';
  scenario: string;
  scenarioHash: string;
  method: 'morris' | 'sobol';
  n?: number;
  secondOrder?: boolean;
  trajectories?: number;
  levels?: number;
  seed: number;
  reps: number;
  keys: string[];
  ranges: [number, number][];
  runs: number;
}

export const RUN_COLUMNS = ['run', 'point', 'rep', 'seed', 'role', 'block'];

export const keysOf = (plan: SensitivityPlan): string[] => plan.ranges.map((r) => r.key);
export const runCells = (r: SensitivityRun) => [r.run, r.point, r.rep, r.seed, r.role, r.block, ...r.values];
const relativeDir = (r: SensitivityRun) => `runs/point-${r.point}-rep-${r.rep}`;

export function sensitivityDesign({ plan, base }: SensitivityInput): StoredSensitivityDesign {
  return {
    kind: 'sensitivity', scenario: base.name, scenarioHash: scenarioHash({ ...base, seed: 0 }),
    ...plan.settings, seed: plan.seed, reps: plan.reps,
    keys: keysOf(plan), ranges: plan.ranges.map((r) => [r.lo, r.hi]), runs: plan.runs.length,
  };
}

/** The plan rebuilt from design.json alone (for merge). @throws InputError when the record does not give it back */
export function planOfDesign(design: StoredSensitivityDesign, file: string): SensitivityPlan {
  const ranges = design.keys.map((key, i) => ({ key, lo: design.ranges[i][0], hi: design.ranges[i][1] }));
  const plan = design.method === 'sobol'
    ? planSobol(ranges, design.n!, design.secondOrder ?? false, design.seed, design.reps)
    : planMorris(ranges, design.trajectories!, design.levels!, design.seed, design.reps);
  if (plan.runs.length !== design.runs) throw new InputError(`${file}: field "runs" is ${design.runs}, but the design gives ${plan.runs.length} runs`);
  return plan;
}

function scenarioOf(input: SensitivityInput, r: SensitivityRun): Scenario {
  const keys = keysOf(input.plan);
  return { ...input.load(r.values.map((v, i) => overrideText(keys[i], v))), seed: r.seed };
}

/** design.csv: the plan's runs with their roles and values, for the user (merge rebuilds the plan from design.json). */
function writeDesignCsv(out: string, plan: SensitivityPlan): void {
  const lines = [csvHeader([...RUN_COLUMNS, ...keysOf(plan)]), ...plan.runs.map((r) => csvLine(runCells(r)))];
  writeFileAtomically(join(out, 'design.csv'), lines.join(''));
}

/** Every run of the plan (plan.csv's lines); each run's scenario is loaded, so validated, on the way. */
function plannedRuns(input: SensitivityInput): PlannedRun[] {
  const keys = keysOf(input.plan);
  return input.plan.runs.map((r) => ({
    index: r.run,
    dir: relativeDir(r),
    seed: r.seed,
    scenarioHash: scenarioHash(scenarioOf(input, r)),
    labels: { point: r.point, rep: r.rep, role: r.role, block: r.block, ...Object.fromEntries(keys.map((k, i) => [k, r.values[i]])) },
  }));
}

export function sensitivityExperiment(input: SensitivityInput, out: string): PlannedExperiment {
  return {
    out,
    design: sensitivityDesign(input),
    subfolders: ['runs'],
    prepare: () => writeDesignCsv(out, input.plan),
    runs: () => plannedRuns(input),
    task: (run) => {
      const r = input.plan.runs[run.index - 1];
      return { scenario: scenarioOf(input, r), dir: runDir(out, r.point, r.rep) };
    },
  };
}
