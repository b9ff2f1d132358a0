// One step of the model: the phases of MODEL.md, in order. PHASES is the only place where
// the order lives; step() runs it, and the benchmarks time it phase by phase.
import { balanceStart } from './start/balanced-start.ts';
import { congestion } from './phases/congestion.ts';
import { firmDynamics } from './phases/firms.ts';
import { geography } from './phases/geography.ts';
import { government } from './phases/government.ts';
import { households } from './phases/households.ts';
import { investment } from './phases/investment.ts';
import { laborMarket } from './phases/labor-market.ts';
import { migration } from './phases/migration.ts';
import { applySchedule } from './phases/policy.ts';
import { production } from './phases/production.ts';
import { accumulatePublicCapital, publicProductivity } from './phases/public-capital.ts';
import { householdStats } from './record.ts';
import { technology } from './phases/technology.ts';
import type { Model } from './state.ts';

export type Phase = readonly [name: string, run: (model: Model) => void];

export const PHASES: readonly Phase[] = [
  ['1 policy schedule', applySchedule],
  ['2 geography', geography],              // travel costs, market access, prices
  ['3 technology', technology],            // TFP growth and diffusion
  ['3b public capital', publicProductivity], // TFP follows public capital per person
  ['4 labour market', (m) => laborMarket(m)], // wages and unemployment
  ['5 production', production],            // output and factor income
  ['6 government', government],            // taxes, transfers, floor, public services
  ['6b public investment', accumulatePublicCapital], // the investment channel builds public capital
  ['7 households', households],            // saving
  ['  measure incomes', measure],          // where they were earned, before anyone moves
  ['8 investment', investment],            // capital allocation, entry, depreciation
  ['9 firms', firmDynamics],               // exit and relocation
  ['10 migration', migration],             // workers move
  ['  congestion', congestion],            // cost of living at the new populations
  ['  remember output', rememberOutput],   // next year's market access uses it
];

export function step(model: Model): void {
  model.step += 1;
  for (const [, phase] of PHASES) phase(model);
}

/** Step 0: the calibrated economy produces and pays out, with no shocks and no moves. */
export function start(model: Model): void {
  payOut(model);
  if (balanceStart(model)) payOut(model);
  // Once, after the last pay-out: step 0's public investment joins the stock.
  accumulatePublicCapital(model);
  model.regions.investment.fill(0);
  // The poverty line is fixed at its step-0 level (an absolute line).
  model.national.povertyLine = model.params.povertyLine * model.national.meanIncome;
  measure(model);
  rememberOutput(model);
}

/** Step 0's flexible-wage market, production and incomes (no random draws: u = 0). */
function payOut(model: Model): void {
  laborMarket(model, true);
  production(model);
  government(model);
  households(model);
}

function measure(model: Model): void {
  model.households = householdStats(model);
}

function rememberOutput(model: Model): void {
  const { regions } = model;
  for (let r = 0; r < regions.count; r++) model.lastGdp[r] = regions.urbanOutput[r] + regions.ruralOutput[r];
}
