// Aggregates across replications: for every step and outcome, and for every run-level
// figure, the mean, sd and 95% t-interval (stats.ts). Runs are taken in the order given
// (replication order), never completion order, so the bytes do not depend on workers.
import { InputError } from '../errors.ts';
import { OUTCOMES, RUN_FIGURES, type Outcome, type RunFigure } from '../runs/outcomes.ts';
import type { RunData } from '../runs/run-folder.ts';
import { outcomeInfo } from '../../metrics/index.ts';
import { describe, withinRange, type Stat } from './stats.ts';

/** Mean, sd and 95% interval of an outcome's values, the interval kept within its valid range. */
export function describeOutcome(name: string, values: readonly number[]): Stat {
  return withinRange(describe(values), outcomeInfo(name).range);
}

export interface StepStat extends Stat {
  step: number;
  outcome: Outcome;
}

/** The steps every run recorded, checked to be the same list. */
export function commonSteps(runs: readonly RunData[]): number[] {
  const steps = runs[0]?.steps ?? [];
  for (const run of runs) {
    if (run.steps.join() !== steps.join()) {
      throw new InputError(`${run.dir}/national.csv: steps differ from ${runs[0].dir}/national.csv`);
    }
  }
  return steps;
}

/** One row per (step, outcome), steps ascending, outcomes in national.csv order. */
export function aggregateNational(runs: readonly RunData[]): StepStat[] {
  const rows: StepStat[] = [];
  commonSteps(runs).forEach((step, k) => {
    for (const outcome of OUTCOMES) rows.push({ step, outcome, ...describeOutcome(outcome, runs.map((r) => r.values[outcome][k])) });
  });
  return rows;
}

export function aggregateFigures(runs: readonly RunData[]): Record<RunFigure, Stat> {
  return Object.fromEntries(RUN_FIGURES.map((f) => [f, describeOutcome(f, runs.map((r) => r.figures[f]))])) as Record<RunFigure, Stat>;
}
