// Phase 4, urban labour market. Supply S_r = Σ e_i of urban residents (in persons).
// Agglomeration G_r = (S_r / S̄)^γ. With Z_r = Σ_j z_j^(1/α)·K_j, the market-clearing
// wage is w*_r = (1−α)·p_r·A_r·G_r·(Z_r/S_r)^α. Wages are rigid downwards:
// w_r = max(w*_r, ρ_w·w_r,prev); then demand Σ_j E_j(w_r) = Z_r((1−α)p_r A_r G_r / w_r)^(1/α)
// falls short of supply and each urban worker is unemployed with probability
// u_r = 1 − demand/S_r. Employed efficiency units go to firms in proportion to
// z_j^(1/α)·K_j, which is each firm's demand at the common wage.
import { URBAN, type Model } from '../state.ts';
import { pow } from '../../math/index.ts';

export function laborMarket(model: Model, flexible = false): void {
  const { regions, params, labor, firms } = model;
  const n = regions.count;
  const alpha = params.alpha;
  const ppa = model.personsPerAgent;
  supplies(model);
  let meanSupply = 0;
  for (let r = 0; r < n; r++) meanSupply += regions.urbanSupply[r] / n;
  const z = firmIndex(model);
  for (let r = 0; r < n; r++) {
    const S = regions.urbanSupply[r];
    regions.agglomeration[r] = S > 0 && meanSupply > 0 ? pow(S / meanSupply, params.agglomeration) : 1;
    const scale = (1 - alpha) * regions.price[r] * regions.tfp[r] * regions.agglomeration[r];
    const clearing = S > 0 && z[r] > 0 ? scale * pow(z[r] / S, alpha) : 0;
    const floor = flexible ? 0 : params.wageRigidity * regions.wage[r];
    const wage = Math.max(clearing, floor);
    regions.wage[r] = wage;
    const demand = wage > 0 ? z[r] * pow(scale / wage, 1 / alpha) : 0;
    regions.unemployment[r] = S > 0 ? Math.min(1, Math.max(0, 1 - demand / S)) : 0;
  }
  // Employment draws: one uniform per urban worker, from the unemployment stream.
  const draw = model.rng.unemployment;
  regions.urbanEmployed.fill(0);
  const employedHeads = new Int32Array(n);
  for (let i = 0; i < labor.count; i++) {
    if (labor.sector[i] !== URBAN) { labor.employed[i] = 1; continue; }
    const r = labor.region[i];
    const u = regions.unemployment[r];
    const employed = u === 0 || draw() >= u ? 1 : 0;
    labor.employed[i] = employed;
    if (employed) {
      regions.urbanEmployed[r] += labor.skill[i] * ppa;
      employedHeads[r]++;
    }
  }
  for (let r = 0; r < n; r++) regions.employedPersons[r] = employedHeads[r] * ppa;
  for (let j = 0; j < firms.count; j++) {
    const r = firms.region[j];
    firms.labor[j] = z[r] > 0
      ? (regions.urbanEmployed[r] * pow(firms.productivity[j], 1 / alpha) * firms.capital[j]) / z[r]
      : 0;
  }
}

/** Urban and rural efficiency units and head counts per region, in persons. */
export function supplies(model: Model): void {
  const { regions, labor } = model;
  const ppa = model.personsPerAgent;
  regions.urbanSupply.fill(0);
  regions.ruralSupply.fill(0);
  // Head counts are integers times persons per agent, so that population is exact.
  const heads = new Int32Array(regions.count);
  const urbanHeads = new Int32Array(regions.count);
  for (let i = 0; i < labor.count; i++) {
    const r = labor.region[i];
    heads[r]++;
    if (labor.sector[i] === URBAN) {
      regions.urbanSupply[r] += labor.skill[i] * ppa;
      urbanHeads[r]++;
    } else {
      regions.ruralSupply[r] += labor.skill[i] * ppa;
    }
  }
  for (let r = 0; r < regions.count; r++) {
    regions.residents[r] = heads[r] * ppa;
    regions.urbanResidents[r] = urbanHeads[r] * ppa;
  }
}

/** Z_r = Σ_j z_j^(1/α)·K_j per region: the productivity-weighted capital stock. */
export function firmIndex(model: Model): Float64Array {
  const { firms, regions, params } = model;
  const z = new Float64Array(regions.count);
  for (let j = 0; j < firms.count; j++) {
    z[firms.region[j]] += pow(firms.productivity[j], 1 / params.alpha) * firms.capital[j];
  }
  return z;
}
