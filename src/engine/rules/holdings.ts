// Investors' holdings follow the capital of a region when it leaves: a firm's exit (phase 9,
// firms.ts) pays it back to them as cash, a plant's relocation (relocation.ts) moves it to
// the new region less the moving cost.
import type { Model } from '../state.ts';

/**
 * Moves `amount` of capital out of region r in investors' holdings, in proportion to what
 * each holds there: into region `to` scaled by `keep` (relocation), or back to them as
 * cash when `to` is −1 (exit).
 */
export function withdraw(model: Model, r: number, amount: number, to: number, keep: number): void {
  const { investors: inv, regions } = model;
  const n = regions.count;
  let total = 0;
  for (let k = 0; k < inv.count; k++) total += inv.holdings[k * n + r];
  if (total <= 0) return;
  const share = Math.min(1, amount / total);
  for (let k = 0; k < inv.count; k++) {
    const moved = inv.holdings[k * n + r] * share;
    inv.holdings[k * n + r] -= moved;
    if (to < 0) inv.cash[k] += moved;
    else inv.holdings[k * n + to] += moved * keep;
  }
}
