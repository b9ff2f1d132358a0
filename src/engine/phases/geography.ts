// Phase 2, geography: travel costs d_rs over the links (recomputed when links change),
// market access MA_r = Σ_s Y_s·exp(−θ(d_rs + b·1[r≠s])) from last year's output,
// and the output price p_r = (MA_r / M)^μ. The reference M = k₀·Σ_s Y_s is market access
// per yuan of national output at step 0 (k₀ = mean MA₀ / ΣY₀), times today's output: at
// step 0 it is the mean MA (the calibration's normalisation), and when trade gets cheaper
// (a lower barrier, a new link) every region's access rises against it, so that lower trade
// costs raise output (gains from trade) instead of only shifting prices between regions.
import { withCost } from '../../scenario/index.ts';
import { shortestPaths, type Edge } from '../rules/network.ts';
import type { Model } from '../state.ts';
import { exp, pow } from '../../math/index.ts';

export function geography(model: Model): void {
  if (model.linksChanged) {
    model.distance = travelCosts(model);
    model.linksChanged = false;
  }
  const { regions, params, policy } = model;
  let output = 0;
  for (let r = 0; r < regions.count; r++) output += model.lastGdp[r];
  marketAccess(
    model.distance, model.lastGdp, params.tradeDistanceDecay, policy.tradeBarrier,
    params.marketAccessElasticity, regions.marketAccess, regions.price, model.accessPerOutput * output,
  );
}

/**
 * Shortest-path travel costs from the model's current links. Resolved scenarios and
 * compiled schedules give every link its cost; one that still has none (no coordinates)
 * carries no traffic.
 */
export function travelCosts(model: Model): Float64Array {
  const ids = model.regions.ids;
  const edges: Edge[] = model.links.map((link) => ({
    a: ids.indexOf(link.from),
    b: ids.indexOf(link.to),
    cost: withCost(link, model.scenario.regions, model.params.linkCostPerKm).cost ?? Infinity,
  }));
  return shortestPaths(ids.length, edges);
}

/** Fills market access and prices; unreachable pairs add nothing. */
export function marketAccess(
  distance: Float64Array, gdp: ArrayLike<number>, theta: number, barrier: number, mu: number,
  outAccess: Float64Array, outPrice: Float64Array, reference?: number,
): void {
  const n = outAccess.length;
  let total = 0;
  for (let r = 0; r < n; r++) {
    let ma = 0;
    for (let s = 0; s < n; s++) {
      const d = distance[r * n + s];
      if (d === Infinity) continue;
      ma += gdp[s] * exp(-theta * (d + (r === s ? 0 : barrier)));
    }
    outAccess[r] = ma;
    total += ma;
  }
  const norm = reference !== undefined && reference > 0 ? reference : total / n;
  for (let r = 0; r < n; r++) {
    outPrice[r] = norm > 0 && outAccess[r] > 0 ? pow(outAccess[r] / norm, mu) : 1;
  }
}
