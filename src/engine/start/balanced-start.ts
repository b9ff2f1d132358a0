// A calibrated start on its balanced growth path (step 0, params.balancedStart). The data fix
// each region's output; how it splits into capital and TFP is a choice. With
// K = capitalOutputRatio × urban output, the economy's saving at step 0 need not match the
// investment a balanced growth path needs, (δ + g_A/(1−α))·K, and every region's
// capital-output ratio then drifts by the same amount: −14% over 20 years in china-2020,
// whose saving (out of all income, rural too) is low relative to its urban capital, +6% in
// china-2000 (issue 8). So the capital of every region calibrated from GDP (and not given
// capitalPerWorker) is scaled by one national factor f that makes step-0 saving equal that
// investment, and its TFP by f^(−α), which leaves step-0 output, wages and capital income
// unchanged. Regions given TFP or capital per worker keep what the scenario says.
import { setEntrantCapital } from '../rules/entry.ts';
import { pow } from '../../math/index.ts';
import type { Model } from '../state.ts';

/** Rescales capital and TFP; returns whether anything changed (then step 0 is recomputed). */
export function balanceStart(model: Model): boolean {
  const { params, regions, firms, investors: inv, scenario } = model;
  if (!params.balancedStart) return false;
  const flexible = scenario.regions.map((r) => r.gdpPerCapita !== undefined && r.capitalPerWorker === undefined);
  let fixed = 0;
  let scaled = 0;
  for (let r = 0; r < regions.count; r++) {
    if (flexible[r]) scaled += regions.capital[r];
    else fixed += regions.capital[r];
  }
  let saving = 0;
  for (let k = 0; k < inv.count; k++) saving += inv.funds[k];
  const needed = saving / (params.delta + params.tfpGrowth / (1 - params.alpha));
  const f = scaled > 0 ? (needed - fixed) / scaled : 0;
  if (!(f > 0) || f === 1) return false;
  for (let j = 0; j < firms.count; j++) if (flexible[firms.region[j]]) firms.capital[j] *= f;
  const n = regions.count;
  for (let x = 0; x < inv.holdings.length; x++) if (flexible[x % n]) inv.holdings[x] *= f;
  for (let r = 0; r < n; r++) {
    if (!flexible[r]) continue;
    regions.capital[r] *= f;
    regions.tfp[r] *= pow(f, -params.alpha);
  }
  setEntrantCapital(model);
  return true;
}
