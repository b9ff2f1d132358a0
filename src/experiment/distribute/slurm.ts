// Slurm scripts for a planned experiment (--slurm): an array job of N tasks, task I running
// `--shard I/N` of the same command with --workers set to the task's CPUs, and a merge job
// that starts only when every task ended well (afterok). The scripts go into <out>/slurm/
// with the tasks' logs; slurm.json records the shard count for merge's messages.
// An experiment whose merge ends only a phase (a calibration: the design is sharded, the
// search cannot be) gets a dependent job that merges and then runs the command itself on
// the folder, on the job's CPUs, which resumes past the merged phase.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../../io/atomic.ts';
import { json } from '../../io/manifest.ts';
import { InputError } from '../errors.ts';

export interface SlurmSettings {
  /** Array tasks = shards. */
  shards: number;
  cpusPerTask: number;
  partition?: string;
  /** Slurm's --time, e.g. 2:00:00 or 1-12:00:00. */
  time?: string;
}

export interface SlurmInfo extends SlurmSettings {
  /** The experiment command each task runs, before --shard and --workers are added. */
  command: string[];
}

export interface SlurmFiles {
  dir: string;
  shards: string;
  merge: string;
  submit: string;
  /** The shell line that submits both jobs. */
  submitLine: string;
}

/** Slurm's time formats: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS. */
const TIME = /^(\d+-)?\d+(:\d+){0,2}$/;

export function checkSlurmSettings(s: SlurmSettings): void {
  if (s.time !== undefined && !TIME.test(s.time)) throw new InputError(`--time ${s.time}: expected a Slurm time such as 90 (minutes), 2:00:00 or 1-12:00:00`);
  if (s.partition !== undefined && !/^[\w.,-]+$/.test(s.partition)) throw new InputError(`--partition ${s.partition}: expected a partition name (letters, digits, . _ -)`);
}

/** A word for a POSIX shell: as it is when safe, else in single quotes. */
export const shellWord = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);

/** The factorflow command as this process was started: node, then bin/factorflow.js, absolute. */
function factorflowCommand(): string[] {
  return [process.execPath, fileURLToPath(new URL('../../../bin/factorflow.js', import.meta.url))];
}

function header(name: string, s: SlurmSettings, cpus: number, log: string, extra: string[]): string[] {
  return [
    '#!/bin/bash',
    `#SBATCH --job-name=${name}`,
    ...extra,
    `#SBATCH --cpus-per-task=${cpus}`,
    ...(s.partition ? [`#SBATCH --partition=${s.partition}`] : []),
    ...(s.time ? [`#SBATCH --time=${s.time}`] : []),
    `#SBATCH --chdir=${process.cwd()}`,
    `#SBATCH --output=${log}`,
  ];
}

function shardsScript(out: string, s: SlurmSettings, command: string[], name: string): string {
  const run = [...factorflowCommand(), ...command, '--out', out].map(shellWord).join(' ');
  return [
    ...header(`${name}-shards`, s, s.cpusPerTask, join(out, 'slurm', 'shard-%a.out'), [`#SBATCH --array=1-${s.shards}`]),
    '# Written by factorflow --slurm. Task I runs the planned runs with index ≡ I (mod N),',
    '# each into its own folder under the experiment folder; a run already complete is skipped,',
    `# so a failed task can be run again: sbatch --array=I ${join(out, 'slurm', 'shards.sbatch')}`,
    'set -euo pipefail',
    `exec ${run} --shard "\${SLURM_ARRAY_TASK_ID}/${s.shards}" --workers "\${SLURM_CPUS_PER_TASK:-1}" --quiet`,
    '',
  ].join('\n');
}

