// What `factorflow sweep` prints: per point, four outcomes at the last step with their 95%
// intervals across replications.
import { labelWithUnit } from '../../metrics/index.ts';
import type { Stat } from '../summary/stats.ts';
import { CLIPPED_NOTE, fmt, interval, textTable, type TextOptions } from '../summary/text.ts';
import { replicationsNote } from '../summary/warnings.ts';
import type { SweepDesign } from './grid.ts';
import type { SweepResult } from './sweep.ts';

const SWEEP_OUTCOMES = ['gdp_per_capita', 'sd_log_gdp_pc', 'theil', 'gini_households'] as const;

/** Means with their 95% intervals at the last step per point (the first 30 points). */
export function sweepText(design: SweepDesign, result: SweepResult, withReport: boolean, options: TextOptions = {}): string {
  const step = result.last[0]?.[0]?.step ?? 0;
  const reps = result.runs / design.points.length;
  const cell = (s: Stat) => (Number.isFinite(s.ci_low) ? `${fmt(s.mean)} ${interval(s)}` : fmt(s.mean));
  const rows = result.last.slice(0, 30).map((stats, p) => [
    String(p + 1), ...design.points[p].map(String),
    ...SWEEP_OUTCOMES.map((o) => cell(stats.find((s) => s.outcome === o)!)),
  ]);
  const more = result.last.length > 30 ? [`... ${result.last.length - 30} more points in points.csv`] : [];
  const clipped = result.last.flat().some((s) => s.ci_clipped && (SWEEP_OUTCOMES as readonly string[]).includes(s.outcome));
  return [
    `${design.points.length} points × ${reps} replications: ${result.ran} runs now, ${result.runs - result.ran} already done`,
    `At step ${step}: mean across replications [95% CI]`,
    textTable(['point', ...design.keys, ...SWEEP_OUTCOMES.map((o) => labelWithUnit(o, options.money))], rows),
    ...more,
    ...(clipped ? [CLIPPED_NOTE] : []),
    ...replicationsNote(reps),
    `Results: ${result.out}/ (runs.csv, points.csv, point-figures.csv, runs/${withReport ? ', report.html' : ''})`,
  ].join('\n');
}
