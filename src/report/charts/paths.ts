// What happened over time: the levers the schedule moves (step lines, one panel per lever,
// moves made on the teaching page included, since a downloaded scenario carries them in its
// schedule) and every region's path of GDP per person and of population.
import { compileSchedule, getPath, type Scenario } from '../../scenario/index.ts';
import type { Chart, VlSpec } from '../page.ts';
import type { CsvRow } from '../files.ts';
import type { ScenarioInfo } from '../scenario.ts';
import { outcomeLabelWithUnit } from '../labels.ts';
import { COMPACT_LABELS, PANEL_COLUMNS, PANEL_HEIGHT, PANEL_WIDTH, STEP_AXIS, WIDTH } from './common.ts';

interface LeverPoint { lever: string; step: number; value: number }

/** The value in force of every numeric lever the schedule sets, at every step 0..steps. */
export function leverPaths(scenario: ScenarioInfo): LeverPoint[] {
  const steps = scenario.steps ?? 0;
  let byStep;
  try {
    byStep = compileSchedule({ ...(scenario.raw as unknown as Scenario), steps });
  } catch {
    return [];
  }
  const keys = [...new Set(byStep.flat().flatMap((a) => (a.kind === 'set' && typeof a.value === 'number' ? [a.key] : [])))];
  return keys.flatMap((key) => {
    let value = Number(getPath(scenario.raw, key));
    return byStep.map((actions, step) => {
      for (const a of actions) if (a.kind === 'set' && a.key === key) value = Number(a.value);
      return { lever: key, step, value };
    });
  });
}

/** One panel per lever the schedule moves, or undefined when nothing moves. */
export function leverChart(scenario: ScenarioInfo): Chart | undefined {
  const values = leverPaths(scenario);
  if (values.length === 0) return undefined;
  return {
    id: 'levers',
    spec: {
      title: { text: 'Levers over time', subtitle: 'the value in force at each step: the scenario\'s value, then its schedule\'s changes' },
      data: { values },
      facet: { field: 'lever', type: 'nominal', title: null, header: { labelFontSize: 11, labelLimit: PANEL_WIDTH + 40 } },
      columns: PANEL_COLUMNS,
      resolve: { scale: { y: 'independent' } },
      spacing: { row: 20, column: 36 },
      spec: {
        width: PANEL_WIDTH,
        height: PANEL_HEIGHT * 0.8,
        mark: { type: 'line', interpolate: 'step-after', point: true, strokeWidth: 2, color: '#c0392b' },
        encoding: {
          x: STEP_AXIS,
          y: { field: 'value', type: 'quantitative', title: 'value', scale: { zero: false } },
          tooltip: [{ field: 'lever' }, { field: 'step', type: 'quantitative' }, { field: 'value', type: 'quantitative', format: '.4~g' }],
        },
      },
    },
  };
}

function pathSpec(rows: CsvRow[], names: Map<string, string>, column: string, money: string): VlSpec {
  const values = rows.flatMap((r) => (typeof r[column] === 'number' && typeof r.step === 'number'
    ? [{ step: r.step, region: names.get(String(r.region)) ?? String(r.region), group: String(r.group ?? ''), value: r[column] }]
    : []));
  const title = outcomeLabelWithUnit(column, money);
  return {
    title: { text: `${title}, every region`, subtitle: 'one line per region, coloured by its group; hover a line for its name' },
    width: WIDTH,
    height: 300,
    data: { values },
    mark: { type: 'line', strokeWidth: 1.5, opacity: 0.85 },
    encoding: {
      x: STEP_AXIS,
      y: { field: 'value', type: 'quantitative', title, scale: { zero: false }, axis: { labelExpr: COMPACT_LABELS } },
      color: { field: 'group', type: 'nominal', title: 'group', legend: { orient: 'right' } },
      detail: { field: 'region' },
      tooltip: [{ field: 'region' }, { field: 'group' }, { field: 'step', type: 'quantitative' }, { field: 'value', type: 'quantitative', title, format: ',.4~r' }],
    },
  };
}

/** Every region's path of GDP per person and of population over the run. */
export function regionPathCharts(rows: CsvRow[], names: Map<string, string>, money: string): Chart[] {
  return [
    { id: 'paths-gdp-pc', spec: pathSpec(rows, names, 'gdp_per_capita', money) },
    { id: 'paths-population', spec: pathSpec(rows, names, 'population', money) },
  ];
}
