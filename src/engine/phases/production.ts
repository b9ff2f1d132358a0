// Phase 5, production and factor income.
// Urban: Y_j = p_r·z_j·A_r·G_r·K_j^α·E_j^(1−α); workers earn w_r·e_i; capital income is
// the firms' residual Y − wage bill (α·Y when the market clears), paid to investors by
// their holdings in r (households.ts). Rural: Y^R_r = A^R_r·Land_r^(1−β)·(Σ_rural e_i)^β,
// shared by efficiency unit (family farms earn the average product).
import { URBAN, type Model } from '../state.ts';
import { pow } from '../../math/index.ts';

export function production(model: Model): void {
  const { regions, params, labor, firms } = model;
  const alpha = params.alpha;
  const beta = params.ruralLaborShare;
  regions.urbanOutput.fill(0);
  for (let j = 0; j < firms.count; j++) {
    const r = firms.region[j];
    const y = firms.labor[j] > 0
      ? regions.price[r] * firms.productivity[j] * regions.tfp[r] * regions.agglomeration[r]
        * pow(firms.capital[j], alpha) * pow(firms.labor[j], 1 - alpha)
      : 0;
    firms.output[j] = y;
    firms.profitRate[j] = firms.capital[j] > 0
      ? (y - regions.wage[r] * firms.labor[j]) / firms.capital[j]
      : 0;
    regions.urbanOutput[r] += y;
  }
  for (let r = 0; r < regions.count; r++) {
    const SR = regions.ruralSupply[r];
    regions.ruralOutput[r] = SR > 0 ? regions.ruralTfp[r] * pow(regions.land[r], 1 - beta) * pow(SR, beta) : 0;
    regions.ruralIncomeRate[r] = SR > 0 ? regions.ruralOutput[r] / SR : 0;
    regions.capitalIncome[r] = regions.urbanOutput[r] - regions.wage[r] * regions.urbanEmployed[r];
  }
  // Market income of each agent; the government phase turns it into disposable income.
  for (let i = 0; i < labor.count; i++) {
    const r = labor.region[i];
    labor.income[i] = labor.sector[i] === URBAN
      ? (labor.employed[i] ? regions.wage[r] * labor.skill[i] : 0)
      : regions.ruralIncomeRate[r] * labor.skill[i];
  }
}
