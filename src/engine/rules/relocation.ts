// Plant relocation (phase 9). Each year a share `relocationRate` of firms considers moving a
// plant: ΔK = relocationShare·K_j of its capital (issue 8: firms used to move whole, and one
// move carried 58% of a region's capital). The choice is a logit (scale β_k) over staying
// (value 0) and every region s with workers, valued at the change in the firm's profit per
// unit of capital moved, net of the annualised relocation cost δ·c_f:
//   gain_s = [ (K_j−ΔK)·ROC_j(w'_r) + ΔK·ROC_j(w'_s) − K_j·ROC_j(w_r) ] / ΔK
//            + subsidy_s − subsidy_r − δ·c_f,
// where w'_r and w'_s are next year's wages at the origin and the destination with the move
// (the plant's productivity-weighted capital z_j^(1/α)·ΔK leaves Z_r and (1−c_f) of it joins
// Z_s), by the labour market's own rule w = max(w*(Z/S), ρ_w·w_prev), and w_r without it.
// So a firm sees that leaving lowers the wage it pays on what stays (if wages can fall) and
// that arriving bids up the wage at the destination: a large plant is worth moving only to
// a region where it does not exhaust the gain itself. The plant loses c_f of its capital on
// the way and becomes a firm of its own in s, with the parent's productivity; investors'
// holdings move with it (holdings.ts, withdraw). Z is updated after every move.
import { exp, pow } from '../../math/index.ts';
import { returnOnCapital } from './firm-return.ts';
import { withdraw } from './holdings.ts';
import { firmIndex } from '../phases/labor-market.ts';
import { addFirm, type Model } from '../state.ts';

export function relocations(model: Model): number {
  const { firms, params, regions, policy, rng } = model;
  regions.relocatedOut.fill(0);
  if (params.relocationRate <= 0) return 0;
  const n = regions.count;
  const subsidy = regions.subsidy.map((x, s) => (regions.capital[s] > 0 ? x / regions.capital[s] : 0));
  const Z = firmIndex(model);
  const weights = new Float64Array(n);
  const cost = policy.relocationCost;
  let lost = 0;
  const existing = firms.count;
  for (let j = 0; j < existing; j++) {
    if (rng.relocation() >= params.relocationRate) continue;
    const r = firms.region[j];
    const z = firms.productivity[j];
    const K = firms.capital[j];
    const dK = params.relocationShare * K;
    if (dK <= 0) continue;
    const weight = pow(z, 1 / params.alpha);
    const stay = K * returnOnCapital(model, z, r, nextWage(model, r, Z[r]));
    const rest = (K - dK) * returnOnCapital(model, z, r, nextWage(model, r, Z[r] - weight * dK));
    let sum = 1; // staying has value 0
    for (let s = 0; s < n; s++) {
      weights[s] = 0;
      if (s === r || regions.wage[s] <= 0 || regions.urbanSupply[s] <= 0) continue;
      const there = returnOnCapital(model, z, s, nextWage(model, s, Z[s] + weight * dK * (1 - cost)));
      const gain = (rest + dK * there - stay) / dK + subsidy[s] - subsidy[r] - params.delta * cost;
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
    lost += dK * cost;
    regions.relocatedOut[r] += dK;
    regions.relocationsOut[r]++;
    regions.relocationsIn[s]++;
    model.national.capitalRelocated += dK;
    withdraw(model, r, dK, s, 1 - cost);
    firms.capital[j] = K - dK;
    addFirm(firms, s, z, dK * (1 - cost));
    Z[r] -= weight * dK;
    Z[s] += weight * dK * (1 - cost);
  }
  return lost;
}

/** Next year's wage in r by the labour market's rule, for productivity-weighted capital Z. */
function nextWage(model: Model, r: number, Z: number): number {
  const { regions, params } = model;
  const S = regions.urbanSupply[r];
  const scale = (1 - params.alpha) * regions.price[r] * regions.tfp[r] * regions.agglomeration[r];
  const clearing = S > 0 && Z > 0 ? scale * pow(Z / S, params.alpha) : 0;
  return Math.max(clearing, params.wageRigidity * regions.wage[r]);
}
