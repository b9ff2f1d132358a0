// `factorflow calibrate`: the method of simulated moments. Three phases, each a batch (or a
// sequence of batches) of evaluations on the worker pool, every evaluation kept:
//   1. design: a seeded maximin Latin hypercube over the free parameters' bounds (design.json
//      and design-runs.csv hold it, one line per run, so it can be run elsewhere);
//   2. search: Nelder–Mead chains (fmin) from the best design points, one request per chain
//      per batch, until they converge or the budget of evaluations is spent;
//   3. profiles: each parameter moved alone around the best point, the others held there.
// The folder resumes like a sweep's: the same command replays the phases from the run
// folders already written and only runs what is missing.
import { join, relative, resolve } from 'node:path';
import { csvHeader, csvLine } from '../../io/csv.ts';
import { writeFileAtomically } from '../../io/atomic.ts';
import { json, manifest, scenarioHash } from '../../io/manifest.ts';
import { isBundledName, setPath, type Scenario } from '../../scenario/index.ts';
import { prepareFolder } from '../folder.ts';
import { openPool } from '../pool.ts';
import { runDir } from '../sweep.ts';
import type { ExperimentOptions } from '../replications.ts';
import { withStreams } from '../stream-file.ts';
import { evaluateBatch, type Candidate, type Evaluation, type EvaluationContext } from './evaluate.ts';
import { toUnit, toValues, type FreeParam } from './free.ts';
import { latinHypercube } from './lhs.ts';
import { nextRequest, type ChainOptions } from './search.ts';
import { PROFILE_DELTA, profileCandidates, profileIntervals, type ProfileInterval } from './profiles.ts';
import type { Moment } from './targets.ts';

export interface CalibrationSettings {
  /** Evaluations of the design and the search together. */
  budget: number;
  /** Points of the space-filling design. */
  designPoints: number;
  /** Nelder–Mead chains, from the best design points. */
  starts: number;
  /** Points per parameter in the profiles (0: none). */
  profilePoints: number;
  /** Half-width of the profiles, in shares of each parameter's range. */
  profileWidth: number;
  search: ChainOptions;
}

export interface CalibrationInput {
  base: Scenario;
  load: (overrides: string[]) => Scenario;
  free: FreeParam[];
  targetsFile: string;
  targetsName: string;
  moments: Moment[];
  seeds: number[];
  settings: CalibrationSettings;
  /** The scenario as the user named it (a bundled name or a path) and the --set/--steps given. */
  ref: string;
  overrides: [string, unknown][];
}

export interface CalibrationResult {
  out: string;
  evaluations: Evaluation[];
  best: Evaluation;
  intervals: ProfileInterval[];
  /** Runs made now (the others were found finished). */
  ran: number;
  warnings: string[];
}

const key = (values: readonly number[]): string => values.join(',');

class Ledger {
  readonly list: Evaluation[] = [];
  private readonly byKey = new Map<string, Evaluation>();

  constructor(private readonly ctx: EvaluationContext) {}

  get(values: readonly number[]): Evaluation | undefined {
    return this.byKey.get(key(values));
  }

  /** Evaluates the candidates not seen before (first occurrence wins), in order. */
  async add(candidates: Candidate[]): Promise<void> {
    const fresh = candidates.filter((c, i) => !this.get(c.values) && candidates.findIndex((d) => key(d.values) === key(c.values)) === i);
    if (fresh.length === 0) return;
    for (const e of await evaluateBatch(this.ctx, this.list.length + 1, fresh)) {
      this.list.push(e);
      this.byKey.set(key(e.values), e);
    }
  }

  best(): Evaluation {
    // Lowest objective; ties go to the earlier evaluation.
    return this.list.reduce((b, e) => (e.objective < b.objective ? e : b));
  }
}

