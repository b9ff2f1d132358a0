// `factorflow list`: the bundled scenarios and what each one is.
import type { CommandModule } from 'yargs';
import { bundledNames, loadScenarioFile } from '../../io/scenario-files.ts';
import { withErrors } from '../errors.ts';

/** The first sentence of a description: up to a full stop before a capital or the end. */
export function firstSentence(text: string): string {
  // A stop before a lower-case word is an abbreviation ("e.g. this"), not a sentence end.
  const end = text.search(/\.(?=\s+[A-Z]|\s*$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** Rows of cells as text columns, each as wide as its widest cell; the last is not padded. */
export function alignColumns(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')).join('\n');
}

/** Cuts a cell to `width` characters with an ellipsis. */
function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function listBundled(): void {
  const rows = [['NAME', 'REGIONS', 'STEPS', 'DESCRIPTION']];
  for (const name of bundledNames()) {
    const { scenario } = loadScenarioFile(name);
    rows.push([name, String(scenario.regions.length), String(scenario.steps), firstSentence(scenario.description)]);
  }
  const table = alignColumns(rows);
  // On a terminal, keep one scenario per line; piped output keeps the whole sentence.
  const width = process.stdout.isTTY ? process.stdout.columns : undefined;
  console.log(width ? table.split('\n').map((line) => cut(line, width)).join('\n') : table);
}

const command: CommandModule = {
  command: 'list',
  describe: 'List the bundled scenarios with their descriptions',
  handler: withErrors(listBundled),
};

export default command;
