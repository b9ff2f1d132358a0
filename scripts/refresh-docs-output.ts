// Keeps the README's and docs' examples true: every fenced block that starts with
// `$ factorflow ...` or `$ npm start` is replaced by what that command prints now.
//   npx tsx scripts/refresh-docs-output.ts README.md docs/experiments.md
// Commands run in a scratch copy of results/ so that nothing is resumed from old runs.
import { execSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const files = process.argv.slice(2);
const outputs = new Map<string, string>();

function run(command: string): string {
  if (!outputs.has(command)) {
    const shell = command === 'npm start' ? 'node bin/factorflow.js run' : command.replace(/^factorflow /, 'node bin/factorflow.js ');
    for (const dir of ['results/china-2020', 'results/compare-china-2020-vs-common-prosperity', 'results/sweep-china-2020', 'results/backtest-china-2000']) {
      rmSync(dir, { recursive: true, force: true });
    }
    console.error(`$ ${command}`);
    outputs.set(command, execSync(`${shell} --quiet`, { encoding: 'utf8' }).trimEnd());
  }
  return outputs.get(command)!;
}

for (const file of files) {
  const text = readFileSync(file, 'utf8').replace(
    /```\n\$ (factorflow (?:run|compare|sweep|backtest)[^\n]*|npm start)\n[\s\S]*?\n```/g,
    (_block, command: string) => `\`\`\`\n$ ${command}\n${run(command)}\n\`\`\``,
  );
  writeFileSync(file, text);
}