async function search(input: CalibrationInput, ledger: Ledger): Promise<void> {
  const { free, settings } = input;
  const starts = [...ledger.list].sort((a, b) => a.objective - b.objective || a.index - b.index).slice(0, settings.starts);
  const chains = starts.map((e) => ({ start: toUnit(free, e.values), objective: e.objective, done: false }));
  const lookup = (u: number[]) => ledger.get(toValues(free, u))?.objective;
  while (ledger.list.length < settings.budget) {
    const requests: Candidate[] = [];
    chains.forEach((c, i) => {
      if (c.done) return;
      const u = nextRequest(c.start, c.objective, lookup, settings.search);
      if (u === undefined) c.done = true;
      else requests.push({ phase: 'search', chain: i + 1, values: toValues(free, u) });
    });
    if (requests.length === 0) return;
    await ledger.add(requests.slice(0, settings.budget - ledger.list.length));
  }
}

export async function runCalibration(input: CalibrationInput, options: ExperimentOptions): Promise<CalibrationResult> {
  const started = performance.now();
  const { out } = options;
  const { base, free, seeds, settings, moments } = input;
  const design = latinHypercube(settings.designPoints, free.length, base.seed).map((u) => toValues(free, u));
  const baseHash = scenarioHash({ ...base, seed: 0 });
  const designHash = prepareFolder(out, {
    kind: 'calibration', scenario: base.name, scenarioHash: baseHash, targets: input.targetsName,
    moments: moments.map((m) => [m.id, m.observed, m.weight]), keys: free.map((f) => f.key),
    bounds: free.map((f) => [f.lo, f.hi]), points: design, seeds, settings: resumableSettings(settings),
  }, options.fresh ?? false, ['runs']);
  writeDesignRuns(out, free, design, seeds);
  let ran = 0;
  const total = (settings.budget + free.length * settings.profilePoints) * seeds.length;
  const bar = options.progress?.(total);
  const pool = openPool(options.workers);
  const ctx: EvaluationContext = { out, free, seeds, moments, load: input.load, pool, onRun: () => bar?.tick(++ran) };
  const ledger = new Ledger(ctx);
  let best: Evaluation;
  try {
    await ledger.add(design.map((values) => ({ phase: 'design', chain: 0, values })));
    await search(input, ledger);
    // The optimum is the best point of the design and the search; the profiles describe it.
    best = ledger.best();
    await ledger.add(profileCandidates(free, best.values, settings.profilePoints, settings.profileWidth));
  } finally {
    bar?.stop();
    await pool.close();
  }
  const intervals = profileIntervals(free, ledger.list, best);
  const lower = ledger.best();
  const warnings = lower.objective < best.objective
    ? [`profile evaluation ${lower.index} has a lower objective (${lower.objective.toPrecision(4)}) than the optimum of the search (${best.objective.toPrecision(4)}): the search had not converged; rerun with a larger --budget or start from ${free.map((f, i) => `${f.key}=${lower.values[i]}`).join(' ')}`]
    : [];
  writeOutputs(input, out, ledger.list, best, intervals, warnings);
  writeFileAtomically(join(out, 'manifest.json'), json(manifest('calibration', (performance.now() - started) / 1000, {
    scenario: base.name, scenarioHash: baseHash, targets: input.targetsFile, keys: free.map((f) => f.key),
    evaluations: ledger.list.length, reps: seeds.length, seeds,
    seedRule: 'every candidate runs with the same seeds (common random numbers): replication i uses seed = base + i - 1',
    designHash, workers: options.workers,
  })));
  return { out, evaluations: ledger.list, best, intervals, ran, warnings };
}

/**
 * What a resumed calibration must share with the first one. The budget and the profile
 * size are left out: the evaluations are the same sequence whatever the budget (it only cuts
 * the sequence), so a rerun with a larger --budget continues the search where it stopped;
 * evaluations whose folders hold another candidate are run again (their scenario hash differs).
 */
function resumableSettings(settings: CalibrationSettings): Omit<CalibrationSettings, 'budget' | 'profilePoints'> {
  const { budget: _budget, profilePoints: _profile, ...rest } = settings;
  return rest;
}

