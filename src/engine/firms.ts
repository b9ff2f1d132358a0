// Phase 9, firms. A firm whose return on capital stays below δ for `exitYears` years exits
// and its capital goes back to its investors (reinvested next step). Each year a share
// `relocationRate` of firms considers moving: the logit (scale β_k) over staying (0) and
// every region s with workers, valued at the gain in return on capital net of the
// annualised relocation cost, ROC_j(s) + subsidy_s − ROC_j(r) − subsidy_r − δ·c_f.
// A firm's return where the wage is w is in firm-return.ts. A move loses c_f of its capital.
import { syncCapital } from './investment.ts';
import { removeFirm, type Model } from './state.ts';
import { exp } from '../math/index.ts';
import { returnOnCapital } from './firm-return.ts';

export function firmDynamics(model: Model): void {
  const { regions } = model;
  regions.firmExits.fill(0);
  regions.relocationsIn.fill(0);
  regions.relocationsOut.fill(0);
  model.national.capitalRelocated = 0;
  model.national.exitedCapital = exits(model);
  model.national.relocationLoss = relocations(model);
  syncCapital(model);
}

function exits(model: Model): number {
  const { firms, params, regions } = model;
  let exited = 0;
  // The relocation subsidy is part of the return a firm earns where it is (as in investment
  // and relocation); without it, subsidised capital would crowd firms out of target regions.
  const subsidy = regions.subsidy.map((x, s) => (regions.capital[s] > 0 ? x / regions.capital[s] : 0));
  for (let j = 0; j < firms.count; j++) {
    const earned = firms.profitRate[j] + subsidy[firms.region[j]];
    firms.lossYears[j] = earned < params.delta ? firms.lossYears[j] + 1 : 0;
  }
  if (params.exitYears <= 0) return 0;
  // Backwards, so that removeFirm's swap-with-last never skips a firm.
  for (let j = firms.count - 1; j >= 0; j--) {
    if (firms.lossYears[j] < params.exitYears) continue;
    exited += firms.capital[j];
    model.regions.firmExits[firms.region[j]]++;
    withdraw(model, firms.region[j], firms.capital[j], -1, 0);
    removeFirm(firms, j);
  }
  return exited;
}

function relocations(model: Model): number {
  const { firms, params, regions, policy, rng } = model;
  if (params.relocationRate <= 0) return 0;
  const n = regions.count;
  const subsidy = regions.subsidy.map((x, s) => (regions.capital[s] > 0 ? x / regions.capital[s] : 0));
  const weights = new Float64Array(n);
  let lost = 0;
  for (let j = 0; j < firms.count; j++) {
    if (rng.relocation() >= params.relocationRate) continue;
    const r = firms.region[j];
    const here = returnOnCapital(model, firms.productivity[j], r) + subsidy[r];
    let sum = 1; // staying has value 0
    for (let s = 0; s < n; s++) {
      weights[s] = 0;
      if (s === r || regions.wage[s] <= 0 || regions.urbanSupply[s] <= 0) continue;
      const gain = returnOnCapital(model, firms.productivity[j], s) + subsidy[s] - here - params.delta * policy.relocationCost;
      weights[s] = exp(Math.min(700, params.investmentScale * gain));
      sum += weights[s];
    }
    let u = rng.relocation() * sum - 1;
    if (u < 0) continue;
    let s = 0;
    for (; s < n - 1; s++) {
      u -= weights[s];
      if (u < 0) break;
    }
    if (weights[s] === 0) continue;
    const moving = firms.capital[j];
    lost += moving * policy.relocationCost;
    model.national.capitalRelocated += moving;
    regions.relocationsOut[r]++;
    regions.relocationsIn[s]++;
    withdraw(model, r, moving, s, 1 - policy.relocationCost);
    firms.capital[j] = moving * (1 - policy.relocationCost);
    firms.region[j] = s;
    firms.lossYears[j] = 0;
  }
  return lost;
}

/**
 * Moves `amount` of capital out of region r in investors' holdings, in proportion to what
 * each holds there: into region `to` scaled by `keep` (relocation), or back to them as
 * cash when `to` is −1 (exit).
 */
function withdraw(model: Model, r: number, amount: number, to: number, keep: number): void {
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
