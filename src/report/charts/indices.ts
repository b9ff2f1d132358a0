// Convergence indices over time: one chart per family of indices. A run draws its own
// values; replications draw the mean across replications with the 95% interval.
import type { Chart, VlSpec } from '../page.ts';
import type { CsvRow } from '../files.ts';
import { outcomeLabel } from '../labels.ts';
import { HEIGHT, STEP_AXIS, WIDTH, linesOverTime, seriesColor, type SeriesPoint } from './common.ts';

export interface IndexGroup {
  id: string;
  title: string;
  yTitle: string;
  outcomes: string[];
}

export const INDEX_GROUPS: IndexGroup[] = [
  {
    id: 'indices-dispersion',
    title: 'Dispersion of GDP per person across regions',
    yTitle: 'index',
    outcomes: ['cv_gdp_pc', 'cv_gdp_pc_weighted', 'sd_log_gdp_pc'],
  },
  { id: 'indices-theil', title: 'Theil T index and its parts', yTitle: 'Theil T', outcomes: ['theil', 'theil_between', 'theil_within'] },
  { id: 'indices-gini', title: 'Gini coefficients', yTitle: 'Gini', outcomes: ['gini_regions', 'gini_households'] },
];

/** Every national outcome the index charts read. */
export const INDEX_OUTCOMES = INDEX_GROUPS.flatMap((g) => g.outcomes);

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Wide national rows of a run → long points of the given outcomes. */
export function runPoints(national: CsvRow[], outcomes: string[]): SeriesPoint[] {
  return outcomes.flatMap((o) =>
    national.map((row) => ({ step: num(row.step) ?? 0, series: outcomeLabel(o), value: num(row[o]) })),
  );
}

/** Tidy replication rows (step, outcome, mean, ci_low, ci_high) → long points with bands. */
export function repPoints(tidy: CsvRow[], outcomes: string[]): SeriesPoint[] {
  return outcomes.flatMap((o) =>
    tidy
      .filter((row) => row.outcome === o)
      .map((row) => ({
        step: num(row.step) ?? 0,
        series: outcomeLabel(o),
        value: num(row.mean),
        low: num(row.ci_low),
        high: num(row.ci_high),
      })),
  );
}

/** Theil of a run: between and within parts stacked, the total as a dashed line on top. */
function theilStacked(national: CsvRow[]): VlSpec {
  const [total, between, within] = INDEX_GROUPS[1].outcomes;
  const parts = runPoints(national, [between, within]);
  const totals = runPoints(national, [total]);
  const series = [outcomeLabel(between), outcomeLabel(within), outcomeLabel(total)];
  const tooltip = [
    { field: 'series', type: 'nominal' },
    { field: 'step', type: 'quantitative' },
    { field: 'value', type: 'quantitative', format: '.4~g' },
  ];
  return {
    title: INDEX_GROUPS[1].title,
    width: WIDTH,
    height: HEIGHT,
    encoding: { x: STEP_AXIS, color: seriesColor(series) },
    layer: [
      {
        data: { values: parts },
        mark: { type: 'area', opacity: 0.7 },
        encoding: {
          y: { field: 'value', type: 'quantitative', stack: 'zero', title: 'Theil T' },
          order: { field: 'series', sort: 'ascending' },
          tooltip,
        },
      },
      {
        data: { values: totals },
        mark: { type: 'line', strokeDash: [5, 3], strokeWidth: 2, point: true },
        encoding: { y: { field: 'value', type: 'quantitative' }, tooltip },
      },
    ],
  };
}

/** The index charts of one run. */
export function runIndexCharts(national: CsvRow[]): Chart[] {
  return INDEX_GROUPS.map((g) => ({
    id: g.id,
    spec:
      g.id === 'indices-theil'
        ? theilStacked(national)
        : linesOverTime({ title: g.title, yTitle: g.yTitle, points: runPoints(national, g.outcomes), band: false }),
  }));
}

/** The index charts of replications: means with 95% bands. */
export function repIndexCharts(tidy: CsvRow[]): Chart[] {
  return INDEX_GROUPS.map((g) => ({
    id: g.id,
    spec: linesOverTime({
      title: `${g.title} (mean and 95% interval)`,
      yTitle: g.yTitle,
      points: repPoints(tidy, g.outcomes),
      band: true,
    }),
  }));
}
