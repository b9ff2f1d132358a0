// The regions map on a canvas: a circle per region (area ∝ population, colour by the chosen
// outcome), links as lines. Regions with lon/lat sit where they are (equirectangular,
// shrunk by cos of the mean latitude); otherwise they sit on a circle.
import type { RegionRow } from '../src/engine/index.ts';
import type { Link, Region } from '../src/scenario/index.ts';
import { prepare } from './canvas.ts';
import { format, type Format } from './format.ts';

export interface Point {
  x: number;
  y: number;
}

export interface MapView {
  regions: Region[];
  rows: RegionRow[];
  links: Link[];
  /** Links added on the page, drawn in the accent colour. */
  added: Set<string>;
  column: keyof RegionRow;
  label: string;
  format: Format;
  /** The region clicked first when adding a link. */
  selected?: number;
  /** The region under the mouse. */
  hover?: number;
  /** The colour scale's ends: fixed over the run (see colourScale), not this year's extremes. */
  scale: [number, number];
}

/**
 * The colour scale over a run: the lowest and highest values of `column` in every year so
 * far. It only ever widens, so a colour means the same value in 2020 as in 2040 and
 * convergence shows as colours drawing together.
 */
export function colourScale(years: RegionRow[][], column: keyof RegionRow): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const rows of years) {
    for (const row of rows) {
      const v = Number(row[column]);
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

const PAD = 34;

export function linkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Positions in CSS pixels of a width × height box. */
export function layout(regions: Region[], width: number, height: number, pad = PAD): Point[] {
  const geo = regions.every((r) => Number.isFinite(r.lon) && Number.isFinite(r.lat));
  const raw = geo ? project(regions) : ring(regions.length);
  const xs = raw.map((p) => p.x);
  const ys = raw.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * pad) / (x1 - x0 || 1), (height - 2 * pad) / (y1 - y0 || 1));
  const offX = (width - (x1 - x0) * scale) / 2;
  const offY = (height - (y1 - y0) * scale) / 2;
  return raw.map((p) => ({ x: offX + (p.x - x0) * scale, y: offY + (p.y - y0) * scale }));
}

function project(regions: Region[]): Point[] {
  const meanLat = regions.reduce((s, r) => s + r.lat!, 0) / regions.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  return regions.map((r) => ({ x: r.lon! * k, y: -r.lat! }));
}

function ring(n: number): Point[] {
  if (n === 1) return [{ x: 0, y: 0 }];
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: Math.cos(a), y: Math.sin(a) };
  });
}

/** Circle radii: area proportional to population, the largest about a tenth of the box. */
export function radii(rows: RegionRow[], width: number, height: number): number[] {
  const max = Math.max(...rows.map((r) => r.population), 1);
  const biggest = Math.max(8, Math.min(width, height) / (rows.length > 8 ? 22 : 9));
  return rows.map((r) => Math.max(3, biggest * Math.sqrt(r.population / max)));
}

/** Light to dark blue over [0, 1]. */
function colour(t: number): string {
  const u = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const mix = (a: number, b: number) => Math.round(a + (b - a) * u);
  return `rgb(${mix(222, 8)},${mix(235, 64)},${mix(247, 129)})`;
}

export function drawMap(canvas: HTMLCanvasElement, view: MapView): { points: Point[]; radii: number[] } {
  const { ctx, width, height } = prepare(canvas);
  const sizes = radii(view.rows, width, height);
  // Keep the largest circle and its label inside the box.
  const points = layout(view.regions, width, height, Math.max(PAD, Math.max(...sizes) + 18));
  const index = new Map(view.regions.map((r, i) => [r.id, i]));
  for (const l of view.links) {
    const a = points[index.get(l.from)!];
    const b = points[index.get(l.to)!];
    if (!a || !b) continue;
    const added = view.added.has(linkKey(l.from, l.to));
    ctx.strokeStyle = added ? '#c0392b' : '#bbb';
    ctx.lineWidth = added ? 3 : 1;
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }
  ctx.lineWidth = 1;
  const values = view.rows.map((r) => Number(r[view.column]));
  const [lo, hi] = view.scale;
  ctx.font = '11px system-ui, sans-serif';
  // Few regions: their names fit; many: their ids, the name is in the hover box.
  const named = view.regions.length <= 8;
  view.rows.forEach((row, i) => {
    const p = points[i];
    ctx.fillStyle = colour(hi > lo ? (values[i] - lo) / (hi - lo) : 0.5);
    const ring = i === view.selected || i === view.hover;
    ctx.strokeStyle = ring ? '#c0392b' : '#345';
    ctx.lineWidth = ring ? 3 : 1;
    ctx.beginPath();
    ctx.arc(p.x, p.y, sizes[i], 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = '#222';
    ctx.fillText(named ? view.regions[i].name : row.region, p.x + sizes[i] + 2, p.y + 4);
  });
  legend(ctx, view, lo, hi, height);
  canvas.dataset.scale = `${lo}|${hi}`;
  return { points, radii: sizes };
}

function legend(ctx: CanvasRenderingContext2D, view: MapView, lo: number, hi: number, height: number): void {
  const w = 120;
  const y = height - 14;
  for (let i = 0; i < w; i++) {
    ctx.fillStyle = colour(i / (w - 1));
    ctx.fillRect(8 + i, y, 1, 8);
  }
  ctx.fillStyle = '#333';
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillText(view.label, 8, y - 4);
  ctx.fillText(`${format(lo, view.format)} – ${format(hi, view.format)}`, 8 + w + 6, y + 8);
}

/** The region under a point (CSS pixels), if any: the nearest one within its circle + 6 px. */
export function hit(points: Point[], sizes: number[], x: number, y: number): number | undefined {
  let best: number | undefined;
  let bestD = Infinity;
  points.forEach((p, i) => {
    const d = Math.hypot(p.x - x, p.y - y);
    if (d <= sizes[i] + 6 && d < bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}
