// A calibration's design phase as a list of runs for distribute.ts (--plan, --shard, merge):
// its design.json record, which carries everything the ranking of the candidates needs
// (every target moment in full, the free parameters and their bounds, the Latin-hypercube
// points, the seeds and the settings), and the PlannedExperiment whose runs are the design's
// candidates × seeds, in the folders a local calibration gives them (runs/point-<e>-rep-<r>/,
// e the candidate's evaluation number). The search that follows cannot be planned: it is
// run by `factorflow calibrate` on the folder (calibrate.ts, docs/cluster.md).
import { join } from 'node:path';
import { writeFileAtomically } from '../../io/atomic.ts';
import { csvHeader, csvLine } from '../../io/csv.ts';
import { scenarioHash } from '../../io/manifest.ts';
import type { PlannedExperiment } from '../distribute/distribute.ts';
import type { Design } from '../folders/folder.ts';
import type { PlannedRun } from '../distribute/plan.ts';
import { runDir } from '../folders/file-names.ts';
import type { CalibrationInput, CalibrationSettings } from './input.ts';
import { candidateScenario, type Candidate } from './evaluate.ts';
import { toValues, type FreeParam } from './free.ts';
import { latinHypercube } from './lhs.ts';
import type { Moment } from './targets.ts';

/** design.json of a calibration: what makes two folders the same calibration, and all merge needs. */
export interface StoredCalibrationDesign extends Design {
  kind: 'calibration';
  scenario: string;
  scenarioHash: string;
  /** The targets' name (the file's path is not part of the design). */
  targets: string;
  /** Every target moment as read from the targets file and checked against the scenario. */
  moments: Moment[];
  keys: string[];
  bounds: [number, number][];
  /** The Latin-hypercube points, parameter values (rounded to 6 significant digits). */
  points: number[][];
  seeds: number[];
  settings: ResumableSettings;
}

/**
 * What a resumed calibration must share with the first one. The budget and the profile
 * size are left out: the evaluations are the same sequence whatever the budget (it only cuts
 * the sequence), so a rerun with a larger --budget continues the search where it stopped.
 */
export type ResumableSettings = Omit<CalibrationSettings, 'budget' | 'profilePoints'>;

function resumableSettings(settings: CalibrationSettings): ResumableSettings {
  const { budget: _budget, profilePoints: _profile, ...rest } = settings;
  return rest;
}

/** A moment without its unset fields, so that design.json reads back to the same hash. */
const storedMoment = (m: Moment): Moment =>
  Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as unknown as Moment;

export function calibrationDesign(input: CalibrationInput): StoredCalibrationDesign {
  const { base, free, seeds, settings, moments } = input;
  const points = latinHypercube(settings.designPoints, free.length, base.seed).map((u) => toValues(free, u));
  return {
    kind: 'calibration', scenario: base.name, scenarioHash: scenarioHash({ ...base, seed: 0 }), targets: input.targetsName,
    moments: moments.map(storedMoment), keys: free.map((f) => f.key), bounds: free.map((f) => [f.lo, f.hi]),
    points, seeds, settings: resumableSettings(settings),
  };
}

export const freeOf = (design: StoredCalibrationDesign): FreeParam[] =>
  design.keys.map((key, i) => ({ key, lo: design.bounds[i][0], hi: design.bounds[i][1] }));

/**
 * The design's candidates in evaluation order: evaluation k is the k-th distinct point (a
 * point equal to an earlier one after rounding is that evaluation, as in the ledger).
 */
export function designCandidates(points: readonly number[][]): Candidate[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const key = p.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((values) => ({ phase: 'design', chain: 0, values }));
}

const relativeDir = (evaluation: number, rep: number) => `runs/point-${evaluation}-rep-${rep}`;

/** design-runs.csv: the design's runs, one line each, with the parameter values (for the user; plan.csv has the same runs). */
function writeDesignRuns(out: string, free: readonly FreeParam[], candidates: readonly Candidate[], seeds: readonly number[]): void {
  const lines = [csvHeader(['run', 'point', 'rep', 'seed', ...free.map((f) => f.key), 'folder'])];
  candidates.forEach((c, p) => seeds.forEach((seed, r) => {
    lines.push(csvLine([p * seeds.length + r + 1, p + 1, r + 1, seed, ...c.values, relativeDir(p + 1, r + 1)]));
  }));
  writeFileAtomically(join(out, 'design-runs.csv'), lines.join(''));
}

/** The design phase: every candidate run with every seed, candidate by candidate. */
export function calibrationExperiment(input: CalibrationInput, out: string, design: StoredCalibrationDesign): PlannedExperiment {
  const candidates = designCandidates(design.points);
  const { free, seeds } = input;
  const ctx = { free, load: input.load };
  let loaded: [number, ReturnType<typeof candidateScenario>] | undefined;
  const scenarioOf = (p: number) => {
    if (loaded?.[0] !== p) loaded = [p, candidateScenario(ctx, candidates[p].values)];
    return loaded[1];
  };
  return {
    out,
    design,
    subfolders: ['runs'],
    prepare: () => writeDesignRuns(out, free, candidates, seeds),
    runs: (): PlannedRun[] => candidates.flatMap((c, p) => seeds.map((seed, r) => ({
      index: p * seeds.length + r + 1,
      dir: relativeDir(p + 1, r + 1),
      seed,
      scenarioHash: scenarioHash({ ...scenarioOf(p), seed }),
      labels: { point: p + 1, rep: r + 1, ...Object.fromEntries(free.map((f, i) => [f.key, c.values[i]])) },
    }))),
    task: (run) => {
      const p = Math.floor((run.index - 1) / seeds.length);
      const r = (run.index - 1) % seeds.length;
      return { scenario: { ...scenarioOf(p), seed: seeds[r] }, dir: runDir(out, p + 1, r + 1) };
    },
  };
}
