// How big and how long a run may be, decided from the scenario before anything is
// allocated (docs/scenarios.md, "Limits"). Pure: the CLI compares the estimate with the
// machine's available memory (src/io/memory-guard.ts), a web page could do the same.
import type { Scenario } from '../scenario/types.ts';

/** Bytes per labour agent: 23 of state, 36 of per-step temporaries, the rest of margin for initialisation. */
export const BYTES_PER_AGENT = 80;
/** Bytes per firm slot (8 arrays, room for twice the initial firms) and per investor. */
export const BYTES_PER_FIRM = 2 * 2 * 48;
export const BYTES_PER_INVESTOR = 64;
/** Per pair of regions (distance, costs, network weights) and per region (about 40 arrays and its rows). */
export const BYTES_PER_REGION_PAIR = 32;
export const BYTES_PER_REGION = 4096;
/** Node, the libraries and the report builder. */
export const BASE_BYTES = 160 * 2 ** 20;
/** The report reads the rows back: about this much per row while it is built. */
export const REPORT_BYTES_PER_ROW = 600;
/**
 * Most steps a run's report draws (src/report/kinds/run-folder.ts): longer runs are
 * thinned to one step in ⌈steps / 2,000⌉ and the last.
 */
export const REPORT_MAX_STEPS = 2000;

export interface SizeEstimate {
  agents: number;
  firms: number;
  investors: number;
  regions: number;
  /** Bytes of memory, total and by part. */
  bytes: number;
  parts: { base: number; agents: number; firms: number; regions: number; report: number };
  /** Bytes the results files take on disk: about 450 a national row and 370 a region row (flows and origins add a few %). */
  diskBytes: number;
}

/** Memory a run of `scenario` needs, from its agents, regions, firms and steps. */
export function estimateSize(scenario: Scenario, withReport = true): SizeEstimate {
  const r = scenario.regions.length;
  const { laborAgents, firmsPerRegion, investorsPerRegion } = scenario.params;
  const rows = (scenario.steps + 1) * (r + 1);
  const reportRows = (Math.min(scenario.steps, REPORT_MAX_STEPS) + 1) * (r + 1);
  const parts = {
    base: BASE_BYTES,
    agents: laborAgents * BYTES_PER_AGENT,
    firms: r * (firmsPerRegion * BYTES_PER_FIRM + investorsPerRegion * BYTES_PER_INVESTOR),
    regions: r * r * BYTES_PER_REGION_PAIR + r * BYTES_PER_REGION,
    report: withReport ? reportRows * REPORT_BYTES_PER_ROW : 0,
  };
  return {
    agents: laborAgents, firms: r * firmsPerRegion, investors: r * investorsPerRegion, regions: r,
    bytes: Object.values(parts).reduce((a, b) => a + b, 0), parts, diskBytes: (scenario.steps + 1) * (450 + 370 * r),
  };
}

/**
 * TFP grows geometrically (docs/model.md, technology), and output, incomes and capital with
 * it; far enough out they overflow a double, and the dispersion indices, which square GDP
 * per person, overflow first (near 1e154). The horizon is the number of years in which the
 * fastest TFP growth rate of the scenario (urban or rural, schedule included) multiplies
 * TFP by 10^50, which keeps GDP per person far below that.
 */
export const HORIZON_GROWTH_FACTOR_LOG10 = 50;

/** Longest run even without growth: a billion steps (about 700 GB of rows for two regions). */
export const MAX_STEPS = 1e9;
/** Most agents: they are indexed by 32-bit integers. */
export const MAX_AGENTS = 2 ** 31 - 1;

export function horizon(scenario: Scenario): number {
  const rates = [scenario.params.tfpGrowth, scenario.policy.ruralTfpGrowth];
  for (const entry of scenario.schedule) {
    for (const [key, value] of Object.entries(entry.set ?? {})) {
      if ((key === 'params.tfpGrowth' || key === 'policy.ruralTfpGrowth') && typeof value === 'number') rates.push(value);
    }
  }
  const g = Math.max(...rates);
  return g > 0 ? Math.min(MAX_STEPS, Math.floor((HORIZON_GROWTH_FACTOR_LOG10 * Math.LN10) / Math.log1p(g))) : MAX_STEPS;
}
