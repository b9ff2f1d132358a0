// Phase 3, technology: A_r ← A_r(1+g_A) + λ Σ_s ω_rs·max(0, A_s − A_r), with
// ω_rs ∝ exp(−θ_k d_rs) over the other reachable regions (weights sum to 1), so that
// knowledge diffuses along links from leaders to laggards. Rural TFP grows at the
// rural-revitalisation rate.
import type { Model } from '../state.ts';
import { exp } from '../../math/index.ts';

export function technology(model: Model): void {
  const { regions, params, policy, distance } = model;
  const n = regions.count;
  // Knowledge: TFP without the public-capital factor (public-capital.ts), which is the
  // region's own infrastructure, not technology others can learn.
  const before = regions.tfp.map((a, r) => a / regions.publicProductivity[r]);
  for (let r = 0; r < n; r++) {
    let weightSum = 0;
    let pull = 0;
    for (let s = 0; s < n; s++) {
      const d = distance[r * n + s];
      if (s === r || d === Infinity) continue;
      const w = exp(-params.diffusionDecay * d);
      weightSum += w;
      pull += w * Math.max(0, before[s] - before[r]);
    }
    const diffusion = weightSum > 0 ? (params.diffusion * pull) / weightSum : 0;
    regions.tfp[r] = (before[r] * (1 + params.tfpGrowth) + diffusion) * regions.publicProductivity[r];
    regions.ruralTfp[r] *= 1 + policy.ruralTfpGrowth;
  }
}
