// The ranked table the terminal prints: per outcome, the parameters from the most to the
// least influential (Sobol: by total index ST; Morris: by μ*), with 95% intervals, and the
// seed noise to read them against.
import { fmt, textTable } from '../summary/text.ts';
import type { IndexRow } from './analyze.ts';
import type { SensitivityPlan } from './design.ts';
import { morrisDelta } from './morris.ts';
import { NOISE_INDEX, NOISE_PARAMETER, NOISE_SD_INDEX } from './noise.ts';
import { describeOutcome, type OutcomeSpec } from './outcomes.ts';
import type { SensitivityResult } from './run.ts';

const ci = (r: IndexRow | undefined): string => (r && Number.isFinite(r.ci_low) ? `[${fmt(r.ci_low, 3)}, ${fmt(r.ci_high, 3)}]` : '');
const val = (r: IndexRow | undefined): string => fmt(r?.value ?? NaN, 3);
const byValue = (a: IndexRow, b: IndexRow) => (Number.isFinite(b.value) ? b.value : -Infinity) - (Number.isFinite(a.value) ? a.value : -Infinity);
const pct = (x: number): string => (Number.isFinite(x) ? `${fmt(100 * x, 2)}%` : 'n/a');

function noiseLine(rows: IndexRow[], plan: SensitivityPlan): string {
  const share = rows.find((r) => r.parameter === NOISE_PARAMETER && r.index === NOISE_INDEX);
  const sd = rows.find((r) => r.parameter === NOISE_PARAMETER && r.index === NOISE_SD_INDEX);
  if (!share || !sd) return 'seed noise: not measured (--reps below 2)';
  const base = `seed noise (${plan.reps} seeds at the middle of the ranges): sd ${fmt(sd.value, 3)}, ${pct(share.value)} of the variance across the design [${pct(share.ci_low)}, ${pct(share.ci_high)}]`;
  if (plan.settings.method === 'sobol') return `${base}; an index below that share cannot be told from noise`;
  const threshold = (Math.SQRT2 * sd.value) / morrisDelta(plan.settings.levels);
  return `${base}; an effect μ* below √2·sd/Δ = ${fmt(threshold, 3)} cannot be told from noise`;
}

function sobolTable(rows: IndexRow[], threshold: number): string {
  const st = rows.filter((r) => r.index === 'ST').sort(byValue);
  const body = st.map((r, k) => {
    const s1 = rows.find((x) => x.index === 'S1' && x.parameter === r.parameter);
    const mark = Number.isFinite(threshold) && r.value < threshold ? '  ≈ noise' : '';
    return [String(k + 1), r.parameter, val(r), ci(r), val(s1), ci(s1) + mark];
  });
  return textTable(['rank', 'parameter', 'ST', '95% CI', 'S1', '95% CI'], body);
}

function morrisTable(rows: IndexRow[], threshold: number): string {
  const muStar = rows.filter((r) => r.index === 'mu_star').sort(byValue);
  const body = muStar.map((r, k) => {
    const of = (index: string) => rows.find((x) => x.index === index && x.parameter === r.parameter);
    const mark = Number.isFinite(threshold) && r.value < threshold ? '  ≈ noise' : '';
    return [String(k + 1), r.parameter, val(r), ci(r), val(of('mu')), val(of('sigma')) + mark];
  });
  return textTable(['rank', 'parameter', 'μ*', '95% CI', 'μ', 'σ'], body);
}

function outcomeText(o: OutcomeSpec, rows: IndexRow[], plan: SensitivityPlan, undefinedRuns: number): string {
  if (undefinedRuns > 0) {
    return `${o.label}\nundefined in ${undefinedRuns} of ${plan.designRuns} design runs (${describeOutcome(o)} has no value there), so no indices; choose another outcome or narrower ranges`;
  }
  const noise = rows.filter((r) => r.parameter === NOISE_PARAMETER);
  const share = noise.find((r) => r.index === NOISE_INDEX)?.value ?? NaN;
  const sd = noise.find((r) => r.index === NOISE_SD_INDEX)?.value ?? NaN;
  const s = plan.settings;
  const table = s.method === 'sobol' ? sobolTable(rows, share) : morrisTable(rows, (Math.SQRT2 * sd) / morrisDelta(s.levels));
  return [`${o.label}: ${describeOutcome(o)}`, table, noiseLine(rows, plan)].join('\n');
}

const SETTINGS = (plan: SensitivityPlan): string => {
  const s = plan.settings;
  return s.method === 'sobol'
    ? `Sobol indices (Saltelli sampling, N = ${s.n}${s.secondOrder ? ', with second order' : ''}): S1 first order, ST total; 95% bootstrap intervals`
    : `Morris screening (${s.trajectories} trajectories, ${s.levels} levels): μ* mean |elementary effect|, μ mean, σ sd, in outcome units per full range of the parameter; 95% bootstrap intervals`;
};

export function sensitivityText(plan: SensitivityPlan, outcomes: OutcomeSpec[], result: Omit<SensitivityResult, 'carried'>, withReport: boolean): string {
  const runs = `${result.runs} runs (${plan.designRuns} design + ${plan.runs.length - plan.designRuns} base replications): ${result.ran} run now, ${result.runs - result.ran} already done`;
  return [
    SETTINGS(plan),
    runs,
    '',
    ...outcomes.map((o) => outcomeText(o, result.rows.filter((r) => r.outcome === o.label), plan, result.undefinedRuns[o.label] ?? 0) + '\n'),
    `Results: ${result.out}/ (design.csv, outcomes.json, outputs.csv, sensitivity.csv, runs/${withReport ? ', report.html' : ''})`,
  ].join('\n');
}
