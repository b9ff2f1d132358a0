// Regional moments of calibrate and backtest as scatter sections: simulated against observed
// per region, with R² (against the 45° line) and RMSE.
import { fitStats, type FitStats } from '../../experiment/backtest/index.ts';
import type { ScatterPoint } from '../charts/calibration.ts';

export interface MomentRow {
  id: string;
  kind: string;
  name: string;
  step?: number | null;
  region?: string | null;
  observed: number;
  simulated: number;
  weight: number;
  contribution?: number;
  ci_low?: number | null;
  ci_high?: number | null;
}

export const MEASURES = [
  { measure: 'log_gdp_pc_relative', title: 'Log GDP per person relative to the national mean', unit: 'ln(GDP per person / national)' },
  { measure: 'gdp_pc_relative', title: 'GDP per person relative to the national mean', unit: 'GDP per person / national' },
  { measure: 'population_share', title: 'Population shares', unit: 'share of all residents' },
  { measure: 'urban_share', title: 'Urban shares', unit: 'urban residents / residents' },
] as const;

export interface RegionFit {
  id: string;
  title: string;
  intro: string[];
  measure: string;
  unit: string;
  stats: FitStats;
  points: ScatterPoint[];
}

/** The section data of one measure, or undefined when the targets have none. */
export function regionFit(rows: readonly MomentRow[], measure: string, simulated: (r: MomentRow) => number): RegionFit | undefined {
  const of = rows.filter((r) => r.kind === 'region' && r.name === measure);
  if (of.length === 0) return undefined;
  const m = MEASURES.find((x) => x.measure === measure)!;
  const step = of[0].step;
  const points = of.map((r) => ({ region: String(r.region), observed: r.observed, simulated: simulated(r), low: r.ci_low, high: r.ci_high }));
  const stats = fitStats(points.map((p) => p.simulated), points.map((p) => p.observed));
  return {
    id: `fit-${measure.replace(/_/g, '-')}`,
    title: `${m.title} at step ${step}`,
    intro: [
      `One point per region: the simulated value (mean over the replications${of[0].ci_low !== undefined ? ', with its 95% interval' : ''}) against the observed one; on the dashed 45° line they agree. R² = 1 − Σ(simulated − observed)² / Σ(observed − mean observed)², measured against that line (a simulation that ranks regions right but compresses them loses R²); RMSE in ${m.unit}.`,
    ],
    measure,
    unit: m.unit,
    stats,
    points,
  };
}
