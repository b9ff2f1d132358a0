// `factorflow backtest`: run a scenario's replications (the replications machinery: rep-<i>/,
// national.csv, summary.json, resumable) and set every target moment beside its simulated
// mean and 95% interval, with R² and RMSE for each block of regional moments.
import { join } from 'node:path';
import { writeFileAtomically } from '../../io/atomic.ts';
import { toCsv } from '../../io/csv.ts';
import { json, manifest } from '../../io/manifest.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { ExperimentOptions } from '../kind.ts';
import { repDir } from '../folders/file-names.ts';
import { runReplications, type ReplicationsResult } from '../replications/replications.ts';
import { describe, type Stat } from '../summary/stats.ts';
import { fitStats, type FitStats } from './fit.ts';
import { contributions, meanMoments, objective, runMoments } from '../calibration/moments.ts';
import type { Moment, RegionMeasure } from '../calibration/targets.ts';

export interface MomentStat extends Stat {
  moment: Moment;
}

export interface RegionBlock {
  measure: RegionMeasure;
  step: number;
  fit: FitStats;
  /** The moments' indices in the list. */
  members: number[];
}

export interface BacktestResult {
  out: string;
  replications: ReplicationsResult;
  stats: MomentStat[];
  blocks: RegionBlock[];
  objective: number;
}

export const BACKTEST_COLUMNS = [
  'moment', 'kind', 'name', 'step', 'region', 'observed', 'weight', 'mean', 'sd', 'ci_low', 'ci_high', 'n', 'weighted_sq_dev',
] as const;

function regionBlocks(moments: readonly Moment[], means: readonly number[]): RegionBlock[] {
  const blocks: RegionBlock[] = [];
  moments.forEach((m, i) => {
    if (m.kind !== 'region') return;
    let block = blocks.find((b) => b.measure === m.name && b.step === m.step);
    if (!block) blocks.push(block = { measure: m.name as RegionMeasure, step: m.step!, fit: { n: 0, r2: NaN, rmse: NaN }, members: [] });
    block.members.push(i);
  });
  for (const b of blocks) b.fit = fitStats(b.members.map((i) => means[i]), b.members.map((i) => moments[i].observed));
  return blocks;
}

export async function runBacktest(
  scenario: Scenario, seeds: number[], targets: { file: string; name: string; moments: Moment[] }, options: ExperimentOptions,
): Promise<BacktestResult> {
  const started = performance.now();
  const replications = await runReplications(scenario, seeds, options);
  const { moments } = targets;
  const perRun = seeds.map((_, r) => runMoments(repDir(options.out, r), moments));
  const stats = moments.map((moment, i) => ({ moment, ...describe(perRun.map((run) => run[i])) }));
  const means = meanMoments(perRun);
  const blocks = regionBlocks(moments, means);
  const j = objective(means, moments);
  const weighted = contributions(means, moments);
  writeFileAtomically(join(options.out, 'backtest.csv'), toCsv(BACKTEST_COLUMNS, stats.map((s, i) => ({
    moment: s.moment.id, kind: s.moment.kind, name: s.moment.name, step: s.moment.step, region: s.moment.region,
    observed: s.moment.observed, weight: s.moment.weight, mean: s.mean, sd: s.sd, ci_low: s.ci_low, ci_high: s.ci_high, n: s.n,
    weighted_sq_dev: weighted[i],
  }))));
  writeFileAtomically(join(options.out, 'backtest.json'), json({
    scenario: scenario.name, targets: targets.name, reps: seeds.length, seeds, objective: j,
    objectiveDefinition: 'sum over moments of weight × (mean simulated − observed)²',
    regions: blocks.map((b) => ({ measure: b.measure, step: b.step, ...b.fit })),
    fitDefinition: 'R² = 1 − Σ(mean simulated − observed)² / Σ(observed − mean observed)² across regions (against the 45° line); RMSE in the measure\'s unit',
  }));
  writeFileAtomically(join(options.out, 'manifest.json'), json(manifest('backtest', (performance.now() - started) / 1000, {
    scenario: scenario.name, targets: targets.file, reps: seeds.length, seeds, seedRule: 'replication i uses seed = base + i - 1',
    workers: options.workers,
  })));
  return { out: options.out, replications, stats, blocks, objective: j };
}
