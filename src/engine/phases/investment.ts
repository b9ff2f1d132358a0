// Phase 8, investment. Each investor splits its new funds across regions by a logit with
// scale β_k over the expected net return R_s = MPK_s − δ − κ·1[s ≠ home] + subsidy_s,
// each region weighted by its capital K_s: share_s ∝ K_s·exp(β_k·R_s). At equal returns
// every region's capital then grows at the same rate, so a calibrated economy stays on its
// path (issue 8: weighting by urban labour ran rich regions' capital per worker down).
// A region with workers but no capital yet is weighted as if it had the national capital
// per efficiency unit of labour.
// MPK_s is the region's capital income per unit of capital (marginal = average under
// constant returns at the going wage); where a region has workers but no capital yet, it is
// the return a new firm of mean productivity would earn at the going wage. All capital
// depreciates at δ first, so that K ← (1−δ)K + I holds in every region. In each region a
// share `entryShare` of the funds founds new firms (entry.ts); the rest goes to its firms
// in proportion to their marginal product of capital, MPK_j ∝ z_j^(1/α) at the common wage
// (MODEL.md). A firm's capital then tends to z_j^(1/α)/Σz^(1/α) of the region's, bounded,
// where shares in proportion to capital income K_j·MPK_j let the best firm's share grow
// without bound (issue 8: one firm held 57% of its region's capital).
import { enter } from '../rules/entry.ts';
import { returnOnCapital } from '../rules/firm-return.ts';
import type { Model } from '../state.ts';
import { exp, pow } from '../../math/index.ts';

export function investment(model: Model): void {
  const { regions, investors: inv, params, firms } = model;
  const n = regions.count;
  const returns = expectedReturns(model);
  depreciate(model);
  regions.investment.fill(0);
  regions.firmEntries.fill(0);
  const shares = new Float64Array(n);
  for (let home = 0; home < n; home++) {
    logitShares(model, returns, home, shares);
    for (let k = 0; k < inv.count; k++) {
      if (inv.home[k] !== home || inv.funds[k] <= 0) continue;
      for (let s = 0; s < n; s++) {
        const amount = inv.funds[k] * shares[s];
        inv.holdings[k * n + s] += amount;
        regions.investment[s] += amount;
      }
      inv.funds[k] = 0;
    }
  }
  // MPK_j at a common wage is proportional to z_j^(1/α) (firm-return.ts).
  const mpk = new Float64Array(firms.count);
  const mpkByRegion = new Float64Array(n);
  const firmsByRegion = new Float64Array(n);
  for (let j = 0; j < firms.count; j++) {
    mpk[j] = pow(firms.productivity[j], 1 / params.alpha);
    mpkByRegion[firms.region[j]] += mpk[j];
    firmsByRegion[firms.region[j]]++;
  }
  const existing = firms.count;
  const toExisting = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const I = regions.investment[s];
    if (I <= 0) continue;
    const entryFunds = firmsByRegion[s] === 0 ? I : params.entryShare * I;
    const founded = enter(model, s, entryFunds, firmsByRegion[s]);
    toExisting[s] = I - (founded ? entryFunds : 0);
  }
  for (let j = 0; j < existing; j++) {
    const s = firms.region[j];
    firms.capital[j] += (toExisting[s] * mpk[j]) / mpkByRegion[s];
  }
  syncCapital(model);
}

/** R_s per region (before the home-region friction and the logit). */
function expectedReturns(model: Model): Float64Array {
  const { regions, params } = model;
  return regions.capital.map((K, s) => {
    // A region without urban workers has nowhere to put funds (exp(−∞) = 0 in the logit).
    if (regions.urbanSupply[s] <= 0) return -Infinity;
    const mpk = K > 0 ? Math.max(0, regions.capitalIncome[s]) / K : entrantReturn(model, s);
    const subsidy = K > 0 ? regions.subsidy[s] / K : 0;
    return mpk - params.delta + subsidy;
  });
}

function logitShares(model: Model, returns: Float64Array, home: number, out: Float64Array): void {
  const { params, policy, regions } = model;
  let best = -Infinity;
  for (let s = 0; s < out.length; s++) {
    out[s] = params.investmentScale * (returns[s] - (s === home ? 0 : policy.capitalFriction));
    best = Math.max(best, out[s]);
  }
  const weight = sizeWeights(model);
  let sum = 0;
  for (let s = 0; s < out.length; s++) {
    out[s] = weight[s] * exp(out[s] - best);
    sum += out[s];
  }
  for (let s = 0; s < out.length; s++) out[s] /= sum;
}

/** K_s, or S_s × national K/S where a region with workers has no capital yet. */
function sizeWeights(model: Model): Float64Array {
  const { regions } = model;
  let K = 0;
  let S = 0;
  for (let s = 0; s < regions.count; s++) {
    K += regions.capital[s];
    S += regions.urbanSupply[s];
  }
  const perUnit = S > 0 ? K / S : 0;
  return regions.capital.map((k, s) => (k > 0 ? k : regions.urbanSupply[s] * (perUnit > 0 ? perUnit : 1)));
}

/** Return on capital of a firm of productivity 1 at the region's wage (firms.ts). */
function entrantReturn(model: Model, s: number): number {
  return returnOnCapital(model, 1, s);
}

function depreciate(model: Model): void {
  const keep = 1 - model.params.delta;
  const { firms, investors } = model;
  for (let j = 0; j < firms.count; j++) firms.capital[j] *= keep;
  for (let x = 0; x < investors.holdings.length; x++) investors.holdings[x] *= keep;
}

/** Regional capital = Σ of its firms' capital (investor holdings sum to the same). */
export function syncCapital(model: Model): void {
  const { firms, regions } = model;
  regions.capital.fill(0);
  for (let j = 0; j < firms.count; j++) regions.capital[firms.region[j]] += firms.capital[j];
}
