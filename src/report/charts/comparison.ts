// Policy against baseline: the difference in each outcome over time with its 95%
// interval, one small panel per outcome, one chart per policy.
import type { Chart, VlSpec } from '../page.ts';
import type { CsvRow } from '../files.ts';
import { outcomeLabel } from '../labels.ts';
import { COMPACT_LABELS, PANEL_COLUMNS, PANEL_HEIGHT, PANEL_WIDTH, STEP_AXIS, unique } from './common.ts';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function panelRows(rows: CsvRow[]): Record<string, unknown>[] {
  return rows.map((r) => ({
    label: outcomeLabel(String(r.outcome)),
    step: num(r.step),
    diff: num(r.diff_mean),
    low: num(r.ci_low),
    high: num(r.ci_high),
    baseline: num(r.baseline_mean),
    policy: num(r.policy_mean),
  }));
}

function differenceSpec(policy: string, rows: CsvRow[]): VlSpec {
  const values = panelRows(rows);
  const labels = unique(values.map((v) => v.label as string));
  const y = { field: 'diff', type: 'quantitative', title: 'policy − baseline', axis: { labelExpr: COMPACT_LABELS } };
  return {
    title: { text: `${policy} minus baseline`, subtitle: 'mean difference with its 95% interval; the grey line is no difference' },
    data: { values },
    facet: { field: 'label', type: 'nominal', title: null, sort: labels, header: { labelFontSize: 11, labelLimit: PANEL_WIDTH } },
    columns: PANEL_COLUMNS,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: PANEL_WIDTH,
      height: PANEL_HEIGHT,
      layer: [
        {
          mark: { type: 'area', opacity: 0.2, color: '#0969da' },
          encoding: { x: STEP_AXIS, y: { field: 'low', type: 'quantitative', title: 'policy − baseline' }, y2: { field: 'high' } },
        },
        { mark: { type: 'rule', color: '#8c959f' }, encoding: { y: { datum: 0, type: 'quantitative' } } },
        {
          mark: { type: 'line', color: '#0969da', strokeWidth: 2 },
          encoding: {
            x: STEP_AXIS,
            y,
            tooltip: [
              { field: 'step', type: 'quantitative' },
              { field: 'baseline', type: 'quantitative', format: '.4~g' },
              { field: 'policy', type: 'quantitative', format: '.4~g' },
              { field: 'diff', type: 'quantitative', format: '.4~g', title: 'difference' },
              { field: 'low', type: 'quantitative', format: '.4~g', title: '95% low' },
              { field: 'high', type: 'quantitative', format: '.4~g', title: '95% high' },
            ],
          },
        },
      ],
    },
  };
}

/** One chart per policy scenario, in the order they appear in comparison.csv. */
export function comparisonCharts(rows: CsvRow[]): Chart[] {
  const policies = unique(rows.map((r) => String(r.scenario)));
  return policies.map((p, i) => ({
    id: `comparison-${i + 1}`,
    spec: differenceSpec(p, rows.filter((r) => String(r.scenario) === p)),
  }));
}