/** The design's runs, one line each: what `--plan`/`--shard` style tools need to run it elsewhere. */
function writeDesignRuns(out: string, free: FreeParam[], design: number[][], seeds: number[]): void {
  const lines = [csvHeader(['run', 'point', 'rep', 'seed', ...free.map((f) => f.key), 'folder'])];
  let run = 0;
  design.forEach((values, p) => seeds.forEach((seed, r) => {
    lines.push(csvLine([++run, p + 1, r + 1, seed, ...values, join('runs', `point-${p + 1}-rep-${r + 1}`)]));
  }));
  writeFileAtomically(join(out, 'design-runs.csv'), lines.join(''));
}

function writeOutputs(input: CalibrationInput, out: string, evaluations: Evaluation[], best: Evaluation, intervals: ProfileInterval[], warnings: string[]): void {
  const { free, moments } = input;
  withStreams([join(out, 'evaluations.csv')], ([file]) => {
    file.write(csvHeader(['evaluation', 'phase', 'chain', ...free.map((f) => f.key), 'objective', ...moments.map((m) => m.id)]));
    for (const e of evaluations) file.write(csvLine([e.index, e.phase, e.chain, ...e.values, e.objective, ...e.simulated]));
  });
  writeFileAtomically(join(out, 'calibration.json'), json({ ...calibrationJson(input, evaluations, best, intervals), warnings }));
  writeFileAtomically(join(out, 'fitted.json'), json(fittedScenario(input, out, best)));
}

function calibrationJson(input: CalibrationInput, evaluations: Evaluation[], best: Evaluation, intervals: ProfileInterval[]) {
  const { free, moments, seeds, base } = input;
  return {
    scenario: base.name,
    targets: input.targetsName,
    objective: best.objective,
    objectiveDefinition: 'sum over moments of weight × (simulated − observed)², simulated = mean over the replications',
    bestEvaluation: best.index,
    evaluations: evaluations.length,
    evaluationsByPhase: Object.fromEntries((['design', 'search', 'profile'] as const).map((p) => [p, evaluations.filter((e) => e.phase === p).length])),
    reps: seeds.length,
    seeds,
    settings: input.settings,
    profileDelta: PROFILE_DELTA,
    profileDefinition: 'profile interval: the values of one parameter, the others held at the optimum, whose objective is within profileDelta of the optimum (linear interpolation between grid points; "open" when still within at the end of the grid)',
    parameters: free.map((f, i) => ({ key: f.key, lo: f.lo, hi: f.hi, value: best.values[i], profile: intervals[i] })),
    moments: moments.map((m, i) => ({
      id: m.id, kind: m.kind, name: m.name, step: m.step, region: m.region,
      observed: m.observed, simulated: best.simulated[i], weight: m.weight,
      contribution: m.weight * (best.simulated[i] - m.observed) ** 2,
      replications: best.perRun.map((r) => r[i]),
    })),
    runs: seeds.map((_, r) => runDir('.', best.index, r + 1).replace(/^\.\//, '')),
  };
}

/** A scenario that extends the calibrated one with the fitted values (and the --set given). */
function fittedScenario(input: CalibrationInput, out: string, best: Evaluation): Record<string, unknown> {
  const { free } = input;
  const scenario: Record<string, unknown> = {
    name: `${input.base.name}-fitted`,
    description: `${input.base.name} with ${free.map((f) => f.key).join(', ')} fitted by factorflow calibrate to the targets ${input.targetsName} (objective ${best.objective.toPrecision(4)}, evaluation ${best.index}; see calibration.json).`,
    extends: isBundledName(input.ref) ? input.ref : relative(resolve(out), resolve(input.ref)),
  };
  for (const [k, v] of [...input.overrides, ...free.map((f, i): [string, unknown] => [f.key, best.values[i]])]) setPath(scenario, k, v);
  return scenario;
}
