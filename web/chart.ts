// One small time-series chart on a canvas: the run so far, the run without lever moves
// (grey, when there is one) and a dotted line at each step where a lever moved.
import { prepare } from './canvas.ts';
import { format, type Format } from './format.ts';

export interface SeriesChart {
  title: string;
  values: number[];
  baseline?: number[];
  /** Last step of the run: the x axis spans 0..steps from the start. */
  steps: number;
  format: Format;
  /** Steps at which a lever moved. */
  marks: number[];
}

const PAD = { left: 54, right: 8, top: 22, bottom: 16 };

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
  return [lo, hi];
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

export function drawChart(canvas: HTMLCanvasElement, chart: SeriesChart): void {
  const { ctx, width, height } = prepare(canvas);
  const [lo, hi] = range([...chart.values, ...(chart.baseline ?? [])]);
  const w = width - PAD.left - PAD.right;
  const h = height - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (w * i) / Math.max(1, chart.steps);
  const y = (v: number) => PAD.top + h - (h * (v - lo)) / (hi - lo);
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillStyle = '#222';
  ctx.fillText(chart.title, PAD.left, 14);
  const last = chart.values[chart.values.length - 1];
  ctx.textAlign = 'right';
  ctx.fillText(format(last, chart.format), width - PAD.right, 14);
  ctx.fillStyle = '#777';
  ctx.font = '10px system-ui, sans-serif';
  ctx.fillText(format(hi, chart.format), PAD.left - 4, PAD.top + 8);
  ctx.fillText(format(lo, chart.format), PAD.left - 4, PAD.top + h);
  ctx.textAlign = 'left';
  ctx.fillText('0', PAD.left, height - 3);
  ctx.textAlign = 'right';
  ctx.fillText(`year ${chart.steps}`, width - PAD.right, height - 3);
  ctx.textAlign = 'left';
  ctx.strokeStyle = '#ddd';
  ctx.strokeRect(PAD.left, PAD.top, w, h);
  ctx.setLineDash([2, 3]);
  ctx.strokeStyle = '#c0392b';
  for (const s of chart.marks) line(ctx, [lo, hi], () => x(s), (v) => y(v));
  ctx.setLineDash([]);
  // The baseline first, thin and grey, so the run is drawn over it where the two agree.
  if (chart.baseline) stroke(ctx, BASELINE, () => line(ctx, chart.baseline!, x, y));
  stroke(ctx, RUN, () => line(ctx, chart.values, x, y));
  canvas.dataset.points = String(chart.values.length);
  canvas.dataset.baseline = String(chart.baseline?.length ?? 0);
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
