// Charts of calibrate and backtest: the objective over the evaluations, one-parameter
// profiles around the optimum, and simulated against observed values across regions.
import type { Chart, VlSpec } from '../page.ts';
import { formatNumber } from '../format.ts';
import { PANEL_HEIGHT, PANEL_WIDTH } from './common.ts';

export interface TracePoint { evaluation: number; phase: string; objective: number; best: number }
export interface ProfilePoint { parameter: string; value: number; objective: number; optimum: boolean }
export interface ScatterPoint { region: string; observed: number; simulated: number; low?: number | null; high?: number | null }

/** Objective of each evaluation (points, by phase) and the best so far (a step line); log scale. */
export function objectiveTraceChart(points: TracePoint[]): Chart {
  const x = { field: 'evaluation', type: 'quantitative', title: 'evaluation (in the order made)', axis: { tickMinStep: 1, format: 'd' } };
  const y = { type: 'quantitative', title: 'objective (weighted squared deviations, log scale)', scale: { type: 'log' } };
  return {
    id: 'objective-trace',
    spec: {
      width: 560,
      height: 260,
      data: { values: points.filter((p) => Number.isFinite(p.objective) && p.objective > 0) },
      layer: [
        { mark: { type: 'line', interpolate: 'step-after', color: '#1f2328', strokeWidth: 1.5 }, encoding: { x, y: { ...y, field: 'best' } } },
        {
          mark: { type: 'circle', size: 45, opacity: 0.8 },
          encoding: {
            x,
            y: { ...y, field: 'objective' },
            color: { field: 'phase', type: 'nominal', title: 'phase', scale: { domain: ['design', 'search', 'profile'] }, legend: { orient: 'bottom' } },
            tooltip: [
              { field: 'evaluation', type: 'quantitative' },
              { field: 'phase', type: 'nominal' },
              { field: 'objective', type: 'quantitative', format: '.4~g' },
              { field: 'best', type: 'quantitative', title: 'best so far', format: '.4~g' },
            ],
          },
        },
      ],
    },
  };
}

/** One panel per parameter: objective against its value, others at the optimum; the rule marks optimum + Δ. */
export function profileChart(points: ProfilePoint[], level: number): Chart {
  const x = { field: 'value', type: 'quantitative', title: 'value', scale: { zero: false } };
  const y = { field: 'objective', type: 'quantitative', title: 'objective', scale: { zero: false } };
  const layer: VlSpec[] = [
    { mark: { type: 'line', point: true, color: '#0969da' }, encoding: { x, y, tooltip: [{ field: 'value', type: 'quantitative', format: '.4~g' }, { field: 'objective', type: 'quantitative', format: '.4~g' }] } },
    { transform: [{ filter: 'datum.optimum' }], mark: { type: 'point', shape: 'diamond', size: 120, filled: true, color: '#cf222e' }, encoding: { x, y } },
    { mark: { type: 'rule', strokeDash: [4, 3], color: '#8c959f' }, encoding: { y: { datum: level } } },
  ];
  return {
    id: 'profiles',
    spec: {
      data: { values: points },
      facet: { field: 'parameter', type: 'nominal', title: null, header: { labelFontSize: 12 } },
      columns: 3,
      resolve: { scale: { x: 'independent', y: 'independent' } },
      spec: { width: PANEL_WIDTH + 40, height: PANEL_HEIGHT + 30, layer },
    },
  };
}

/** Simulated against observed, one point per region, with the 45° line; error bars when an interval is given. */
export function fitScatterChart(id: string, title: string, subtitle: string, unit: string, points: ScatterPoint[]): Chart {
  const all = points.flatMap((p) => [p.observed, p.simulated, p.low ?? p.simulated, p.high ?? p.simulated]).filter(Number.isFinite);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const x = { field: 'observed', type: 'quantitative', title: `observed ${unit}`, scale: { domain: [lo, hi], zero: false } };
  const y = { field: 'simulated', type: 'quantitative', title: `simulated ${unit}`, scale: { domain: [lo, hi], zero: false } };
  const bars = points.some((p) => p.low !== undefined && p.low !== null);
  return {
    id,
    spec: {
      title: { text: title, subtitle },
      width: 300,
      height: 300,
      layer: [
        { data: { values: [{ observed: lo, simulated: lo }, { observed: hi, simulated: hi }] }, mark: { type: 'line', color: '#8c959f', strokeDash: [4, 3] }, encoding: { x, y } },
        ...(bars ? [{ data: { values: points }, mark: { type: 'rule', color: '#0969da', opacity: 0.5 }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } }] : []),
        {
          data: { values: points },
          mark: { type: 'circle', size: 60, color: '#0969da', opacity: 0.85 },
          encoding: {
            x, y,
            tooltip: [
              { field: 'region', type: 'nominal' },
              { field: 'observed', type: 'quantitative', format: '.4~g' },
              { field: 'simulated', type: 'quantitative', format: '.4~g' },
            ],
          },
        },
        { data: { values: points }, mark: { type: 'text', dx: 7, align: 'left', fontSize: 9, color: '#57606a' }, encoding: { x, y, text: { field: 'region' } } },
      ],
    },
  };
}

export const fitSubtitle = (r2: number, rmse: number, n: number): string =>
  `R² (45° line) = ${formatNumber(r2)}, RMSE = ${formatNumber(rmse)}, ${n} regions`;
