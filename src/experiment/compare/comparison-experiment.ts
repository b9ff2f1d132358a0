// `factorflow compare` as a list of runs: every scenario given (not a results folder) runs
// with the same seeds into its own replications folder (baseline-<name>/, policy-<i>-<name>/),
// so a comparison can be planned, sharded and merged like a sweep. The aggregate step
// (replications of each scenario, then the paired differences) reads only the folder and
// design.json, which is what `factorflow merge` calls.
import { basename, join } from 'node:path';
import { writeFileAtomically } from '../../io/atomic.ts';
import { toCsv } from '../../io/csv.ts';
import { json, manifest, scenarioHash } from '../../io/manifest.ts';
import type { Scenario } from '../../scenario/index.ts';
import { commonStepsOnly } from './comparable.ts';
import { compareGroups, COMPARISON_COLUMNS, readGroup, type Comparison, type Group } from './compare.ts';
import { designHash, prepareFolder, releaseFolder, type Design } from '../folders/folder.ts';
import type { PlannedExperiment } from '../distribute/distribute.ts';
import type { PlannedRun } from '../distribute/plan.ts';
import { repDir } from '../folders/file-names.ts';
import { aggregateReplications, replicationsDesign } from '../replications/replications.ts';
import { policyNotes, scenarioOf } from './policy-notes.ts';
import { moneyUnit } from '../../metrics/index.ts';

/** A compare argument: a results folder read as it is, or a scenario to run. */
export type ComparisonSource = { ref: string; folder: Group } | { ref: string; scenario: Scenario };

type StoredSource = { folder: string } | { scenario: string; scenarioHash: string };

export interface StoredComparisonDesign extends Design {
  kind: 'comparison';
  seeds: number[];
  sources: StoredSource[];
  /** --at, when given (absent otherwise, so older folders keep their design hash). */
  at?: number[];
  /** --force: sources of other regions or step counts, compared over the steps they share (absent otherwise). */
  force?: true;
}

export function comparisonDesign(sources: readonly ComparisonSource[], seeds: number[], at?: number[], force = false): StoredComparisonDesign {
  return {
    kind: 'comparison', seeds,
    sources: sources.map((s) => ('folder' in s ? { folder: s.ref } : { scenario: s.scenario.name, scenarioHash: scenarioHash({ ...s.scenario, seed: 0 }) })),
    ...(at ? { at } : {}),
    ...(force ? { force: true as const } : {}),
  };
}

/** The folder, under the comparison's, of the i-th scenario's replications. */
export const sourceDir = (out: string, i: number, name: string): string =>
  join(out, `${i === 0 ? 'baseline' : `policy-${i}`}-${basename(name)}`);

export function comparisonExperiment(
  sources: readonly ComparisonSource[], seeds: number[], out: string, at?: number[], force = false,
): PlannedExperiment {
  const scenarios = sources.flatMap((s, i) => ('scenario' in s ? [{ i, scenario: s.scenario, dir: sourceDir(out, i, s.scenario.name) }] : []));
  const rel = (dir: string) => dir.slice(out.length).replace(/^[\\/]+/, '').replaceAll('\\', '/');
  return {
    out,
    design: comparisonDesign(sources, seeds, at, force),
    // Under the comparison folder's lock, which covers these: theirs are let go at once.
    prepare: () => {
      for (const s of scenarios) {
        prepareFolder(s.dir, replicationsDesign(s.scenario, seeds), false);
        releaseFolder(s.dir);
      }
    },
    runs: () => scenarios.flatMap((s, k): PlannedRun[] => seeds.map((seed, r) => ({
      index: k * seeds.length + r + 1, dir: `${rel(s.dir)}/rep-${r + 1}`, seed, scenarioHash: scenarioHash({ ...s.scenario, seed }),
      labels: { scenario: s.scenario.name, role: s.i === 0 ? 'baseline' : 'policy', rep: r + 1 },
    }))),
    task: (run) => {
      const s = scenarios[Math.floor((run.index - 1) / seeds.length)];
      const r = (run.index - 1) % seeds.length;
      return { scenario: { ...s.scenario, seed: seeds[r] }, dir: repDir(s.dir, r) };
    },
  };
}

/** Each scenario's replications aggregate, then comparison.csv, comparison.json and manifest.json. */
export function aggregateComparison(out: string, design: StoredComparisonDesign, how: { workers?: number; shards?: number; started: number; refs?: string[] }): { baseline: string; comparison: Comparison; warnings: string[]; money: string; regions?: number } {
  const warnings: string[] = [];
  const groups: Group[] = design.sources.map((s, i) => {
    if ('folder' in s) return readGroup(s.folder);
    const dir = sourceDir(out, i, s.scenario);
    const done = aggregateReplications(dir, { kind: 'replications', scenario: s.scenario, scenarioHash: s.scenarioHash, seeds: design.seeds }, how);
    warnings.push(...done.warnings.map((w) => `${s.scenario}, ${w}`));
    return readGroup(dir);
  });
  const [baseline, ...policies] = design.force ? commonStepsOnly(groups) : groups;
  const comparison = compareGroups(baseline, policies, design.at);
  const first = scenarioOf(baseline);
  const money = first ? moneyUnit(first.regions) : 'yuan';
  const regions = first?.regions.length;
  writeFileAtomically(join(out, 'comparison.csv'), toCsv(COMPARISON_COLUMNS, comparison.rows as never));
  writeFileAtomically(join(out, 'comparison.json'), json({
    baseline: baseline.name, scenarios: policies.map((p) => p.name), seeds: comparison.seeds, steps: comparison.steps,
    rows: comparison.rows, runs: comparison.figures, descriptions: policyNotes(groups), moneyUnit: money, regions,
  }));
  writeFileAtomically(join(out, 'manifest.json'), json(manifest('comparison', (performance.now() - how.started) / 1000, {
    baseline: baseline.name, scenarios: policies.map((p) => p.name),
    sources: how.refs ?? design.sources.map((s) => ('folder' in s ? s.folder : s.scenario)), seeds: comparison.seeds,
    seedRule: 'common random numbers: every scenario runs with the same seeds, replication i uses seed = base + i - 1',
    designHash: designHash(design), shards: how.shards,
  })));
  return { baseline: baseline.name, comparison, warnings, money, regions };
}
