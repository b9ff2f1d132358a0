// What the terminal says around the numbers: labels with units, clear-effect marks, intervals
// in the sweep table, the notes on few replications and few regions, the keys a policy
// changes and the warning when the schedule also sets a swept or compared key.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedKeys, scheduleConflicts, scheduledKeys } from '../../src/scenario/changed-keys.ts';
import type { Comparison, ComparisonRow } from '../../src/experiment/compare/compare.ts';
import { comparisonText, effectMark } from '../../src/experiment/compare/text.ts';
import { sweepText } from '../../src/experiment/sweep/index.ts';
import { betaNote, replicationsNote } from '../../src/experiment/summary/warnings.ts';
import { MAIN_OUTCOMES } from '../../src/experiment/runs/outcomes.ts';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';
import { runSummaryText } from '../../src/cli/summary-text.ts';
import { simulate } from '../../src/engine/index.ts';
import { tempDir, tiny } from './helpers.ts';

const BIN = join(import.meta.dirname, '../../bin/factorflow.js');

function row(scenario: string, outcome: string, lo: number, hi: number): ComparisonRow {
  return { scenario, outcome: outcome as never, step: 5, baseline_mean: 1, policy_mean: 1 + (lo + hi) / 2, diff_mean: (lo + hi) / 2, diff_sd: 0.1, ci_low: lo, ci_high: hi, n: 3, baseline_ci_low: 0.9, baseline_ci_high: 1.1, policy_ci_low: 0.9, policy_ci_high: 1.1 };
}

describe('keys a scenario changes and keys its schedule sets', () => {
  it('lists the policy keys of a variant against china-2020', () => {
    const changes = changedKeys(loadScenarioFile('china-2020').scenario, loadScenarioFile('transfers').scenario);
    expect(changes).toEqual([
      { key: 'policy.transfers.rate', baseline: 0.5, policy: 0.8 },
      { key: 'policy.transfers.use.households', baseline: 0.1, policy: 0.4 },
      { key: 'policy.transfers.use.services', baseline: 0.8, policy: 0.4 },
      { key: 'policy.transfers.use.investment', baseline: 0.1, policy: 0.2 },
    ]);
    const rural = changedKeys(loadScenarioFile('china-2020').scenario, loadScenarioFile('rural-revitalization').scenario).map((c) => c.key);
    expect(rural).toEqual(['params.sectorSwitchCost', 'policy.ruralTfpGrowth']);
  });

  it('warns when a swept key is also set by the schedule, naming the key, the scenario and the step', () => {
    const s = loadScenarioFile('common-prosperity').scenario;
    expect(scheduledKeys(s).get('policy.hukouPenalty')).toEqual([1]);
    const warnings = scheduleConflicts(s, ['policy.hukouPenalty', 'policy.floor'], 'swept');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: policy\.hukouPenalty is swept but the schedule of common-prosperity also sets it \(step 1\)/);
    expect(scheduleConflicts(loadScenarioFile('china-2020').scenario, ['policy.hukouPenalty'], 'swept')).toEqual([]);
  });

  it('factorflow sweep prints the warning on stderr', () => {
    const out = join(tempDir('sweepwarn'), 'w');
    const r = spawnSync(process.execPath, [BIN, 'sweep', 'common-prosperity', '--set', 'params.laborAgents=500', '--steps', '5',
      '--vary', 'policy.hukouPenalty=0.5,1', '--no-report', '-q', '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: policy\.hukouPenalty is swept but the schedule of common-prosperity also sets it/);
    // The sweep table has intervals... with one replication there are none, and a note says why.
    expect(r.stdout).toMatch(/note: only 1 replication/);
  }, 60_000);
});

describe('terminal tables', () => {
  it('marks clear effects and labels outcomes with units in compare', () => {
    const rows = MAIN_OUTCOMES.map((o, i) => row('transfers', o, i === 0 ? 0.5 : i === 1 ? -2 : -1, i === 0 ? 1 : i === 1 ? -1 : 1));
    const figures = ['beta', 'halfLife', 'sigma_change', 'se', 'r2', 'speed', 'sigma_start', 'sigma_end'].map((f) => row('transfers', f, -1, 1));
    const comparison: Comparison = { seeds: [1, 2, 3], steps: [5], rows, figures };
    const text = comparisonText('china-2020', comparison, [5], { money: 'yuan', regions: 31 });
    expect(text).toMatch(/GDP per person \(yuan a year\)\s.*▲ higher/);
    expect(text).toMatch(/SD of log GDP per person \(σ\)\s.*▼ lower/);
    expect(text).toMatch(/Half-life \(years\)/);
    expect(text).toMatch(/β, convergence coefficient \(per year\)/);
    expect(text).not.toMatch(/gdp_per_capita|sd_log_gdp_pc/);
    expect(text).toMatch(/note: only 3 replications/);
    expect(effectMark({ ci_low: -1, ci_high: 1 })).toBe('–');
    expect(effectMark({ ci_low: NaN, ci_high: NaN })).toBe('n/a');
  });

  it('notes few replications and a β fitted on few regions, and nothing otherwise', () => {
    expect(replicationsNote(4)[0]).toMatch(/only 4 replications; with fewer than 5/);
    expect(replicationsNote(5)).toEqual([]);
    expect(betaNote(2)[0]).toMatch(/β is fitted on 2 regions only; with fewer than 8/);
    expect(betaNote(31)).toEqual([]);
  });

  it('shows means with their intervals in the sweep table', () => {
    const stat = (outcome: string, mean: number) => ({ step: 3, outcome: outcome as never, mean, sd: 1, ci_low: mean - 1, ci_high: mean + 1, n: 5, ci_clipped: outcome === 'theil' ? 1 : 0 });
    const last = [[stat('gdp_per_capita', 100), stat('sd_log_gdp_pc', 0.3), stat('theil', 0.5), stat('gini_households', 0.4)]];
    const text = sweepText({ keys: ['policy.floor'], points: [[0.1]] }, { out: 'x', ran: 5, runs: 5, last, carried: { mode: 'all', designHash: 'h', total: 5, selected: 5, ran: 5 } }, false);
    expect(text).toContain('100.0 [99.00, 101.0]');
    expect(text).toContain('0.5000 [-0.5000, 1.500]*');
    expect(text).toMatch(/\* interval cut to the valid range/);
    expect(text).toContain('GDP per person (yuan a year)');
  });

  it('run: labels with units, model units for a toy scenario, a note for β on two regions', () => {
    const s = loadScenarioFile('two-regions', ['steps=3']).scenario;
    const text = runSummaryText(simulate(s), 'out', false, 'model units');
    expect(text).toContain('GDP per person (model units a year)');
    expect(text).not.toContain('yuan');
    expect(text).toMatch(/note: β is fitted on 2 regions only/);
    const china = runSummaryText(simulate(tiny()), 'out', false);
    expect(china).toContain('GDP per person (yuan a year)');
    expect(china).toContain('Poverty rate (share of people)');
    expect(china).not.toMatch(/note: β/);
  });
});
