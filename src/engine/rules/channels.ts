// Transfer channels (policy.transfers.use): what a region does with the transfer T_r it
// receives. Shares h + s + i = 1 (normalised here, in case a schedule set only one):
//   households  H_r = h·T_r, paid as cash x_r per person with access, x_r = H_r / Σ_i∈r ψ_i
//               (ψ_i = 1 for hukou holders, hukouAccess for others), into disposable income;
//   services    S_r = s·T_r, added to the local budget (benefits and floor first, then services);
//   investment  I^G_r = i·T_r, into public capital (public-capital.ts).
// Where no resident has access (ψ = 0 and nobody holds the local hukou) the cash share goes
// to the local budget instead, so that no money vanishes.
import type { Model } from '../state.ts';

export function splitTransfers(model: Model, accessPersons: Float64Array): void {
  const { regions, policy } = model;
  const use = policy.transfers.use;
  const total = use.households + use.services + use.investment;
  const [h, i] = total > 0 ? [use.households / total, use.investment / total] : [0, 0];
  for (let r = 0; r < regions.count; r++) {
    const T = regions.transfers[r];
    const cash = accessPersons[r] > 0 ? h * T : 0;
    regions.householdTransfers[r] = cash;
    regions.publicInvestment[r] = i * T;
    regions.serviceTransfers[r] = T - cash - i * T;
    regions.cashPerPerson[r] = accessPersons[r] > 0 ? cash / accessPersons[r] : 0;
  }
}

/**
 * What the centre keeps after transfers and the relocation subsidy is spent on national
 * public services, the same amount per person in every region (everyone gets them in full,
 * whatever their hukou): n = (C − ΣT − subsidy paid) / population.
 */
export function spendCentralRemainder(model: Model): void {
  const { national, regions } = model;
  const population = model.labor.count * model.personsPerAgent;
  national.centralRemainder = Math.max(0, national.centralRevenue - national.transfersPaid - national.subsidyPaid);
  national.nationalServices = population > 0 ? national.centralRemainder / population : 0;
  // Added in every region, empty ones too: a migrant who moves there gets them as well.
  for (let r = 0; r < regions.count; r++) regions.publicServices[r] += national.nationalServices;
}
