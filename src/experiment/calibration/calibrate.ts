// `factorflow calibrate`: the method of simulated moments. Three phases, each a batch (or a
// sequence of batches) of evaluations on the worker pool, every evaluation kept:
//   1. design: a seeded maximin Latin hypercube over the free parameters' bounds, a fixed list
//      of runs carried out by distribute.ts (all here, or --plan / --shard I/N and `factorflow
//      merge` on a cluster: experiment.ts), ranked by design-phase.ts;
//   2. search: Nelder–Mead chains (fmin) from the best design points, one request per chain
//      per batch, until they converge or the budget of evaluations is spent;
//   3. profiles: each parameter moved alone around the best point, the others held there.
// The folder resumes like a sweep's: the same command replays the phases from the run
// folders already written and only runs what is missing. So after a merge of the design's
// shards, the same command on the folder runs only the search and the profiles.
import { join, relative, resolve } from 'node:path';
import { csvHeader, csvLine } from '../../io/csv.ts';
import { writeFileAtomically } from '../../io/atomic.ts';
import { json, manifest } from '../../io/manifest.ts';
import { isBundledName, setPath, type Scenario } from '../../scenario/index.ts';
import { carryOut, type CarriedOut, type DistributedOptions } from '../distribute/distribute.ts';
import { releaseFolder } from '../folders/folder.ts';
import { openPool } from '../runs/pool.ts';
import { runDir } from '../folders/file-names.ts';
import { withStreams } from '../folders/stream-file.ts';
import { aggregateDesign, ranked } from './design-phase.ts';
import { evaluateBatch, type Candidate, type Evaluation, type EvaluationContext } from './evaluate.ts';
import { calibrationDesign, calibrationExperiment, type StoredCalibrationDesign } from './experiment.ts';
import { toUnit, toValues, type FreeParam } from './free.ts';
import { nextRequest, type ChainOptions } from './search.ts';
import { PROFILE_DELTA, profileCandidates, profileIntervals, type ProfileInterval } from './profiles.ts';
import type { CalibrationInput } from './input.ts';

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

  /** Evaluations made elsewhere (the design phase), in order. */
  seed(evaluations: readonly Evaluation[]): void {
    for (const e of evaluations) {
      this.list.push(e);
      this.byKey.set(key(e.values), e);
    }
  }

  /** Evaluates the candidates not seen before (first occurrence wins), in order. */
  async add(candidates: Candidate[]): Promise<void> {
    const fresh = candidates.filter((c, i) => !this.get(c.values) && candidates.findIndex((d) => key(d.values) === key(c.values)) === i);
    if (fresh.length === 0) return;
    this.seed(await evaluateBatch(this.ctx, this.list.length + 1, fresh));
  }

  best(): Evaluation {
    // Lowest objective; ties go to the earlier evaluation.
    return this.list.reduce((b, e) => (e.objective < b.objective ? e : b));
  }
}

async function search(input: CalibrationInput, ledger: Ledger): Promise<void> {
  const { free, settings } = input;
  const starts = ranked(ledger.list).slice(0, settings.starts);
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

export interface CalibrationOptions extends DistributedOptions {
  /** A progress display for the search and the profiles (`progress` shows the design's runs). */
  searchProgress?: DistributedOptions['progress'];
}

/**
 * The design phase through distribute.ts (planned only, one shard, or all of it here), then,
 * when all of it ran here or was complete already (after a merge), its ranking, the search,
 * the profiles and the outputs.
 */
export async function carryOutCalibration(input: CalibrationInput, options: CalibrationOptions): Promise<{ carried: CarriedOut; result?: CalibrationResult }> {
  const started = performance.now();
  const { out } = options;
  const design = calibrationDesign(input);
  const carried = await carryOut(calibrationExperiment(input, out, design), options);
  if (carried.mode !== 'all') return { carried };
  try {
    return { carried, result: await searchAndWrite(input, options, design, carried, started) };
  } finally {
    releaseFolder(out); // carryOut's lock, kept for the rest of the calibration
  }
}

/** A whole calibration here (no --plan or --shard). */
export async function runCalibration(input: CalibrationInput, options: Omit<CalibrationOptions, 'split'>): Promise<CalibrationResult> {
  return (await carryOutCalibration(input, { ...options, split: undefined })).result!;
}

async function searchAndWrite(
  input: CalibrationInput, options: CalibrationOptions, design: StoredCalibrationDesign, carried: CarriedOut, started: number,
): Promise<CalibrationResult> {
  const { out } = options;
  const { base, free, seeds, settings, moments } = input;
  const designed = aggregateDesign(out, design);
  let ran = 0;
  const total = (Math.max(0, settings.budget - designed.length) + free.length * settings.profilePoints) * seeds.length;
  const bar = (options.searchProgress ?? options.progress)?.(total);
  const pool = openPool(options.workers);
  const ctx: EvaluationContext = { out, free, seeds, moments, load: input.load, pool, onRun: () => bar?.tick(++ran) };
  const ledger = new Ledger(ctx);
  ledger.seed(designed);
  let best: Evaluation;
  try {
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
    scenario: base.name, scenarioHash: design.scenarioHash, targets: input.targetsFile, keys: free.map((f) => f.key),
    evaluations: ledger.list.length, reps: seeds.length, seeds,
    seedRule: 'every candidate runs with the same seeds (common random numbers): replication i uses seed = base + i - 1',
    designHash: carried.designHash, workers: options.workers,
  })));
  return { out, evaluations: ledger.list, best, intervals, ran: carried.ran + ran, warnings };
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
