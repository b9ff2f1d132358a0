// What calibrate prints: the fitted values with their profile intervals, the objective, the
// national and figure moments, and a one-line summary of each block of regional moments.
import { fmt, textTable } from '../summary/text.ts';
import type { CalibrationResult } from './calibrate.ts';
import type { FreeParam } from './free.ts';
import type { Moment } from './targets.ts';

const bound = (x: number, open: boolean, side: 'lo' | 'hi'): string => `${open ? (side === 'lo' ? '≤' : '≥') : ''}${fmt(x)}`;

/** Root mean square deviation of each block of regional moments. */
function blockRows(moments: readonly Moment[], simulated: readonly number[]): string[][] {
  const blocks = new Map<string, number[]>();
  moments.forEach((m, i) => {
    if (m.kind !== 'region') return;
    const name = `${m.name} (${moments.filter((o) => o.kind === 'region' && o.name === m.name && o.step === m.step).length} regions) @${m.step}`;
    if (!blocks.has(name)) blocks.set(name, []);
    blocks.get(name)!.push(simulated[i] - m.observed);
  });
  return [...blocks].map(([name, d]) => [name, fmt(Math.sqrt(d.reduce((s, x) => s + x * x, 0) / d.length))]);
}

export function calibrationText(result: CalibrationResult, free: readonly FreeParam[], moments: readonly Moment[], withReport: boolean): string {
  const { best, evaluations, intervals, out } = result;
  const params = free.map((f, i) => [
    f.key, fmt(best.values[i]),
    Number.isFinite(intervals[i].lo) ? `[${bound(intervals[i].lo, intervals[i].loOpen, 'lo')}, ${bound(intervals[i].hi, intervals[i].hiOpen, 'hi')}]` : 'n/a (no profile)',
    `${fmt(f.lo)}:${fmt(f.hi)}`,
  ]);
  const rows = moments.flatMap((m, i) => (m.kind === 'region' ? [] : [[m.id, fmt(m.observed), fmt(best.simulated[i]), fmt(m.weight), fmt(m.weight * (best.simulated[i] - m.observed) ** 2)]]));
  return [
    `${evaluations.length} evaluations (${result.ran} runs now); best: evaluation ${best.index}, objective ${fmt(best.objective)}`,
    textTable(['parameter', 'fitted', 'profile interval (Δobjective ≤ 1)', 'bounds'], params),
    '',
    textTable(['moment', 'observed', 'simulated', 'weight', 'weighted sq. dev.'], rows),
    '',
    textTable(['regional moments', 'RMSE'], blockRows(moments, best.simulated)),
    ...result.warnings.map((w) => `warning: ${w}`),
    `Results: ${out}/ (calibration.json, evaluations.csv, fitted.json, design-runs.csv, runs/${withReport ? ', report.html' : ''})`,
  ].join('\n');
}
