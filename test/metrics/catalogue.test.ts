// One name, unit and definition per outcome, shared by the CLI, the reports and the page.
import { describe, expect, it } from 'vitest';
import { NATIONAL_COLUMNS } from '../../src/engine/index.ts';
import { clipToRange, labelWithUnit, moneyUnit, outcomeInfo } from '../../src/metrics/index.ts';
import { RUN_FIGURES } from '../../src/experiment/runs/outcomes.ts';
import { CHARTS, MAP_COLUMNS } from '../../web/series.ts';

describe('the outcome catalogue', () => {
  it('defines every chart and map colour of the teaching page, and every run-level figure', () => {
    for (const name of [...CHARTS.map((c) => c.column), ...MAP_COLUMNS.map((c) => c.column), ...RUN_FIGURES]) {
      const info = outcomeInfo(name);
      expect(info.label, name).not.toBe(name);
      expect(info.definition.length, name).toBeGreaterThan(30);
    }
  });

  it('labels the national columns the CLI prints the way the CLI always has', () => {
    expect(outcomeInfo('cv_gdp_pc').label).toBe('CV of regional GDP per person');
    expect(labelWithUnit('gdp_per_capita')).toBe('GDP per person (yuan a year)');
    expect(labelWithUnit('gdp_per_capita', 'model units')).toBe('GDP per person (model units a year)');
    expect(labelWithUnit('theil')).toBe('Theil index of regional GDP per person');
    expect(labelWithUnit('firms')).toBe('Firms');
    expect(labelWithUnit('halfLife')).toBe('Half-life (years)');
    expect(labelWithUnit('some_new_column')).toBe('some_new_column');
    for (const c of NATIONAL_COLUMNS.filter((c) => c !== 'step')) expect(outcomeInfo(c).definition.length, c).toBeGreaterThan(0);
  });

  it('says yuan only where the regions are calibrated to GDP per person in yuan', () => {
    expect(moneyUnit([{ gdpPerCapita: 71_000 }, { gdpPerCapita: 40_000 }])).toBe('yuan');
    expect(moneyUnit([{ gdpPerCapita: 71_000 }, {}])).toBe('model units');
    expect(moneyUnit([])).toBe('model units');
  });

  it('keeps values inside each quantity\'s range and says when it moved one', () => {
    expect(clipToRange('poverty_rate', -0.01)).toEqual({ value: 0, clipped: true });
    expect(clipToRange('r2', 1.041)).toEqual({ value: 1, clipped: true });
    expect(clipToRange('beta', -5)).toEqual({ value: -5, clipped: false });
    expect(clipToRange('net_migration', -1e5)).toEqual({ value: -1e5, clipped: false });
  });
});
