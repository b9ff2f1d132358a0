// The files of one run (docs/outputs.md): national.csv, regions.csv, flows.csv, origins.csv, summary.json,
// scenario.json and manifest.json.
import {
  FLOW_COLUMNS, NATIONAL_COLUMNS, ORIGIN_COLUMNS, REGION_COLUMNS, type RunResult,
} from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { writeFolderAtomically } from './atomic.ts';
import { toCsv } from './csv.ts';
import { json, manifest, scenarioHash } from './manifest.ts';

/** The deterministic files of a run: byte-identical for the same scenario and seed. */
export function runFiles(result: RunResult, scenario: Scenario): Record<string, string> {
  return {
    'national.csv': toCsv(NATIONAL_COLUMNS, result.national),
    'regions.csv': toCsv(REGION_COLUMNS, result.regions),
    'flows.csv': toCsv(FLOW_COLUMNS, result.flows as unknown as Record<string, string | number>[]),
    'origins.csv': toCsv(ORIGIN_COLUMNS, result.origins as unknown as Record<string, string | number>[]),
    'summary.json': json(result.summary),
    'scenario.json': json(resolvedScenarioFile(scenario)),
  };
}

export function writeRun(
  dir: string, result: RunResult, scenario: Scenario, wallSeconds: number, command?: string,
): void {
  writeFolderAtomically(dir, {
    ...runFiles(result, scenario),
    'manifest.json': json(manifest('run', wallSeconds, {
      scenario: scenario.name, seed: scenario.seed, steps: scenario.steps, scenarioHash: scenarioHash(scenario),
    }, command)),
  });
}

/** The resolved scenario with its keys in the order a person reads a scenario file. */
function resolvedScenarioFile(s: Scenario): Scenario {
  const { name, description, teaching, steps, seed, baseYear, params, policy, regions, links, schedule } = s;
  // Optional keys only when set, so scenarios without them keep their bytes.
  return {
    name, description, ...(teaching && { teaching }), steps, seed, ...(baseYear !== undefined && { baseYear }),
    params, policy, regions, links, schedule,
  };
}
