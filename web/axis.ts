// Axis ticks at round values (1, 2 or 5 × a power of ten), as a reader draws them by hand.

/** The round step between about `count` ticks over [lo, hi]. */
function tickStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/** About `count` round values covering [lo, hi], the first ≥ lo and the last ≤ hi. */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi <= lo) return [lo];
  const step = tickStep(lo, hi, count);
  const ticks: number[] = [];
  // Multiples of the step: integer arithmetic on k keeps 0.1 + 0.2 from showing up as 0.30000000000000004.
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

/** A range padded to the ticks around it, so lines do not touch the frame. */
export function niceRange(lo: number, hi: number, count = 4): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo) return [lo, hi];
  const step = tickStep(lo, hi, count);
  // The epsilons keep a bound that is already a multiple (0, say) where it is.
  return [Math.min(lo, Math.floor(lo / step + 1e-9) * step), Math.max(hi, Math.ceil(hi / step - 1e-9) * step)];
}
