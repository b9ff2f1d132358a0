// One step of the model: the phases of MODEL.md, in order. This list is the only place
// where the order lives.
import { firmDynamics } from './firms.ts';
import { geography } from './geography.ts';
import { government } from './government.ts';
import { households } from './households.ts';
import { investment } from './investment.ts';
import { laborMarket } from './labor-market.ts';
import { migration } from './migration.ts';
import { applySchedule } from './policy.ts';
import { production } from './production.ts';
import { householdStats } from './record.ts';
import { technology } from './technology.ts';
import type { Model } from './state.ts';

export function step(model: Model): void {
  model.step += 1;
  applySchedule(model);   // 1. policy schedule
  geography(model);       // 2. travel costs, market access, prices
  technology(model);      // 3. TFP growth and diffusion
  laborMarket(model);     // 4. wages and unemployment
  production(model);      // 5. output and factor income
  government(model);      // 6. taxes, transfers, floor, public services
  households(model);      // 7. saving
  measure(model);         //    (incomes are measured where they were earned)
  investment(model);      // 8. capital allocation, entry, depreciation
  firmDynamics(model);    // 9. exit and relocation
  migration(model);       // 10. workers move
  rememberOutput(model);  // market access next year uses this year's output
}

/** Step 0: the calibrated economy produces and pays out, with no shocks and no moves. */
export function start(model: Model): void {
  laborMarket(model, true);
  production(model);
  government(model);
  households(model);
  model.regions.investment.fill(0);
  // The poverty line is fixed at its step-0 level (an absolute line).
  model.national.povertyLine = model.params.povertyLine * model.national.meanIncome;
  measure(model);
  rememberOutput(model);
}

function measure(model: Model): void {
  model.households = householdStats(model);
}

function rememberOutput(model: Model): void {
  const { regions } = model;
  for (let r = 0; r < regions.count; r++) model.lastGdp[r] = regions.urbanOutput[r] + regions.ruralOutput[r];
}
