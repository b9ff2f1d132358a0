// No money vanishes: at every step, disposable incomes plus public services plus public
// investment add up to GDP, and the government spends exactly what it taxes (1e-9 relative).
import { describe, expect, it } from 'vitest';
import { createModel, start } from '../../src/engine/index.ts';
import { nationalAccounts, type Accounts } from '../../src/engine/accounts.ts';
import { PHASES } from '../../src/engine/step.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';

function accountsOfEveryStep(name: string, overrides: string[]): Accounts[] {
  const { scenario } = loadScenarioFile(name, ['params.laborAgents=3000', 'steps=12', ...overrides]);
  const model = createModel(scenario);
  start(model);
  const out = [nationalAccounts(model)];
  while (model.step < scenario.steps) {
    model.step += 1;
    for (const [phase, run] of PHASES) {
      run(model);
      // After the households phase: what the government paid and what agents received.
      if (phase.startsWith('7 ')) out.push(nationalAccounts(model));
    }
  }
  return out;
}

const CASES: [string, string[]][] = [
  ['china-2020', []],
  ['common-prosperity', []],
  ['china-2020', ['policy.transfers.rate=0']],
  ['china-2020', ['policy.transfers.rate=1', 'policy.transfers.use={"households":0.5,"services":0.2,"investment":0.3}']],
  // A subsidy larger than what the centre keeps: scaled down, still fully accounted for.
  ['industrial-relocation', ['policy.relocationSubsidy.rate=0.5']],
  ['china-2020', ['policy.hukouAccess=0', 'policy.floor=0.5', 'policy.localTax=0.02']],
];

describe('national accounts identity at every step', () => {
  for (const [name, overrides] of CASES) {
    it(`${name} ${overrides.join(' ')}`, () => {
      for (const a of accountsOfEveryStep(name, overrides)) {
        const uses = a.householdDisposable + a.capitalDisposable + a.localServices + a.nationalServices + a.publicInvestment;
        expect(Math.abs(uses - a.gdp) / a.gdp).toBeLessThan(1e-9);
        const outlays = a.support + a.householdCash + a.localServices + a.nationalServices + a.publicInvestment + a.subsidies;
        expect(Math.abs(outlays - a.taxes) / a.taxes).toBeLessThan(1e-9);
        expect(a.gdp).toBeGreaterThan(0);
      }
    });
  }

  it('a scaled-down subsidy warns once, in summary.json', async () => {
    const { simulate } = await import('../../src/engine/index.ts');
    const { scenario } = loadScenarioFile('industrial-relocation', ['params.laborAgents=3000', 'steps=5', 'policy.relocationSubsidy.rate=0.5']);
    const result = simulate(scenario);
    expect(result.summary.warnings).toHaveLength(1);
    expect(result.summary.warnings[0]).toMatch(/relocation subsidy .* scaled down/);
    const last = result.national.at(-1)!;
    expect(last.subsidy_paid).toBeLessThan(last.subsidy_owed);
    const none = simulate(loadScenarioFile('industrial-relocation', ['params.laborAgents=3000', 'steps=5']).scenario);
    expect(none.summary.warnings).toEqual([]);
  });
});
