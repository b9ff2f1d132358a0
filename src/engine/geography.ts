// Phase 2, geography: travel costs d_rs over the links (recomputed when links change),
// market access MA_r = Σ_s Y_s·exp(−θ(d_rs + b·1[r≠s])) from last year's output,
// and the output price p_r = (MA_r / mean MA)^μ.
import { withCost } from '../scenario/index.ts';
import { shortestPaths, type Edge } from './network.ts';
import type { Model } from './state.ts';
import { exp, pow } from '../math/index.ts';

export function geography(model: Model): void {
  if (model.linksChanged) {
    model.distance = travelCosts(model);
    model.linksChanged = false;
  }
  const { regions, params, policy } = model;
  marketAccess(
    model.distance, model.lastGdp, params.tradeDistanceDecay, policy.tradeBarrier,
    params.marketAccessElasticity, regions.marketAccess, regions.price,
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
  outAccess: Float64Array, outPrice: Float64Array,
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
  const meanAccess = total / n;
  for (let r = 0; r < n; r++) {
    outPrice[r] = meanAccess > 0 && outAccess[r] > 0 ? pow(outAccess[r] / meanAccess, mu) : 1;
  }
}
