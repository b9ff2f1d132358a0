// One small time-series chart on a canvas: the run so far, the run without lever moves
// (grey, when there is one), a dotted line at each step where a lever moved, round ticks on
// both axes (years on x) and, under the mouse, a guide line at the year pointed at.
import { niceRange, niceTicks } from './axis.ts';
import { prepare } from './canvas.ts';
import { format, type Format } from './format.ts';

export interface SeriesChart {
  values: number[];
  baseline?: number[];
  /** Last step of the run: the x axis spans 0..steps from the start. */
  steps: number;
  format: Format;
  /** Steps at which a lever moved. */
  marks: number[];
  /** The label of a step on the x axis (a calendar year where there is one). */
  tick: (step: number) => string;
  /** The step under the mouse, if any. */
  hover?: number;
}

const PAD = { left: 46, right: 16, top: 7, bottom: 18 };

function range(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  // A flat series gets a band around it, so it is drawn mid-height, not on an edge.
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
    const pad = Math.abs(hi) * 0.05 || 0.05;
    lo -= pad;
    hi += pad;
  }
  return niceRange(lo, hi, 4);
}

function line(ctx: CanvasRenderingContext2D, values: number[], x: (i: number) => number, y: (v: number) => number): void {
  ctx.beginPath();
  let open = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // A gap (NaN) breaks the line instead of dropping it to the axis.
    if (!Number.isFinite(v)) {
      open = false;
      continue;
    }
    if (open) ctx.lineTo(x(i), y(v));
    else ctx.moveTo(x(i), y(v));
    open = true;
  }
  ctx.stroke();
}

/** The x position of step i in a chart of `width` CSS pixels. */
const xOf = (width: number, steps: number) => (i: number) => PAD.left + ((width - PAD.left - PAD.right) * i) / Math.max(1, steps);

/** The step nearest to x (CSS pixels from the canvas' left edge), within 0..steps. */
export function stepAt(width: number, steps: number, x: number): number {
  const w = width - PAD.left - PAD.right;
  return Math.min(steps, Math.max(0, Math.round(((x - PAD.left) / w) * Math.max(1, steps))));
}

export function drawChart(canvas: HTMLCanvasElement, chart: SeriesChart): void {
  const { ctx, width, height } = prepare(canvas);
  const [lo, hi] = range([...chart.values, ...(chart.baseline ?? [])]);
  const h = height - PAD.top - PAD.bottom;
  const x = xOf(width, chart.steps);
  const y = (v: number) => PAD.top + h - (h * (v - lo)) / (hi - lo);
  const yTicks = niceTicks(lo, hi, h > 90 ? 4 : 3);
  const xTicks = niceTicks(0, chart.steps, Math.max(2, Math.min(5, Math.floor((width - PAD.left) / 60))));
  ctx.font = '10px system-ui, sans-serif';
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#eee';
  ctx.fillStyle = '#666';
  ctx.textAlign = 'right';
  for (const t of yTicks) {
    ctx.beginPath();
    ctx.moveTo(PAD.left, y(t));
    ctx.lineTo(width - PAD.right, y(t));
    ctx.stroke();
    ctx.fillText(format(t, chart.format), PAD.left - 4, y(t) + 3);
  }
  ctx.textAlign = 'center';
  for (const t of xTicks) ctx.fillText(chart.tick(t), x(t), height - 4);
  ctx.strokeStyle = '#ccc';
  ctx.strokeRect(PAD.left, PAD.top, width - PAD.left - PAD.right, h);
  ctx.setLineDash([2, 3]);
  ctx.strokeStyle = '#c0392b';
  for (const s of chart.marks) line(ctx, [lo, hi], () => x(s), (v) => y(v));
  ctx.setLineDash([]);
  // The baseline first, thin and grey, so the run is drawn over it where the two agree.
  if (chart.baseline) stroke(ctx, BASELINE, () => line(ctx, chart.baseline!, x, y));
  stroke(ctx, RUN, () => line(ctx, chart.values, x, y));
  if (chart.hover !== undefined) guide(ctx, chart, x(chart.hover), y, PAD.top, PAD.top + h);
  canvas.dataset.points = String(chart.values.length);
  canvas.dataset.baseline = String(chart.baseline?.length ?? 0);
  canvas.dataset.yticks = yTicks.map((t) => format(t, chart.format)).join('|');
  canvas.dataset.xticks = xTicks.map(chart.tick).join('|');
}

function guide(ctx: CanvasRenderingContext2D, chart: SeriesChart, gx: number, y: (v: number) => number, top: number, bottom: number): void {
  ctx.strokeStyle = '#999';
  ctx.beginPath();
  ctx.moveTo(gx, top);
  ctx.lineTo(gx, bottom);
  ctx.stroke();
  const v = chart.values[chart.hover!];
  if (!Number.isFinite(v)) return;
  ctx.fillStyle = RUN.color;
  ctx.beginPath();
  ctx.arc(gx, y(v), 3, 0, 2 * Math.PI);
  ctx.fill();
}

/** Line styles; style.css draws the legend's swatches with the same ones. */
const RUN = { color: '#1f6fb2', width: 2.25 };
const BASELINE = { color: '#8f8f8f', width: 1.5 };

function stroke(ctx: CanvasRenderingContext2D, style: { color: string; width: number }, draw: () => void): void {
  ctx.strokeStyle = style.color;
  ctx.lineWidth = style.width;
  draw();
  ctx.lineWidth = 1;
}
