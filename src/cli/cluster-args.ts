// Options every list-of-runs experiment takes for running beyond one machine (docs/cluster.md):
// --plan, --shard I/N, and --slurm with its settings. `clusterStep` does what they ask once
// the experiment has been planned or sharded, and prints what to do next.
import { relative } from 'node:path';
import type { Argv } from 'yargs';
import { integerArg } from './integer-arg.ts';
import type { CarriedOut, Split } from '../experiment/distribute/distribute.ts';
import { InputError } from '../experiment/errors.ts';
import { PLAN_FILE } from '../experiment/distribute/plan.ts';
import { parseShard, shardText } from '../experiment/distribute/shard.ts';
import { checkSlurmSettings, shellWord, submitSlurm, writeSlurmScripts, type SlurmSettings } from '../experiment/distribute/slurm.ts';

export interface ClusterArgs {
  plan?: boolean;
  shard?: string;
  slurm?: boolean;
  submit?: boolean;
  partition?: string;
  time?: string;
  cpusPerTask?: number;
  arraySize?: number;
}

export function clusterOptions<T>(yargs: Argv<T>): Argv<T & ClusterArgs> {
  return yargs
    .option('plan', { type: 'boolean', describe: 'write the folder with its design and plan.csv (one line per run) and run nothing' })
    .option('shard', { type: 'string', describe: 'I/N: run only the planned runs with index ≡ I (mod N), I = 1..N; rerun to resume' })
    .option('slurm', { type: 'boolean', describe: 'plan, then write Slurm scripts: an array job of shards and a merge job after it' })
    .option('array-size', { type: 'string', coerce: integerArg('--array-size', 1), describe: 'with --slurm: array tasks = shards (default: the runs, at most 100)' })
    .option('cpus-per-task', { type: 'string', coerce: integerArg('--cpus-per-task', 1), describe: 'with --slurm: CPUs per task, also its --workers (default 1)' })
    .option('partition', { type: 'string', describe: 'with --slurm: the Slurm partition (default: the cluster\'s)' })
    .option('time', { type: 'string', describe: 'with --slurm: time limit per task, e.g. 2:00:00 (default: the partition\'s)' })
    .option('submit', { type: 'boolean', describe: 'with --slurm: call sbatch now and print the job ids' }) as Argv<T & ClusterArgs>;
}

const SLURM_ONLY = ['arraySize', 'cpusPerTask', 'partition', 'time', 'submit'] as const;

/** --plan or --shard as a Split (--slurm plans). @throws InputError on a bad or conflicting flag */
export function splitArg(args: ClusterArgs): Split | undefined {
  const given = (['plan', 'shard', 'slurm'] as const).filter((k) => args[k] !== undefined && args[k] !== false);
  if (given.length > 1) throw new InputError(`give only one of --plan, --shard and --slurm (got --${given.join(' and --')})`);
  const stray = SLURM_ONLY.find((k) => args[k] !== undefined && args[k] !== false);
  if (stray && !args.slurm) throw new InputError(`--${stray.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} goes with --slurm`);
  if (args.shard !== undefined) return { shard: parseShard(args.shard) };
  if (args.slurm) {
    // Checked before anything is planned, so that a typo leaves no folder behind.
    checkSlurmSettings({ shards: countOption('array-size', args.arraySize, 1), cpusPerTask: countOption('cpus-per-task', args.cpusPerTask, 1), partition: args.partition, time: args.time });
  }
  return args.plan || args.slurm ? { plan: true } : undefined;
}

/** Options of the experiment command that a shard must not repeat (it gets its own). */
const VALUED = new Set(['out', 'workers', 'shard', 'partition', 'time', 'cpus-per-task', 'array-size']);
const FLAGS = new Set(['plan', 'slurm', 'submit', 'fresh', 'quiet', 'q', 'report', 'progress']);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The command line (after `factorflow`) a shard repeats: this one without output, worker and cluster options. */
export function shardCommand(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    const m = /^--?(no-)?([^=]+)(=.*)?$/.exec(word);
    const name = m ? kebab(m[2]) : '';
    if (m && VALUED.has(name)) {
      if (m[3] === undefined) i++;
      continue;
    }
    if (m && FLAGS.has(name)) continue;
    kept.push(word);
  }
  return kept;
}

function countOption(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--${name}: expected a whole number ≥ 1 (got ${value})`);
  return n;
}

/**
 * After --plan, --shard or --slurm: Slurm scripts if asked, and the next step printed.
 * `rest` (e.g. 'the search'): the merge ends only the planned phase and the same command run
 * again on the folder does the rest, which cannot be split; the Slurm merge job then runs it too.
 */
export function clusterStep(args: ClusterArgs & { report?: boolean }, out: string, carried: CarriedOut, name: string, rest?: string): string {
  const then = rest ? `, then the same command without --plan/--shard/--slurm (it runs ${rest}, which cannot be split)` : '';
  if (carried.mode === 'shard') {
    const shard = parseShard(args.shard!);
    return [
      `shard ${shardText(shard)}: ${carried.selected} of ${carried.total} runs (${carried.ran} run now, ${carried.selected - carried.ran} already complete)`,
      `When every shard is done: factorflow merge ${out}${then}`,
    ].join('\n');
  }
  const planned = `planned ${carried.total} runs: ${out}/${PLAN_FILE} (one line per run), nothing run yet`;
  if (!args.slurm) {
    return [planned, `Next: the same command with --shard I/N for I = 1..N (anywhere the folder is shared), then: factorflow merge ${out}${then}`].join('\n');
  }
  if (carried.total === 0) throw new InputError('--slurm: the design has no runs to distribute (every source is a results folder)');
  const settings: SlurmSettings = {
    shards: Math.min(countOption('array-size', args.arraySize, Math.min(carried.total, 100)), carried.total),
    cpusPerTask: countOption('cpus-per-task', args.cpusPerTask, 1),
    partition: args.partition, time: args.time,
  };
  const files = writeSlurmScripts(out, settings, shardCommand(process.argv.slice(2)), `ff-${name}`, args.report !== false, rest !== undefined);
  const rel = (path: string) => shellWord(relative(process.cwd(), path));
  const cpus = `${settings.cpusPerTask} CPU${settings.cpusPerTask > 1 ? 's' : ''}`;
  const after = rest ? `merge and ${rest} on ${cpus}` : 'merge';
  const lines = [planned, `Slurm: ${settings.shards} array tasks of ${cpus} (${rel(files.shards)}), then ${after} (${rel(files.merge)})`];
  if (!args.submit) {
    const line = `jid=$(sbatch --parsable ${rel(files.shards)}) && sbatch --dependency=afterok:\${jid%%;*} ${rel(files.merge)}`;
    return [...lines, 'Submit both from this folder with:', `  ${line}`, `(or: sh ${rel(files.submit)})`].join('\n');
  }
  const { arrayJob, mergeJob } = submitSlurm(files);
  return [...lines, `Submitted: array job ${arrayJob} (tasks 1-${settings.shards}), ${rest ? `merge-and-${rest.replace(/^the /, '')}` : 'merge'} job ${mergeJob} (after all tasks succeed)`].join('\n');
}
