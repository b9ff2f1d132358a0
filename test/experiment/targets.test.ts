// Targets files: read through the schema, checked against the scenario, every mistake one
// line naming the file and the field (exit code 2 on the command line).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';
import { momentsOf, readTargets } from '../../src/experiment/calibration/targets.ts';
import { estimateUrbanShares2000 } from '../../scripts/urban-2000.ts';
import { tempDir } from './helpers.ts';

const BIN = join(import.meta.dirname, '../../bin/factorflow.js');
const SCENARIO = join(import.meta.dirname, 'fixtures/four-regions.json');
const CHINA_TARGETS = join(import.meta.dirname, '../../scenarios/targets/china-2000-to-2020.json');
const dir = tempDir('targets');
const scenario = loadScenarioFile(SCENARIO).scenario;

const GOOD = {
  name: 't',
  national: [{ column: 'theil', step: 8, value: 0.05, weight: 100 }],
  regions: [{ measure: 'urban_share', step: 8, weight: 10, values: { A: 0.7, B: 0.6 } }],
};

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const problem = (value: unknown): string => {
  const file = write('bad.json', value);
  try {
    momentsOf(file, readTargets(file), scenario);
  } catch (err) {
    return (err as Error).message.replace(file, 'bad.json');
  }
  return 'no error';
};

describe('targets files', () => {
  it('turn into one moment per national column, figure and region value', () => {
    const file = write('good.json', GOOD);
    const moments = momentsOf(file, readTargets(file), scenario);
    expect(moments.map((m) => [m.id, m.observed, m.weight])).toEqual([
      ['theil@8', 0.05, 100], ['urban_share.A@8', 0.7, 10], ['urban_share.B@8', 0.6, 10],
    ]);
  });

  it('name the file and the field of each mistake', () => {
    expect(problem('{"name": ')).toMatch(/^bad.json: not valid JSON/);
    expect(problem({ ...GOOD, national: [{ ...GOOD.national[0], weight: -1 }] })).toBe('bad.json: field "national[0].weight": must be >= 0');
    expect(problem({ ...GOOD, national: [{ column: 'theil', step: 8, value: 0.05 }] })).toBe('bad.json: field "national[0].weight": is missing');
    expect(problem({ ...GOOD, national: [{ ...GOOD.national[0], colour: 1 }] })).toBe('bad.json: field "national[0].colour": unknown field');
    expect(problem({ ...GOOD, regions: [{ ...GOOD.regions[0], measure: 'gdp' }] })).toMatch(/^bad.json: field "regions\[0\].measure": must be one of gdp_pc_relative, log_gdp_pc_relative/);
    expect(problem({ name: 't' })).toBe('bad.json: give at least one of the fields "national", "figures" or "regions"');
    expect(problem({ ...GOOD, national: [{ ...GOOD.national[0], column: 'thiel' }] })).toBe('bad.json: field "national[0].column": "thiel" is not a column of national.csv (did you mean "theil"?)');
    expect(problem({ ...GOOD, national: [{ ...GOOD.national[0], step: 9 }] })).toBe('bad.json: field "national[0].step": step 9 is after the last step of four-regions (8)');
    expect(problem({ ...GOOD, regions: [{ ...GOOD.regions[0], values: { A: 0.7, E: 0.1 } }] })).toBe('bad.json: field "regions[0].values.E": no region "E" in scenario four-regions');
    expect(problem({ ...GOOD, regions: [GOOD.regions[0], GOOD.regions[0]] })).toBe('bad.json: field "regions[1].values.A": the moment urban_share.A@8 is given twice');
  });

  it('stop calibrate and backtest with exit code 2 before anything is written', () => {
    const file = write('bad-cli.json', { ...GOOD, national: [{ ...GOOD.national[0], weight: 'high' }] });
    for (const command of ['calibrate', 'backtest']) {
      const out = join(dir, `out-${command}`);
      const free = command === 'calibrate' ? ['--free', 'params.diffusion=0:0.1'] : [];
      const run = spawnSync(process.execPath, [BIN, command, SCENARIO, '--targets', file, ...free, '--out', out], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toBe(`${file}: field "national[0].weight": must be number`);
      expect(existsSync(out)).toBe(false);
    }
  }, 60_000);

  it('for China 2000 to 2020 hold the 2020 figures of the data', () => {
    const moments = momentsOf(CHINA_TARGETS, readTargets(CHINA_TARGETS), loadScenarioFile('china-2000').scenario);
    const value = (id: string) => moments.find((m) => m.id === id)!.observed;
    // The figures for 2020: CV 0.435, Theil 0.062, sd of log 0.365.
    expect(value('cv_gdp_pc@20')).toBeCloseTo(0.435, 3);
    expect(value('theil@20')).toBeCloseTo(0.062, 3);
    expect(value('sd_log_gdp_pc@20')).toBeCloseTo(0.365, 2);
    // Population shares sum to 1; the census urban share of Shanghai is 89.3%.
    const shares = moments.filter((m) => m.name === 'population_share').map((m) => m.observed);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 5);
    expect(value('urban_share.SH@20')).toBe(0.893);
    expect(JSON.parse(readFileSync(CHINA_TARGETS, 'utf8')).$schema).toBe('./schema.json');
  });
});

describe('urban shares for 2000 (an estimate)', () => {
  it('shift every share by one logit amount to the national figure', () => {
    const { shift, shares } = estimateUrbanShares2000([0.9, 0.5, 0.3], [1, 2, 1], 0.4);
    expect(shift).toBeLessThan(0);
    const logit = (p: number) => Math.log(p / (1 - p));
    // Before rounding the shift is common; after rounding to 3 decimals, within 0.01 of it.
    [0.9, 0.5, 0.3].forEach((u, i) => expect(logit(shares[i]) - logit(u)).toBeCloseTo(shift, 1));
    expect((shares[0] + 2 * shares[1] + shares[2]) / 4).toBeCloseTo(0.4, 2);
  });
});
