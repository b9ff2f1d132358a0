// The report of a backtest folder (backtest.csv, backtest.json and the replications'
// national.csv): each target simulated against observed, the regional scatter plots with
// R² and RMSE, and the national index paths (national-summary.csv of the replications).
import { join } from 'node:path';
import type { ReportDoc, Section } from '../page.ts';
import { fitScatterChart, fitSubtitle } from '../charts/calibration.ts';
import { repIndexCharts } from '../charts/indices.ts';
import { readCsv, readJsonObject } from '../files.ts';
import { formatNumber, formatValue } from '../format.ts';
import { htmlTable } from '../tables.ts';
import { indicesSection } from './indices-section.ts';
import { NATIONAL_SUMMARY } from '../../experiment/folders/file-names.ts';
import { MEASURES, regionFit, type MomentRow } from './fit-sections.ts';

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);
const orNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function readMoments(dir: string): MomentRow[] {
  const table = readCsv(join(dir, 'backtest.csv'), ['moment', 'kind', 'name', 'observed', 'mean', 'ci_low', 'ci_high']);
  return table.rows.map((r) => ({
    id: String(r.moment), kind: String(r.kind), name: String(r.name), step: orNull(r.step), region: r.region === null ? null : String(r.region),
    observed: num(r.observed), simulated: num(r.mean), weight: num(r.weight), contribution: num(r.weighted_sq_dev), ci_low: orNull(r.ci_low), ci_high: orNull(r.ci_high),
  }));
}

function targetsTable(rows: MomentRow[]): string {
  const body = rows.filter((r) => r.kind !== 'region').map((r) => {
    const has = r.ci_low !== null && r.ci_high !== null;
    const inside = has && r.ci_low! <= r.observed && r.observed <= r.ci_high!;
    return [r.id, formatNumber(r.observed), formatNumber(r.simulated), has ? `${formatNumber(r.ci_low)} … ${formatNumber(r.ci_high)}` : 'n/a', has ? (inside ? 'yes' : 'no') : 'n/a'];
  });
  return htmlTable([{ title: 'target' }, { title: 'observed', numeric: true }, { title: 'simulated mean', numeric: true }, { title: '95% interval', numeric: true }, { title: 'observed inside' }], body);
}

/** The report document of the backtest folder `dir`. */
export function backtestReport(dir: string): ReportDoc {
  const summary = readJsonObject(join(dir, 'backtest.json'));
  const rows = readMoments(dir);
  const tidy = readCsv(join(dir, NATIONAL_SUMMARY), ['step', 'outcome', 'mean', 'ci_low', 'ci_high']).rows;
  const facts = [
    ['scenario', formatValue(summary.scenario)], ['targets', formatValue(summary.targets)],
    ['replications (seeds)', `${formatValue(summary.reps)} (${formatValue(summary.seeds)})`],
    ['objective (with the targets\' weights)', formatNumber(summary.objective)],
  ];
  const scatter: Section[] = MEASURES.flatMap((m) => {
    const f = regionFit(rows, m.measure, (r) => r.simulated);
    if (!f) return [];
    return [{ id: f.id, title: f.title, intro: f.intro, charts: [fitScatterChart(f.id, f.title, fitSubtitle(f.stats.r2, f.stats.rmse, f.stats.n), f.unit, f.points)] }];
  });
  return {
    title: `Backtest: ${formatValue(summary.scenario)}`,
    subtitle: `factorflow backtest against ${formatValue(summary.targets)}, ${formatValue(summary.reps)} replications`,
    sections: [
      {
        id: 'overview',
        title: 'Targets: simulated against observed',
        intro: ['Each national and run-level target: the observed value, the mean over the replications and its 95% t-interval. "observed inside" says whether the interval covers the observed value; with few replications intervals are wide, with many a small bias is enough to exclude it.'],
        html: [htmlTable([{ title: 'about this backtest' }, { title: '' }], facts), targetsTable(rows)].join('\n'),
      },
      ...scatter,
      indicesSection(repIndexCharts(tidy), true),
    ],
  };
}
