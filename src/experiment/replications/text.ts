// What `factorflow run --reps` prints: the main outcomes at the last step and the run-level
// figures, means with sd and 95% intervals across replications.
import { labelWithUnit } from '../../metrics/index.ts';
import { NATIONAL_SUMMARY, REGIONS_SUMMARY } from '../folders/file-names.ts';
import { MAIN_OUTCOMES } from '../runs/outcomes.ts';
import { CLIPPED_NOTE, FIGURES, fmt, interval, textTable, type TextOptions } from '../summary/text.ts';
import { betaNote, replicationsNote } from '../summary/warnings.ts';
import type { ReplicationsResult } from './replications.ts';

export function replicationsText(result: ReplicationsResult, withReport: boolean, options: TextOptions = {}): string {
  const { national, figures, seeds, out, ran } = result;
  const money = options.money ?? 'yuan';
  const last = Math.max(...national.map((r) => r.step));
  const rows = MAIN_OUTCOMES.map((o) => {
    const s = national.find((r) => r.step === last && r.outcome === o)!;
    return [labelWithUnit(o, money), fmt(s.mean), fmt(s.sd), interval(s)];
  });
  const figureRows = FIGURES.map((f) => [labelWithUnit(f, money), fmt(figures[f].mean), fmt(figures[f].sd), interval(figures[f])]);
  const clipped = [...national.filter((r) => r.step === last), ...Object.values(figures)].some((s) => s.ci_clipped);
  return [
    `${result.runs[0]?.scenario}: ${seeds.length} replications, seeds ${seeds[0]}..${seeds[seeds.length - 1]}`
      + ` (${ran} run now, ${seeds.length - ran} already done)`,
    textTable([`at step ${last}`, 'mean', 'sd', '95% CI'], [...rows, ...figureRows]),
    ...(clipped ? [CLIPPED_NOTE] : []),
    ...replicationsNote(seeds.length),
    ...(options.regions !== undefined ? betaNote(options.regions) : []),
    `Results: ${out}/ (rep-<i>/, ${NATIONAL_SUMMARY}, ${REGIONS_SUMMARY}, summary.json${withReport ? ', report.html' : ''})`,
  ].join('\n');
}
