// Public capital (the investment channel of transfers). Each region has a base stock
// B_r = κ_G·Y_r0 (params.publicCapitalOutputRatio), kept up outside the model's budget as
// part of the calibrated economy, and a stock J_r funded by the investment channel:
//   J_r ← (1−δ)·J_r + I^G_r                                      (accumulate, phase 6b)
// Public capital per person g_r = (B_r + J_r)/P_r raises urban TFP through the output
// elasticity η (params.publicCapitalElasticity):
//   Π_r = (g_r / g_r0)^η,  A_r ← A_r·Π_r,t / Π_r,t−1            (productivity, phase 3b)
// so that Π = 1 at step 0 (calibration reproduces GDP exactly) and d ln Y^U / d ln g = η.
// Public capital per person is rival: a region that gains people dilutes it.
import { pow } from '../../math/index.ts';
import type { Model } from '../state.ts';

export function initPublicCapital(model: Model): void {
  const { regions, params } = model;
  for (let r = 0; r < regions.count; r++) {
    const P = regions.residents[r];
    regions.basePublicCapital[r] = params.publicCapitalOutputRatio * model.lastGdp[r];
    regions.basePublicCapitalPc[r] = P > 0 ? regions.basePublicCapital[r] / P : 0;
    regions.publicCapital[r] = 0;
    regions.publicProductivity[r] = 1;
  }
}

/** Phase 6b: this step's public investment joins the depreciated stock. */
export function accumulatePublicCapital(model: Model): void {
  const { regions, params } = model;
  for (let r = 0; r < regions.count; r++) {
    regions.publicCapital[r] = (1 - params.delta) * regions.publicCapital[r] + regions.publicInvestment[r];
  }
}

/** Phase 3b: urban TFP follows public capital per person. */
export function publicProductivity(model: Model): void {
  const { regions, params } = model;
  for (let r = 0; r < regions.count; r++) {
    const P = regions.residents[r];
    const g0 = regions.basePublicCapitalPc[r];
    if (P <= 0 || g0 <= 0) continue;
    const g = (regions.basePublicCapital[r] + regions.publicCapital[r]) / P;
    const factor = pow(g / g0, params.publicCapitalElasticity);
    regions.tfp[r] *= factor / regions.publicProductivity[r];
    regions.publicProductivity[r] = factor;
  }
}