/** The dependent job of an experiment finished by its own command after the merge (`resume`). */
function mergeAndResumeScript(out: string, s: SlurmSettings, command: string[], name: string, report: boolean): string {
  const merge = [...factorflowCommand(), 'merge', out, '--no-report'].map(shellWord).join(' ');
  const rest = [...factorflowCommand(), ...command, '--out', out, ...(report ? [] : ['--no-report'])].map(shellWord).join(' ');
  return [
    ...header(`${name}-merge`, s, s.cpusPerTask, join(out, 'slurm', 'merge.out'), []),
    '# Written by factorflow --slurm: checks every planned run of the design is complete and',
    '# ranks the candidates (exit code 2 and the missing runs named otherwise), then runs the',
    '# rest, which cannot be split into shards (a calibration\'s search and profiles), as the',
    '# same command on the folder with this job\'s CPUs as workers. It finds the design',
    '# complete and runs only the rest; submitted again (e.g. after the time limit), it resumes.',
    'set -euo pipefail',
    merge,
    `exec ${rest} --workers "\${SLURM_CPUS_PER_TASK:-1}" --quiet`,
    '',
  ].join('\n');
}

function mergeScript(out: string, s: SlurmSettings, name: string, report: boolean): string {
  const run = [...factorflowCommand(), 'merge', out, ...(report ? [] : ['--no-report'])].map(shellWord).join(' ');
  return [
    ...header(`${name}-merge`, s, 1, join(out, 'slurm', 'merge.out'), []),
    '# Written by factorflow --slurm: checks every planned run is complete, then writes the',
    '# aggregate files and the report (exit code 2 and the missing runs named otherwise).',
    'set -euo pipefail',
    `exec ${run}`,
    '',
  ].join('\n');
}

/** Writes <out>/slurm/{shards.sbatch, merge.sbatch, submit.sh, slurm.json}. `out` is made absolute. */
export function writeSlurmScripts(outArg: string, s: SlurmSettings, command: string[], name: string, report: boolean, resume = false): SlurmFiles {
  checkSlurmSettings(s);
  const out = resolve(outArg);
  const dir = join(out, 'slurm');
  mkdirSync(dir, { recursive: true });
  const files = { dir, shards: join(dir, 'shards.sbatch'), merge: join(dir, 'merge.sbatch'), submit: join(dir, 'submit.sh') };
  const submitLine = `jid=$(sbatch --parsable ${shellWord(files.shards)}) && sbatch --parsable --dependency=afterok:\${jid%%;*} ${shellWord(files.merge)}`;
  writeFileAtomically(files.shards, shardsScript(out, s, command, name));
  writeFileAtomically(files.merge, resume ? mergeAndResumeScript(out, s, command, name, report) : mergeScript(out, s, name, report));
  writeFileAtomically(files.submit, `#!/bin/sh\n# Submits the array job, then the merge job that waits for all of its tasks to succeed.\nset -e\n${submitLine}\n`);
  writeFileAtomically(join(dir, 'slurm.json'), json({ ...s, command } satisfies SlurmInfo));
  return { ...files, submitLine };
}

/** <out>/slurm/slurm.json, when --slurm wrote it. */
export function readSlurmInfo(out: string): SlurmInfo | undefined {
  const file = join(out, 'slurm', 'slurm.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SlurmInfo;
  } catch {
    return undefined;
  }
}

/** Submits both jobs with sbatch; returns their job ids. */
export function submitSlurm(files: SlurmFiles): { arrayJob: string; mergeJob: string } {
  const sbatch = (args: string[]): string => {
    try {
      return execFileSync('sbatch', ['--parsable', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split(';')[0];
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { stderr?: string };
      if (e.code === 'ENOENT') throw new InputError('--submit: sbatch not found on PATH (submit from a Slurm login node, or run the printed command there)');
      throw new InputError(`--submit: sbatch failed: ${String(e.stderr ?? e.message).trim().split('\n')[0]}`);
    }
  };
  const arrayJob = sbatch([files.shards]);
  const mergeJob = sbatch([`--dependency=afterok:${arrayJob}`, files.merge]);
  return { arrayJob, mergeJob };
}
