// Paired comparison of policies against a baseline: runs with the same seed are paired
// (common random numbers), and for every outcome and step the policy − baseline
// differences of the pairs get a mean and a 95% t-interval (stats.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { commonSteps, describeOutcome } from '../summary/aggregate.ts';
import { InputError } from '../errors.ts';
import { OUTCOMES, RUN_FIGURES, type Outcome, type RunFigure } from '../runs/outcomes.ts';
import { isFolder, readRun, type RunData } from '../runs/run-folder.ts';
import { describe, pairedDifferences } from '../summary/stats.ts';

/** The runs of one scenario, one per seed. */
export interface Group {
  name: string;
  runs: RunData[];
}

export interface ComparisonRow {
  scenario: string;
  outcome: Outcome | RunFigure;
  step: number;
  baseline_mean: number;
  policy_mean: number;
  diff_mean: number;
  diff_sd: number;
  ci_low: number;
  ci_high: number;
  n: number;
  /** 95% intervals of the baseline's and the policy's own means (within the outcome's valid range). */
  baseline_ci_low: number;
  baseline_ci_high: number;
  policy_ci_low: number;
  policy_ci_high: number;
}

export const COMPARISON_COLUMNS = [
  'scenario', 'outcome', 'step', 'baseline_mean', 'policy_mean', 'diff_mean', 'diff_sd', 'ci_low', 'ci_high', 'n',
  'baseline_ci_low', 'baseline_ci_high', 'policy_ci_low', 'policy_ci_high',
] as const;

/** A results folder as a group: a replications folder (rep-<i>/) or a single run folder. */
export function readGroup(dir: string): Group {
  if (!isFolder(dir)) throw new InputError(`${dir}: no such results folder`);
  const reps = readdirSync(dir)
    .map((name) => /^rep-(\d+)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => join(dir, m[0]));
  const runs = (reps.length > 0 ? reps : [dir]).map(readRun);
  return { name: runs[0].scenario, runs };
}

/** Seeds present in every group, ascending: the pairs compared. */
export function commonSeeds(groups: readonly Group[]): number[] {
  const sets = groups.map((g) => new Set(g.runs.map((r) => r.seed)));
  const seeds = [...sets[0]].filter((s) => sets.every((set) => set.has(s))).sort((a, b) => a - b);
  if (seeds.length === 0) {
    throw new InputError(`no seed is common to ${groups.map((g) => g.name).join(' and ')}: runs are paired by seed`);
  }
  return seeds;
}

const bySeed = (group: Group, seeds: number[]): RunData[] =>
  seeds.map((s) => group.runs.find((r) => r.seed === s)!);

function row(scenario: string, outcome: Outcome | RunFigure, step: number, base: number[], policy: number[]): ComparisonRow {
  const d = describe(pairedDifferences(base, policy));
  const b = describeOutcome(outcome, base);
  const p = describeOutcome(outcome, policy);
  return {
    scenario, outcome, step,
    baseline_mean: b.mean, policy_mean: p.mean,
    diff_mean: d.mean, diff_sd: d.sd, ci_low: d.ci_low, ci_high: d.ci_high, n: d.n,
    baseline_ci_low: b.ci_low, baseline_ci_high: b.ci_high, policy_ci_low: p.ci_low, policy_ci_high: p.ci_high,
  };
}

export interface Comparison {
  seeds: number[];
  steps: number[];
  /** Per policy, outcome and step (comparison.csv). */
  rows: ComparisonRow[];
  /** Per policy and run-level figure, at the last step (comparison.json). */
  figures: ComparisonRow[];
}

/** Compares each policy with the baseline at `at` (default: every step), pairing runs by seed. */
export function compareGroups(baseline: Group, policies: readonly Group[], at?: readonly number[]): Comparison {
  const seeds = commonSeeds([baseline, ...policies]);
  const base = bySeed(baseline, seeds);
  const allSteps = commonSteps([base, ...policies.map((p) => bySeed(p, seeds))].flat());
  const missing = at?.find((s) => !allSteps.includes(s));
  if (missing !== undefined) throw new InputError(`--at: step ${missing} is not in the runs (steps ${allSteps[0]}..${allSteps[allSteps.length - 1]})`);
  const steps = at ? [...at] : allSteps;
  const rows: ComparisonRow[] = [];
  const figures: ComparisonRow[] = [];
  const last = allSteps[allSteps.length - 1];
  for (const policy of policies) {
    const pol = bySeed(policy, seeds);
    for (const outcome of OUTCOMES) {
      for (const step of steps) {
        const k = allSteps.indexOf(step);
        rows.push(row(policy.name, outcome, step, base.map((r) => r.values[outcome][k]), pol.map((r) => r.values[outcome][k])));
      }
    }
    for (const f of RUN_FIGURES) figures.push(row(policy.name, f, last, base.map((r) => r.figures[f]), pol.map((r) => r.figures[f])));
  }
  return { seeds, steps, rows, figures };
}
