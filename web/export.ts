// "Download this run as a scenario file": the resolved scenario the page ran, with every
// move made on the page appended to its schedule. factorflow run on that file compiles
// each move to the same action at the same step, so it reproduces the page's numbers.
import type { Scenario, ScenarioFile, ScheduleEntry, ScheduledAction } from '../src/scenario/index.ts';

export interface Move {
  /** Schedule step the move applies at (the step after the one shown when it was made). */
  step: number;
  action: ScheduledAction;
}

export function toEntry(move: Move): ScheduleEntry {
  const a = move.action;
  switch (a.kind) {
    case 'set': return { step: move.step, set: { [a.key]: a.value } };
    case 'addLink': return { step: move.step, addLink: { ...a.link } };
    case 'removeLink': return { step: move.step, removeLink: { from: a.from, to: a.to } };
    case 'linkCost': return { step: move.step, linkCost: { from: a.from, to: a.to, factor: a.factor, cost: a.cost } };
  }
}

export function scenarioWithMoves(scenario: Scenario, moves: Move[]): ScenarioFile {
  const note = moves.length ? ` With ${moves.length} move(s) made on the teaching page.` : '';
  return {
    ...structuredClone(scenario),
    name: moves.length ? `${scenario.name}-class` : scenario.name,
    description: `${scenario.description}${note}`.trim(),
    // The page's moves go after the scenario's own entries: at a shared step they apply last.
    schedule: [...structuredClone(scenario.schedule), ...moves.map(toEntry)],
  };
}

export function download(file: ScenarioFile): void {
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${file.name}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A move in words, for the list on the page. */
export function describe(move: Move, label: (key: string) => string): string {
  const a = move.action;
  const when = `year ${move.step}`;
  if (a.kind === 'set') return `${when}: ${label(a.key)} → ${String(a.value)}`;
  if (a.kind === 'addLink') return `${when}: new link ${a.link.from}–${a.link.to}`;
  return `${when}: ${a.kind} ${a.from}–${a.to}`;
}
