// Keeps the README's and docs' examples true: every fenced block that starts with
// `$ factorflow ...` or `$ npm start` is replaced by what that command prints now.
//   npx tsx scripts/refresh-docs-output.ts README.md docs/experiments.md docs/sensitivity.md
// Commands run in a scratch copy of results/ so that nothing is resumed from old runs.
import { execSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const files = process.argv.slice(2);
const outputs = new Map<string, string>();

/** What a command prints; a command that fails (a merge with runs missing) shows its message and exit code. */
function capture(shell: string): string {
  try {
    return execSync(shell, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; status?: number };
    if (e.status !== 2) throw err;
    return `${e.stdout ?? ''}${e.stderr ?? ''}`.trimEnd() + `\n$ echo $?\n${e.status}`;
  }
}

function run(command: string): string {
  // A merge or a shard is run again each time it appears: between two, the folder changed.
  if (!outputs.has(command) || / --shard |^factorflow merge /.test(command)) {
    const shell = command === 'npm start' ? 'node bin/factorflow.js run' : command.replace(/^factorflow /, 'node bin/factorflow.js ');
    // A shard or a merge continues the experiment the block before planned: keep its folder.
    // So does a calibrate without --plan/--slurm in docs/cluster.md: the search after the merge.
    const continues = / --shard |^factorflow merge /.test(command) || (/^factorflow calibrate .* --out results\/calibrate-cluster\b/.test(command) && !/ --(plan|slurm)\b/.test(command));
    for (const dir of continues ? [] : ['results/china-2020', 'results/compare-china-2020-vs-common-prosperity', 'results/sweep-china-2020', 'results/sensitivity-china-2020-morris', 'results/sensitivity-china-2020-sobol', 'results/sensitivity-readme', 'results/backtest-china-2000']) {
      rmSync(dir, { recursive: true, force: true });
    }
    // docs/cluster.md's sensitivity example plans afresh too (kept apart from the list above, which other branches extend).
    if (!continues) rmSync('results/sensitivity-two-regions-morris', { recursive: true, force: true });
    // and its calibration example (a plan, shards, a merge, then the search in the same folder).
    if (!continues) for (const dir of ['results/calibrate-cluster', 'results/calibrate-slurm']) rmSync(dir, { recursive: true, force: true });
    console.error(`$ ${command}`);
    outputs.set(command, capture(command.startsWith('factorflow merge') ? shell : `${shell} --quiet`));
  }
  return outputs.get(command)!;
}

for (const file of files) {
  const text = readFileSync(file, 'utf8').replace(
    /```\n\$ (factorflow (?:run|compare|sweep|merge|sensitivity|backtest|calibrate)[^\n]*|npm start)\n[\s\S]*?\n```/g,
    // A `--submit` block needs a running Slurm: it keeps what was pasted from one.
    (block, command: string) => (command.includes(' --submit') ? block : `\`\`\`\n$ ${command}\n${run(command)}\n\`\`\``),
  );
  writeFileSync(file, text);
}
