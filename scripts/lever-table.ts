// Measures each lever's effect on china-2020 over 20 years with `factorflow compare`
// (10 replications, common seeds) and writes the table between the markers of
// docs/levers.md. Every lever changes at step 1, from the calibrated economy.
// Run: npx tsx scripts/lever-table.ts [--reps 10] [--workers 2] [--agents N]   (13 × reps runs)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOC = join(ROOT, 'docs/levers.md');
const STEPS = 20;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** Lever name → the `set` applied at step 1 (or a whole schedule). */
const LEVERS: Record<string, { label: string; set?: Record<string, unknown>; schedule?: object[] }> = {
  'transfers-rate': { label: '`policy.transfers.rate` 0.5 → 0.8', set: { 'policy.transfers.rate': 0.8 } },
  'households-share': {
    label: '`policy.transfers.use` households 0.1 → 0.4 (services 0.8 → 0.5)',
    set: { 'policy.transfers.use.households': 0.4, 'policy.transfers.use.services': 0.5 },
  },
  'investment-share': {
    label: '`policy.transfers.use` investment 0.1 → 0.4 (services 0.8 → 0.5)',
    set: { 'policy.transfers.use.investment': 0.4, 'policy.transfers.use.services': 0.5 },
  },
  'hukou-penalty': { label: '`policy.hukouPenalty` 1 → 0.3', set: { 'policy.hukouPenalty': 0.3 } },
  'hukou-access': { label: '`policy.hukouAccess` 0.5 → 0.9', set: { 'policy.hukouAccess': 0.9 } },
  'migration-cost': { label: '`policy.migrationCost` 2 → 1', set: { 'policy.migrationCost': 1 } },
  'trade-barrier': { label: '`policy.tradeBarrier` 200 → 50', set: { 'policy.tradeBarrier': 50 } },
  'capital-friction': { label: '`policy.capitalFriction` 0.03 → 0.01', set: { 'policy.capitalFriction': 0.01 } },
  'new-links': {
    label: 'four west–east links (`addLink` XJ–SN, XZ–CQ, GZ–GD, YN–GD)',
    schedule: [['XJ', 'SN'], ['XZ', 'CQ'], ['GZ', 'GD'], ['YN', 'GD']].map(([from, to]) => ({ step: 1, addLink: { from, to } })),
  },
  'relocation-subsidy': {
    label: '`policy.relocationSubsidy` 0.03 for west and central',
    set: { 'policy.relocationSubsidy.rate': 0.03, 'policy.relocationSubsidy.groups': ['west', 'central'] },
  },
  floor: { label: '`policy.floor` 0.15 → 0.3', set: { 'policy.floor': 0.3 } },
  'rural-tfp': { label: '`policy.ruralTfpGrowth` 0.025 → 0.04', set: { 'policy.ruralTfpGrowth': 0.04 } },
};

/** The headline outcomes of the table (national.csv columns), with how to show them. */
const OUTCOMES: [string, string, number][] = [
  ['gdp_per_capita', 'GDP per person (yuan)', 0],
  ['cv_living_standard', 'CV living standard', 4],
  ['theil', 'Theil', 4],
  ['theil_fixed_weights', 'Theil, step-0 weights', 4],
  ['gini_households', 'Gini households', 4],
  ['poverty_rate', 'poverty rate', 4],
  ['migrant_share', 'migrant share', 4],
  ['urban_rural_ratio', 'urban-rural ratio', 3],
];

function scenarioFiles(dir: string): string[] {
  return Object.entries(LEVERS).map(([name, lever]) => {
    const file = join(dir, `${name}.json`);
    const schedule = lever.schedule ?? [{ step: 1, set: lever.set }];
    writeFileSync(file, JSON.stringify({ name, description: lever.label, extends: 'china-2020', schedule }));
    return file;
  });
}

const fmt = (x: number, digits: number) => (digits === 0 ? Math.round(x).toLocaleString('en-US') : x.toFixed(digits));

function table(rows: Record<string, string>[], reps: string): string {
  const at = (scenario: string, outcome: string) => rows.find((r) => r.scenario === scenario && r.outcome === outcome && Number(r.step) === STEPS);
  const head = `| lever | ${OUTCOMES.map(([, label]) => label).join(' | ')} |`;
  const rule = `|---|${OUTCOMES.map(() => '---').join('|')}|`;
  const lines = Object.entries(LEVERS).map(([name, lever]) => {
    const cells = OUTCOMES.map(([outcome, , digits]) => {
      const r = at(name, outcome);
      if (!r) return 'n/a';
      const [d, lo, hi] = [r.diff_mean, r.ci_low, r.ci_high].map(Number);
      const seen = lo > 0 || hi < 0 ? '**' : '';
      return `${seen}${fmt(d, digits)}${seen} [${fmt(lo, digits)}, ${fmt(hi, digits)}]`;
    });
    return `| ${lever.label} | ${cells.join(' | ')} |`;
  });
  return [
    `Difference policy − baseline at step ${STEPS} (mean over ${reps} paired replications of china-2020, default ` +
    '100,000 agents) and its 95% interval; **bold** where the interval excludes 0. ' +
    'Produced by `npx tsx scripts/lever-table.ts`.', '', head, rule, ...lines,
  ].join('\n');
}

const reps = arg('reps', '10');
const dir = mkdtempSync(join(tmpdir(), 'ff-levers-'));
const out = join(dir, 'compare');
execFileSync('node', [
  join(ROOT, 'bin/factorflow.js'), 'compare', 'china-2020', ...scenarioFiles(dir),
  '--reps', reps, '--steps', String(STEPS), '--out', out, '--no-report', '--quiet', '--workers', arg('workers', '2'),
  // A smaller --agents is for trying the script quickly; the documented table uses the default.
  ...(process.argv.includes('--agents') ? ['--set', `params.laborAgents=${arg('agents', '100000')}`] : []),
], { stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT });
const rows = parse(readFileSync(join(out, 'comparison.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
const text = table(rows, reps);
const doc = readFileSync(DOC, 'utf8');
const start = '<!-- lever-table:start -->';
const end = '<!-- lever-table:end -->';
if (!doc.includes(start) || !doc.includes(end)) throw new Error(`${DOC} lacks the ${start} … ${end} markers`);
writeFileSync(DOC, `${doc.slice(0, doc.indexOf(start) + start.length)}\n${text}\n${doc.slice(doc.indexOf(end))}`);
console.log(text);
