// Phase 8, investment. Each investor splits its new funds across regions by a logit with
// scale β_k over the expected net return R_s = MPK_s − δ − κ·1[s ≠ home] + subsidy_s,
// each region weighted by its size S_s (urban efficiency units): share_s ∝ S_s·exp(β_k·R_s).
// Without the weight a province of 3 million would draw as much investment as one of 120
// million at equal returns; with it, equal returns mean equal growth of capital per worker.
// MPK_s is the region's capital income per unit of capital (marginal = average under
// constant returns at the going wage); where a region has workers but no capital yet, it is
// the return a new firm of mean productivity would earn at the going wage. All capital depreciates at δ first, so that
// K ← (1−δ)K + I holds in every region. In each region a share `entryShare` of the funds
// founds new firms (productivity drawn from LogNormal(1, σ_z)); the rest goes to its firms
// in proportion to their capital income K_j·MPK_j, so more productive firms grow faster.
import { logNormalMeanOne } from './rng.ts';
import { returnOnCapital } from './firm-return.ts';
import { addFirm, type Model } from './state.ts';
import { exp } from '../math/index.ts';

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
  const outputByRegion = new Float64Array(n);
  const firmsByRegion = new Float64Array(n);
  const capitalByRegion = new Float64Array(n);
  for (let j = 0; j < firms.count; j++) {
    outputByRegion[firms.region[j]] += Math.max(0, firms.output[j] * params.alpha);
    firmsByRegion[firms.region[j]]++;
    capitalByRegion[firms.region[j]] += firms.capital[j];
  }
  const existing = firms.count;
  const toExisting = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const I = regions.investment[s];
    if (I <= 0) continue;
    const entryFunds = firmsByRegion[s] === 0 ? I : params.entryShare * I;
    const founded = enter(model, s, entryFunds, firmsByRegion[s], capitalByRegion[s]);
    toExisting[s] = I - (founded ? entryFunds : 0);
  }
  for (let j = 0; j < existing; j++) {
    const s = firms.region[j];
    const weight = outputByRegion[s] > 0
      ? Math.max(0, firms.output[j] * params.alpha) / outputByRegion[s]
      : 1 / firmsByRegion[s];
    firms.capital[j] += toExisting[s] * weight;
  }
  syncCapital(model);
}

/** R_s per region (before the home-region friction and the logit). */
function expectedReturns(model: Model): Float64Array {
  const { regions, params } = model;
  return regions.capital.map((K, s) => {
    // A region without urban workers has nowhere to put funds (its weight S_s is 0 too).
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
  let sum = 0;
  for (let s = 0; s < out.length; s++) {
    out[s] = regions.urbanSupply[s] * exp(out[s] - best);
    sum += out[s];
  }
  for (let s = 0; s < out.length; s++) out[s] /= sum;
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

/**
 * Founds new firms with `funds` in region s: as many as funds / mean firm capital, rounded
 * stochastically (at least one where the region has none); `count` and `capital` are those of
 * its firms before entry. Returns whether any was founded.
 */
function enter(model: Model, s: number, funds: number, count: number, capital: number): boolean {
  if (funds <= 0 || model.regions.urbanSupply[s] <= 0) return false;
  const { firms, params, rng } = model;
  const expected = count > 0 && capital > 0 ? funds / (capital / count) : 1;
  let founded = Math.floor(expected + rng.entry());
  if (count === 0) founded = Math.max(1, founded);
  if (founded === 0) return false;
  model.regions.firmEntries[s] += founded;
  for (let f = 0; f < founded; f++) {
    addFirm(firms, s, logNormalMeanOne(rng.entry, params.productivityDispersion), funds / founded);
  }
  return true;
}

/** Regional capital = Σ of its firms' capital (investor holdings sum to the same). */
export function syncCapital(model: Model): void {
  const { firms, regions } = model;
  regions.capital.fill(0);
  for (let j = 0; j < firms.count; j++) regions.capital[firms.region[j]] += firms.capital[j];
}
