// The report of a comparison folder: each policy's difference from the baseline over
// time with its 95% interval, and a table of the differences at the last step.
import { join } from 'node:path';
import type { ReportDoc, Section } from '../page.ts';
import { comparisonCharts } from '../charts/comparison.ts';
import { readCsv, readJsonObjectIfExists, type CsvRow } from '../files.ts';
import { htmlTable } from '../tables.ts';
import { formatNumber, formatValue } from '../format.ts';
import { outcomeLabel } from '../labels.ts';
import { InputError } from '../errors.ts';
import { unique } from '../charts/common.ts';

const COLUMNS = ['scenario', 'outcome', 'step', 'baseline_mean', 'policy_mean', 'diff_mean', 'ci_low', 'ci_high'];

/** A scenario named in comparison.json: a string, or an object with a name. */
function nameOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return formatValue(v);
}

/** Does the 95% interval exclude zero? */
function verdict(r: CsvRow): string {
  const lo = r.ci_low;
  const hi = r.ci_high;
  if (typeof lo !== 'number' || typeof hi !== 'number') return 'n/a';
  if (lo > 0) return 'higher';
  if (hi < 0) return 'lower';
  return 'no clear difference';
}

function headlineSection(rows: CsvRow[]): Section {
  const last = new Map<string, CsvRow>();
  for (const r of rows) {
    const key = `${r.scenario}\u0000${r.outcome}`;
    const prev = last.get(key);
    if (!prev || (r.step as number) > (prev.step as number)) last.set(key, r);
  }
  const table = htmlTable(
    [
      { title: 'policy' },
      { title: 'outcome' },
      { title: 'step', numeric: true },
      { title: 'baseline', numeric: true },
      { title: 'policy', numeric: true },
      { title: 'difference', numeric: true },
      { title: '95% interval', numeric: true },
      { title: 'n', numeric: true },
      { title: 'policy is' },
    ],
    [...last.values()].map((r) => [
      String(r.scenario),
      outcomeLabel(String(r.outcome)),
      formatValue(r.step),
      formatNumber(r.baseline_mean),
      formatNumber(r.policy_mean),
      formatNumber(r.diff_mean),
      `${formatNumber(r.ci_low)} to ${formatNumber(r.ci_high)}`,
      formatValue(r.n),
      verdict(r),
    ]),
  );
  return {
    id: 'headline',
    title: 'Differences at the last step',
    intro: [
      'Policy minus baseline at the last step for every outcome. "Higher" or "lower" means the 95% interval of the difference excludes zero; otherwise the replications cannot tell the two apart.',
    ],
    html: table,
  };
}

/** The report document of the comparison folder `dir`. */
export function comparisonReport(dir: string): ReportDoc {
  const rows = readCsv(join(dir, 'comparison.csv'), COLUMNS).rows;
  if (rows.length === 0) throw new InputError(`${join(dir, 'comparison.csv')}: no rows`);
  const meta = readJsonObjectIfExists(join(dir, 'comparison.json')) ?? {};
  const policies = unique(rows.map((r) => String(r.scenario)));
  const baseline = meta.baseline !== undefined ? nameOf(meta.baseline) : 'the baseline';
  const charts = comparisonCharts(rows);
  const overview: Section = {
    id: 'overview',
    title: 'Overview',
    intro: [
      `Each policy scenario is compared with ${baseline}: for every outcome and step, the mean difference across replications (policy minus baseline) with its 95% interval, from comparison.csv.`,
    ],
    html: htmlTable(
      [{ title: 'about this comparison' }, { title: '' }],
      [
        ['baseline', baseline],
        ['policies', policies.join(', ')],
        ['scenarios (comparison.json)', Array.isArray(meta.scenarios) ? meta.scenarios.map(nameOf).join(', ') : 'n/a'],
        ['seeds', formatValue(meta.seeds ?? 'n/a')],
        ['steps', formatValue(meta.steps ?? Math.max(...rows.map((r) => Number(r.step))))],
      ],
    ),
  };
  const policySections: Section[] = policies.map((p, i) => ({
    id: `policy-${i + 1}`,
    title: `${p} against ${baseline}`,
    intro: [
      `One panel per outcome: the mean difference (${p} minus ${baseline}) over time, with its 95% interval shaded. Panels have their own vertical scales; the grey line marks no difference.`,
    ],
    charts: [charts[i]],
  }));
  return {
    title: `Comparison: ${policies.join(', ')} against ${baseline}`,
    subtitle: `factorflow compare, ${policies.length} ${policies.length === 1 ? 'policy' : 'policies'}`,
    sections: [overview, ...policySections, headlineSection(rows)],
  };
}
