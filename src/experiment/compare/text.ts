// What `factorflow compare` prints: each policy's paired differences from the baseline, with
// 95% intervals and a mark where the interval excludes 0.
import { labelWithUnit } from '../../metrics/index.ts';
import { MAIN_OUTCOMES } from '../runs/outcomes.ts';
import { FIGURES, fmt, interval, textTable, type TextOptions } from '../summary/text.ts';
import { betaNote, replicationsNote } from '../summary/warnings.ts';
import type { Comparison, ComparisonRow } from './compare.ts';

/** "higher" / "lower" when the 95% interval of the difference excludes 0, "–" otherwise. */
export function effectMark(r: Pick<ComparisonRow, 'ci_low' | 'ci_high'>): string {
  if (!Number.isFinite(r.ci_low) || !Number.isFinite(r.ci_high)) return 'n/a';
  if (r.ci_low > 0) return '▲ higher';
  if (r.ci_high < 0) return '▼ lower';
  return '–';
}

/** The differences of each policy at `steps` for the main outcomes and run-level figures. */
export function comparisonText(baseline: string, comparison: Comparison, steps: number[], options: TextOptions = {}): string {
  const { rows, figures, seeds } = comparison;
  const money = options.money ?? 'yuan';
  const policies = [...new Set(rows.map((r) => r.scenario))];
  const cells = (r: ComparisonRow, label: string) =>
    [label, String(r.step), fmt(r.baseline_mean), fmt(r.policy_mean), fmt(r.diff_mean), interval(r), effectMark(r)];
  const header = (p: string) => ['outcome', 'step', baseline, p === baseline ? 'policy' : p, 'difference', '95% CI', 'clear effect'];
  const tables = policies.map((p) => {
    const body = MAIN_OUTCOMES.flatMap((o) => steps.map((s) => rows.find((r) => r.scenario === p && r.outcome === o && r.step === s)!))
      .map((r) => cells(r, labelWithUnit(r.outcome, money)));
    const runLevel = FIGURES.map((f) => cells(figures.find((r) => r.scenario === p && r.outcome === f)!, labelWithUnit(f, money)));
    return [
      `${p} − ${baseline}: ${seeds.length} pairs with common seeds ${seeds[0]}..${seeds[seeds.length - 1]}`,
      textTable(header(p), [...body, ...runLevel]),
    ].join('\n');
  });
  const notes = [
    '▲/▼: the 95% interval of the difference excludes 0 (a clear effect); –: the replications cannot tell the two apart',
    ...replicationsNote(seeds.length),
    ...(options.regions !== undefined ? betaNote(options.regions) : []),
  ];
  return [...tables, notes.join('\n')].join('\n\n');
}
