// The report of a sweep folder: outcomes at the last step against the varied keys.
import { join } from 'node:path';
import type { ReportDoc, Section } from '../page.ts';
import { sweepCharts } from '../charts/sweep.ts';
import { readCsv, readJsonObjectIfExists, type CsvRow } from '../files.ts';
import { htmlTable } from '../tables.ts';
import { formatNumber, formatValue } from '../format.ts';
import { outcomeLabelWithUnit } from '../labels.ts';
import { replicationsNote } from '../../experiment/summary/warnings.ts';
import { InputError } from '../errors.ts';
import { unique } from '../charts/common.ts';

const HEADLINE_OUTCOMES = ['gdp_per_capita', 'sd_log_gdp_pc', 'theil', 'gini_households'];

/** The varied keys are the columns between `point` and `step` (docs/outputs.md). */
function variedKeys(file: string, columns: string[]): string[] {
  const from = columns.indexOf('point');
  const to = columns.indexOf('step');
  const keys = columns.slice(from + 1, to);
  if (from !== 0 || to <= from + 1) throw new InputError(`${file}: expected columns point, <varied keys...>, step, outcome, mean, ...`);
  return keys;
}

function pointsTable(rows: CsvRow[], keys: string[], step: number): string {
  const last = rows.filter((r) => r.step === step);
  const outcomes = HEADLINE_OUTCOMES.filter((o) => last.some((r) => r.outcome === o));
  const points = unique(last.map((r) => r.point));
  const body = points.map((p) => {
    const of = last.filter((r) => r.point === p);
    const mean = (o: string): string => {
      const r = of.find((x) => x.outcome === o);
      if (!r) return 'n/a';
      const clip = r.ci_clipped === 1 ? '*' : '';
      return typeof r.ci_low === 'number' ? `${formatNumber(r.mean)} [${formatNumber(r.ci_low)}, ${formatNumber(r.ci_high)}]${clip}` : formatNumber(r.mean);
    };
    return [formatValue(p), ...keys.map((k) => formatValue(of[0][k])), ...outcomes.map(mean)];
  });
  const columns = [
    { title: 'point', numeric: true },
    ...keys.map((k) => ({ title: k })),
    ...outcomes.map((o) => ({ title: outcomeLabelWithUnit(o), numeric: true })),
  ];
  return htmlTable(columns, body);
}

/** The report document of the sweep folder `dir`. */
export function sweepReport(dir: string): ReportDoc {
  const file = join(dir, 'points.csv');
  const table = readCsv(file, ['point', 'step', 'outcome', 'mean', 'ci_low', 'ci_high']);
  if (table.rows.length === 0) throw new InputError(`${file}: no rows`);
  const keys = variedKeys(file, table.columns);
  const manifest = readJsonObjectIfExists(join(dir, 'manifest.json')) ?? {};
  const charts = sweepCharts(table.rows, keys);
  const step = Math.max(...table.rows.map((r) => Number(r.step)));
  const reps = typeof manifest.reps === 'number' ? manifest.reps : Math.max(0, ...table.rows.map((r) => Number(r.n) || 0));
  const values = keys.map((k) => [k, unique(table.rows.map((r) => r[k])).map(formatValue).join(', ')]);
  const name = typeof manifest.scenario === 'string' ? manifest.scenario : dir.split(/[\\/]/).filter(Boolean).pop() ?? 'sweep';
  const sections: Section[] = [
    {
      id: 'overview',
      title: 'Overview',
      intro: [`A sweep varies ${keys.join(' and ')} over the values below; each point is run with replications and summarised at every step.`],
      warnings: replicationsNote(reps).map((w) => w.replace(/^note: /, 'Caution: ')),
      html: htmlTable([{ title: 'varied key' }, { title: 'values' }], values),
    },
    {
      id: 'lines',
      title: 'Outcomes against the varied key',
      intro: [
        `One panel per outcome: its mean at the last step (step ${step}) across replications against ${keys[0]}, with the 95% interval shaded (or drawn as a bar for non-numeric values).`,
        ...(keys.length > 1 ? [`Each line is one value of ${keys.slice(1).join(', ')}.`] : []),
      ],
      charts: charts.filter((c) => c.id === 'sweep-lines'),
    },
  ];
  if (keys.length === 2) {
    sections.push({
      id: 'heatmap',
      title: `Heat map of ${keys[0]} × ${keys[1]}`,
      intro: [
        'One panel per outcome: each cell is a combination of the two keys, coloured by the mean at the last step relative to that outcome\'s own range (0 = lowest, 1 = highest), so one colour scale serves every panel. Hover a cell for its value.',
      ],
      charts: charts.filter((c) => c.id === 'sweep-heatmap'),
    });
  }
  sections.push({
    id: 'points',
    title: 'Points at the last step',
    intro: [`Means across replications at step ${step} for a few headline outcomes, each with its 95% interval in brackets (* cut to the quantity's valid range).`],
    html: pointsTable(table.rows, keys, step),
  });
  return {
    title: `Sweep: ${name}`,
    subtitle: `factorflow sweep over ${keys.join(', ')}, ${unique(table.rows.map((r) => r.point)).length} points`,
    sections,
  };
}
