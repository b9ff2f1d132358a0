// Policies against a baseline: one chart per headline outcome with every scenario's mean
// and 95% band on one axis, and one set of difference panels (policy − baseline, every
// policy in each panel, so policies compare side by side). Constant or empty outcomes get
// no chart: a flat line says nothing.
import type { Chart, VlSpec } from '../page.ts';
import type { CsvRow } from '../files.ts';
import { outcomeLabel, outcomeLabelWithUnit } from '../labels.ts';
import { COMPACT_LABELS, HEIGHT, PANEL_COLUMNS, PANEL_HEIGHT, PANEL_WIDTH, STEP_AXIS, WIDTH, seriesColor, unique } from './common.ts';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Headline outcomes, in the order the comparison shows them. */
export const COMPARISON_OUTCOMES = [
  'gdp_per_capita', 'cv_gdp_pc', 'sd_log_gdp_pc', 'theil', 'gini_regions', 'gini_households',
  'urban_rural_ratio', 'poverty_rate', 'migrant_share', 'transfers',
];

/** True when the values hold at least two different finite numbers. */
export function varies(values: unknown[]): boolean {
  const finite = values.map(num).filter((v): v is number => v !== null);
  return finite.length > 0 && finite.some((v) => Math.abs(v - finite[0]) > 1e-12 * Math.max(1, Math.abs(finite[0])));
}

interface Level { series: string; step: number | null; value: number | null; low: number | null; high: number | null }

/** Every scenario's mean and interval of one outcome over time: the baseline once, then each policy. */
function levels(rows: CsvRow[], outcome: string, baseline: string): Level[] {
  const of = rows.filter((r) => r.outcome === outcome);
  const policies = unique(of.map((r) => String(r.scenario)));
  const base = of.filter((r) => r.scenario === policies[0])
    .map((r) => ({ series: baseline, step: num(r.step), value: num(r.baseline_mean), low: num(r.baseline_ci_low), high: num(r.baseline_ci_high) }));
  const pol = of.map((r) => ({ series: String(r.scenario), step: num(r.step), value: num(r.policy_mean), low: num(r.policy_ci_low), high: num(r.policy_ci_high) }));
  return [...base, ...pol];
}

function levelSpec(outcome: string, points: Level[], money: string): VlSpec {
  const series = unique(points.map((p) => p.series));
  const yTitle = outcomeLabelWithUnit(outcome, money);
  const tooltip = [
    { field: 'series', type: 'nominal', title: 'scenario' },
    { field: 'step', type: 'quantitative' },
    { field: 'value', type: 'quantitative', title: 'mean', format: ',.4~g' },
    { field: 'low', type: 'quantitative', title: '95% low', format: ',.4~g' },
    { field: 'high', type: 'quantitative', title: '95% high', format: ',.4~g' },
  ];
  const hasBands = points.some((p) => p.low !== null);
  return {
    title: { text: outcomeLabel(outcome), subtitle: 'mean across replications of each scenario, 95% interval shaded' },
    width: WIDTH,
    height: HEIGHT,
    data: { values: points },
    encoding: { x: STEP_AXIS, color: seriesColor(series, 'scenario') },
    layer: [
      ...(hasBands ? [{ mark: { type: 'area', opacity: 0.15 }, encoding: { y: { field: 'low', type: 'quantitative', title: yTitle }, y2: { field: 'high' } } }] : []),
      {
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: { y: { field: 'value', type: 'quantitative', title: yTitle, scale: { zero: false }, axis: { labelExpr: COMPACT_LABELS } }, tooltip },
      },
    ],
  };
}

/** One chart per headline outcome that moves, every scenario on one axis. */
export function levelCharts(rows: CsvRow[], baseline: string, money: string): Chart[] {
  return COMPARISON_OUTCOMES.flatMap((o) => {
    const points = levels(rows, o, baseline);
    if (!varies(points.map((p) => p.value))) return [];
    return [{ id: `outcome-${o.replace(/_/g, '-')}`, spec: levelSpec(o, points, money) }];
  });
}

/** Difference panels: one per outcome whose differences are not all zero, every policy in each. */
export function differenceChart(rows: CsvRow[], money: string): Chart | undefined {
  const shown = unique(rows.map((r) => String(r.outcome)))
    .filter((o) => varies([0, ...rows.filter((r) => r.outcome === o).map((r) => r.diff_mean)]));
  if (shown.length === 0) return undefined;
  const values = rows.filter((r) => shown.includes(String(r.outcome))).map((r) => ({
    label: outcomeLabelWithUnit(String(r.outcome), money),
    series: String(r.scenario),
    step: num(r.step),
    diff: num(r.diff_mean),
    low: num(r.ci_low),
    high: num(r.ci_high),
  }));
  const policies = unique(values.map((v) => v.series));
  const labels = unique(values.map((v) => v.label));
  return {
    id: 'differences',
    spec: {
      title: { text: 'Policy minus baseline', subtitle: 'mean paired difference with its 95% interval; the grey line is no difference; each panel has its own scale, shared by all policies' },
      data: { values },
      facet: { field: 'label', type: 'nominal', title: null, sort: labels, header: { labelFontSize: 11, labelLimit: PANEL_WIDTH + 40 } },
      columns: PANEL_COLUMNS,
      resolve: { scale: { y: 'independent' } },
      spacing: { row: 24, column: 36 },
      spec: {
        width: PANEL_WIDTH,
        height: PANEL_HEIGHT,
        encoding: { x: STEP_AXIS, color: seriesColor(policies, 'policy') },
        layer: [
          { mark: { type: 'area', opacity: 0.15 }, encoding: { y: { field: 'low', type: 'quantitative', title: 'policy − baseline' }, y2: { field: 'high' } } },
          { mark: { type: 'rule', color: '#8c959f' }, encoding: { y: { datum: 0, type: 'quantitative' }, color: { value: '#8c959f' } } },
          {
            mark: { type: 'line', strokeWidth: 2 },
            encoding: {
              y: { field: 'diff', type: 'quantitative', title: 'policy − baseline', axis: { labelExpr: COMPACT_LABELS } },
              tooltip: [
                { field: 'series', type: 'nominal', title: 'policy' },
                { field: 'step', type: 'quantitative' },
                { field: 'diff', type: 'quantitative', format: ',.4~g', title: 'difference' },
                { field: 'low', type: 'quantitative', format: ',.4~g', title: '95% low' },
                { field: 'high', type: 'quantitative', format: ',.4~g', title: '95% high' },
              ],
            },
          },
        ],
      },
    },
  };
}
