// Every file in malformed/ holds one mistake (many-problems.json several): the table names
// the line each must produce. The expected texts are the messages this project promises
// (docs/scenarios.md, "Validation"), written by hand, not copied from a run.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioFile } from '../../src/io/scenario-files.ts';
import { formatProblem } from '../../src/scenario/index.ts';

const DIR = 'test/scenario/malformed';

const EXPECTED: Record<string, string> = {
  'not-json-trailing-comma.json': "not valid JSON: line 3, column 1: trailing comma before '}'",
  'not-json-comment.json': 'not valid JSON: line 1, column 1: comments are not allowed in JSON',
  'not-json-unquoted.json': 'not valid JSON: line 2, column 15: expected a key in double quotes',
  'not-an-object.json': 'must be a JSON object (got [1,2])',
  'unknown-top-key.json': 'stpes: unknown key (did you mean "steps"?)',
  'unknown-param.json': 'params.alpah: unknown key (did you mean "alpha"?)',
  'unknown-nested-policy.json': 'policy.transfers.formla: unknown key (did you mean "formula"?)',
  'unknown-region-key.json': 'regions[1].populaton: unknown key (did you mean "population"?)',
  'steps-wrong-type.json': 'steps: must be an integer >= 1 (got "ten")',
  'steps-not-integer.json': 'steps: must be an integer >= 1 (got 2.5)',
  'population-negative.json': 'regions[3].population: must be a positive number (got -5)',
  'alpha-one.json': 'params.alpha: must be a number in (0, 1) (got 1)',
  'delta-zero.json': 'params.delta: must be a number in (0, 1] (got 0)',
  'urban-share-above-one.json': 'regions[0].urbanShare: must be a number in [0, 1] (got 1.2)',
  'cost-negative.json': 'policy.migrationCost: must be a number >= 0 (got -1)',
  'number-not-finite.json': 'params.saving: must be a finite number (got Infinity)',
  'formula-not-in-enum.json':
    'policy.transfers.formula: must be one of "equalization", "per-capita", "none" (got "equal") (did you mean "equalization"?)',
  'agents-not-integer.json': 'params.laborAgents: must be an integer >= 1 (got 1000.5)',
  // Agents' skill bins are stored in a Uint8Array (src/engine/state.ts): 256 at most.
  'skill-bins-above-256.json': 'params.skillBins: must be an integer in [1, 256] (got 257)',
  'region-missing-key.json': 'regions[0]: missing required key "urbanShare"',
  'region-duplicate-id.json': 'regions[2].id: duplicate region id "A" (also regions[0])',
  'region-without-tfp.json': 'regions[1]: needs tfp or gdpPerCapita',
  'regions-not-a-list.json': 'regions: must be a list (got {"id":"A"})',
  'no-regions.json': 'regions: no regions',
  'link-unknown-region.json': 'links[0].to: unknown region "CC" (did you mean "C"?)',
  'link-to-itself.json': 'links[0]: links region "A" to itself',
  'link-duplicate.json': 'links[1]: duplicate link A–B (also links[0])',
  'link-cost-uncomputable.json': 'links[0].cost: missing, and region "A" has no lon/lat',
  'schedule-step-after-end.json': 'schedule[0].step: must be within 1..10',
  'schedule-step-zero.json': 'schedule[0].step: must be an integer >= 1 (got 0)',
  'schedule-two-actions.json': 'schedule[0]: must have exactly one of set, addLink, removeLink, linkCost (got set and addLink)',
  'schedule-no-action.json': 'schedule[0]: must have exactly one of set, addLink, removeLink, linkCost (got none)',
  'schedule-unknown-key.json': 'schedule[0].set.policy.hukouPenallty: unknown key (did you mean "policy.hukouPenalty"?)',
  'schedule-structural-key.json': 'schedule[0].set.params.laborAgents: cannot change during a run',
  'schedule-group-key.json': 'schedule[0].set.policy.transfers: is a group of keys',
  'schedule-value-out-of-range.json': 'schedule[0].set.policy.hukouAccess: must be a number in [0, 1] (got 2)',
  'schedule-value-wrong-type.json': 'schedule[0].set.policy.transfers.rate: must be a number in [0, 1] (got "high")',
  'schedule-over-without-set.json': 'schedule[0].over: only allowed together with "set"',
  'schedule-link-cost-both.json': 'schedule[0].linkCost: must have exactly one of factor, cost (got factor and cost)',
  'schedule-add-existing-link.json': 'schedule[0].addLink: link A–B already exists at step 2',
  'schedule-remove-missing-link.json': 'schedule[0].removeLink: no link A–C exists at step 2',
  'schedule-subsidy-unknown-region.json':
    'schedule[0].set.policy.relocationSubsidy.regions[1]: unknown region "BB" (did you mean "B"?)',
  'subsidy-unknown-region.json': 'policy.relocationSubsidy.regions[0]: unknown region "Q"',
  'subsidy-unknown-group.json': 'policy.relocationSubsidy.groups[0]: unknown group "wset" (did you mean "west"?)',
  'subsidy-group-twice.json': 'policy.relocationSubsidy.groups: lists "west" twice',
  'extends-missing-file.json': 'extends: cannot read "../fixtures/nope.json" (no such file)',
  'extends-unknown-bundled.json': 'extends: no bundled scenario named "china-2021" (did you mean "china-2020"?)',
  'extends-cycle-a.json': 'extends: extends cycle: ',
  'extends-cycle-b.json': 'extends: extends cycle: ',
};

/** many-problems.json: one line per mistake, in the order of the file. */
const MANY = [
  'stpes: unknown key (did you mean "steps"?)',
  'regions[0].population: must be a positive number (got -5)',
  'regions[1].id: duplicate region id "A" (also regions[0])',
  'links[0].to: unknown region "Z"',
  'schedule[0].step: must be within 1..10',
  'schedule[0].set.params.alpah: unknown key (did you mean "params.alpha"?)',
];

function lines(file: string): string[] {
  return validateScenarioFile(`${DIR}/${file}`).map(formatProblem);
}

describe('malformed scenario files', () => {
  it('the corpus has at least 30 files, each in the table', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'many-problems.json');
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s gives exactly its one problem', (file, expected) => {
    const found = lines(file);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it('names the file that holds the mistake', () => {
    expect(lines('unknown-param.json')[0]).toMatch(/^test\/scenario\/malformed\/unknown-param\.json: /);
    // The cycle closes in the second file, whose extends points back to the first.
    expect(lines('extends-cycle-a.json')[0]).toMatch(/^test\/scenario\/malformed\/extends-cycle-b\.json: /);
  });

  it('many-problems.json reports every problem at once, in file order', () => {
    const found = lines('many-problems.json');
    expect(found).toHaveLength(MANY.length);
    MANY.forEach((expected, i) => expect(found[i]).toContain(expected));
  });
});
