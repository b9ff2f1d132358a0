// The analysis step of a sensitivity folder, from the folder alone (design.json, outcomes.json
// and the run folders): one number per run and outcome (outputs.csv), the indices
// (sensitivity.csv) and manifest.json. A local run calls it after its runs, `factorflow merge`
// after the shards' (kinds.ts): the same code on the same files gives the same bytes.
import { join } from 'node:path';
import { writeFileAtomically } from '../../io/atomic.ts';
import { csvHeader, csvLine } from '../../io/csv.ts';
import { json, manifest } from '../../io/manifest.ts';
import { designHash } from '../folders/folder.ts';
import { readRun } from '../runs/run-folder.ts';
import { runDir } from '../folders/file-names.ts';
import { analyzeMorris, analyzeSobol, type IndexRow } from './analyze.ts';
import type { SensitivityPlan } from './design.ts';
import { keysOf, planOfDesign, RUN_COLUMNS, runCells, type StoredSensitivityDesign } from './experiment.ts';
import { noiseRows } from './noise.ts';
import { readOutcomesFile } from './outcomes-file.ts';
import { describeOutcome, outcomeValue, type OutcomeSpec } from './outcomes.ts';

export const INDEX_COLUMNS = ['method', 'outcome', 'parameter', 'index', 'value', 'ci_low', 'ci_high'] as const;

export interface SensitivityAnalysis {
  plan: SensitivityPlan;
  outcomes: OutcomeSpec[];
  rows: IndexRow[];
  /** Per outcome label, the design runs where it is undefined (NaN, e.g. a half-life without convergence). */
  undefinedRuns: Record<string, number>;
  seconds: number;
}

export function aggregateSensitivity(out: string, design: StoredSensitivityDesign, how: { workers?: number; shards?: number; started: number }): SensitivityAnalysis {
  const plan = planOfDesign(design, join(out, 'design.json'));
  const outcomes = readOutcomesFile(out);
  const y = readOutputs(plan, outcomes, out);
  writeOutputs(plan, outcomes, out, y);
  const rows = analyze(plan, outcomes, y);
  writeFileAtomically(join(out, 'sensitivity.csv'), [csvHeader(INDEX_COLUMNS), ...rows.map((r) => csvLine(INDEX_COLUMNS.map((c) => r[c])))].join(''));
  const seconds = (performance.now() - how.started) / 1000;
  writeFileAtomically(join(out, 'manifest.json'), json(manifest('sensitivity', seconds, {
    ...design, designHash: designHash(design), workers: how.workers, shards: how.shards,
    outcomes: outcomes.map((o) => ({ outcome: o.label, definition: describeOutcome(o) })),
    seedRule: 'every design point runs with the seed (common random numbers); the base point (the middle of every range) is replicated with seeds seed, seed + 1, ..., seed + reps − 1',
    bootstrap: 'percentile 95% intervals from 1000 resamples of the base rows (Sobol) or trajectories (Morris), seeded by the seed',
  })));
  const undefinedRuns = Object.fromEntries(outcomes.map((o, i) => [o.label, y[i].slice(0, plan.designRuns).filter((v) => !Number.isFinite(v)).length]));
  return { plan, outcomes, rows, undefinedRuns, seconds };
}

/** y[o][k]: outcome o in run k + 1, read back from the run folders in run order. */
function readOutputs(plan: SensitivityPlan, outcomes: OutcomeSpec[], out: string): number[][] {
  const y = outcomes.map(() => [] as number[]);
  for (const r of plan.runs) {
    const data = readRun(runDir(out, r.point, r.rep));
    outcomes.forEach((o, i) => y[i].push(outcomeValue(o, data)));
  }
  return y;
}

function writeOutputs(plan: SensitivityPlan, outcomes: OutcomeSpec[], out: string, y: number[][]): void {
  const header = csvHeader([...RUN_COLUMNS, ...keysOf(plan), ...outcomes.map((o) => o.label)]);
  const lines = plan.runs.map((r, k) => csvLine([...runCells(r), ...y.map((col) => col[k])]));
  writeFileAtomically(join(out, 'outputs.csv'), [header, ...lines].join(''));
}

/** The indices of every outcome, then its noise share. */
export function analyze(plan: SensitivityPlan, outcomes: OutcomeSpec[], y: number[][]): IndexRow[] {
  const keys = keysOf(plan);
  return outcomes.flatMap((o, i) => {
    const design = y[i].slice(0, plan.designRuns);
    const reps = y[i].slice(plan.designRuns);
    const s = plan.settings;
    const indices = s.method === 'sobol'
      ? analyzeSobol(design, s.n, keys, s.secondOrder, o.label, { seed: plan.seed })
      : analyzeMorris(plan.morris!, design, keys, o.label, { seed: plan.seed });
    return plan.reps >= 2 ? [...indices, ...noiseRows(s.method, o.label, design, reps)] : indices;
  });
}
