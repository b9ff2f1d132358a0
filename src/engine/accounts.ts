// The national accounts of a step, read from the state after the households phase (what
// the government paid and what agents received), so that a test can check that no money
// vanishes (docs/model.md "National accounts"):
//   uses:   disposable household income + disposable capital income (subsidies included)
//           + public services (local and national) + public investment  =  GDP
//   budget: central and local taxes = support (benefits, floor) + household cash
//           + local services + national services + public investment + subsidies paid.
import type { Model } from './state.ts';

export interface Accounts {
  gdp: number;
  householdDisposable: number;
  capitalDisposable: number;
  taxes: number;
  support: number;
  householdCash: number;
  localServices: number;
  nationalServices: number;
  publicInvestment: number;
  subsidies: number;
}

export function nationalAccounts(model: Model): Accounts {
  const { regions, labor, investors, national } = model;
  const ppa = model.personsPerAgent;
  const a: Accounts = {
    gdp: 0, householdDisposable: 0, capitalDisposable: 0, taxes: national.centralRevenue, support: 0,
    householdCash: 0, localServices: 0, nationalServices: national.centralRemainder, publicInvestment: 0, subsidies: 0,
  };
  for (let i = 0; i < labor.count; i++) a.householdDisposable += labor.income[i] * ppa;
  for (let k = 0; k < investors.count; k++) a.capitalDisposable += investors.income[k];
  for (let r = 0; r < regions.count; r++) {
    a.gdp += regions.urbanOutput[r] + regions.ruralOutput[r];
    a.taxes += regions.localRevenue[r];
    a.householdCash += regions.householdTransfers[r];
    const localPc = regions.residents[r] > 0 ? regions.publicServices[r] - national.nationalServices : 0;
    a.localServices += localPc * regions.residents[r];
    a.publicInvestment += regions.publicInvestment[r];
    a.subsidies += regions.subsidy[r];
  }
  for (let r = 0; r < regions.count; r++) a.support += regions.supportSpent[r];
  return a;
}
