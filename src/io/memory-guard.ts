// The size guard: a run that would not fit in the machine's memory, or would run past the
// model's horizon, is refused before anything is allocated (exit 2), naming the estimate
// and what is available. `validate` prints the same figures.
import { freemem } from 'node:os';
import { MAX_AGENTS, MAX_STEPS, estimateSize, horizon, type SizeEstimate } from '../engine/limits.ts';
import type { Scenario } from '../scenario/index.ts';
import { OutputError } from './output-error.ts';

const MB = 2 ** 20;
export const mb = (bytes: number): string => `${Math.ceil(bytes / MB).toLocaleString('en-US')} MB`;

/** Memory this process may still use: the system's available memory, or the cgroup limit if lower. */
export function availableMemory(): number {
  const env = Number(process.env.FACTORFLOW_MEMORY_LIMIT_MB);
  if (Number.isFinite(env) && env > 0) return env * MB; // for tests and shared machines
  let available = freemem();
  const constrained = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.();
  if (constrained && constrained > 0 && constrained < Number.MAX_SAFE_INTEGER) {
    available = Math.min(available, constrained - process.memoryUsage().rss);
  }
  return available;
}

export class TooBigError extends OutputError {}

/** One line: what a run needs and what the machine has. */
export function sizeText(scenario: Scenario, e: SizeEstimate = estimateSize(scenario)): string {
  const h = horizon(scenario);
  return `${e.agents.toLocaleString('en-US')} agents, ${e.firms.toLocaleString('en-US')} firms, ${e.regions} regions, `
    + `${scenario.steps.toLocaleString('en-US')} steps: about ${mb(e.bytes)} of memory (${mb(availableMemory())} available), `
    + `${mb(e.diskBytes)} on disk; horizon ${h.toLocaleString('en-US')} steps`;
}

/** The reasons `scenario` cannot run here, or [] (`file` names it in the messages). */
export function sizeProblems(scenario: Scenario, file: string, withReport = true): string[] {
  const problems: string[] = [];
  const e = estimateSize(scenario, withReport);
  const available = availableMemory();
  if (e.agents > MAX_AGENTS) {
    problems.push(`${file}: params.laborAgents = ${e.agents.toLocaleString('en-US')} is more than the ${MAX_AGENTS.toLocaleString('en-US')} agents a run can index (docs/scenarios.md, Limits)`);
  } else if (e.bytes > available) {
    problems.push(`${file}: params.laborAgents = ${e.agents.toLocaleString('en-US')}, ${e.firms.toLocaleString('en-US')} firms, `
      + `${e.regions} regions: the run needs about ${mb(e.bytes)} of memory and ${mb(available)} is available; use fewer agents (docs/scenarios.md, Limits)`);
  }
  if (!Number.isSafeInteger(scenario.seed)) {
    problems.push(`${file}: seed = ${scenario.seed} is above 2^53 − 1, where seeds can no longer be told apart exactly (docs/scenarios.md, Limits)`);
  }
  const h = horizon(scenario);
  if (scenario.steps > h) {
    const why = h === MAX_STEPS ? 'the most a run may have' : 'at this TFP growth, where incomes would overflow; use fewer steps or lower tfpGrowth';
    problems.push(`${file}: steps = ${scenario.steps.toLocaleString('en-US')} is beyond the horizon of ${h.toLocaleString('en-US')} steps ${why} (docs/scenarios.md, Limits)`);
  }
  return problems;
}

/** Throws TooBigError when `scenario` cannot run here. */
export function requireFits(scenario: Scenario, file: string, withReport = true): void {
  const problems = sizeProblems(scenario, file, withReport);
  if (problems.length) throw new TooBigError(problems.join('\n'));
}
