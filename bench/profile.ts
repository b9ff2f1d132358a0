// Profiles steps of china-2020 (default 1,000,000 labour agents) with V8's sampling
// profiler, only around step() (creation and calibration are left out), and prints self
// time by function and by engine file.
//   npx tsx bench/profile.ts --agents=1000000 --steps=3 [--out=/tmp/step.cpuprofile]
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createModel, observe, start, step } from '../src/engine/index.ts';
import { loadScenarioFile } from '../src/io/scenario-files.ts';
import { fmt, table } from './table.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

/** Self time (ms) per key, from the samples and their time deltas. */
function selfTimes(profile: Profile, key: (n: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const name = key(byId.get(id)!);
    out.set(name, (out.get(name) ?? 0) + profile.timeDeltas[k] / 1000);
  });
  return out;
}

function top(times: Map<string, number>, count: number): string {
  const total = [...times.values()].reduce((s, x) => s + x, 0);
  const rows = [...times].sort((a, b) => b[1] - a[1]).slice(0, count)
    .map(([name, ms]) => [name, ms, (100 * ms) / total]);
  return table(['where', 'self ms', '%'], rows);
}

const shortUrl = (url: string) => url.replace(/^.*\/(src|node_modules)\//, '$1/').replace(/\?.*$/, '') || '(native)';

async function main(): Promise<void> {
  const agents = Number(option('agents', '1000000'));
  const steps = Number(option('steps', '3'));
  const { scenario } = loadScenarioFile('china-2020', [`params.laborAgents=${agents}`]);
  const model = createModel(scenario);
  start(model);
  step(model); // warm-up outside the profile
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let k = 0; k < steps; k++) { step(model); observe(model); }
  const wall = performance.now() - t0;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  const out = option('out', '');
  if (out) writeFileSync(out, JSON.stringify(profile));
  console.log(`${fmt(agents, 0)} agents, ${steps} steps + observe: ${fmt(wall / steps)} ms a step\n`);
  console.log(top(selfTimes(profile, (n) => `${n.callFrame.functionName || "(anonymous)"} ${shortUrl(n.callFrame.url)}`), 25));
  console.log('');
  console.log(top(selfTimes(profile, (n) => shortUrl(n.callFrame.url)), 15));
}

await main();
