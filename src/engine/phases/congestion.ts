// Congestion (after phase 10). Housing and other local costs rise with a region's population:
// the cost-of-living index of region r is
//   C_r = (P_r / P_r,0)^η,   η = params.congestion, P_r,0 its residents at step 0,
// so C_r = 1 at step 0 and in any region that neither gains nor loses people. Migrants
// divide the income they expect in a region by its C (migration.ts), so that nothing but
// congestion pushes back against the pull of the richest cities (issue 8: without it,
// china-2000's Shanghai grew ×2.8 in 19 years against ×1.55 in the data).
import { pow } from '../../math/index.ts';
import type { Model } from '../state.ts';

export function congestion(model: Model): void {
  const { regions, params, personsPerAgent } = model;
  const heads = new Float64Array(regions.count);
  for (let i = 0; i < model.labor.count; i++) heads[model.labor.region[i]]++;
  for (let r = 0; r < regions.count; r++) {
    const start = regions.startPopulation[r];
    const now = heads[r] * personsPerAgent;
    regions.costOfLiving[r] = start > 0 && now > 0 && params.congestion > 0
      ? pow(now / start, params.congestion)
      : 1;
  }
}
