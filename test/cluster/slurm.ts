// A private single-node Slurm for the cluster test: Debian's slurm-wlm and munge (installed
// when missing, as root), a slurm.conf for this host on loopback addresses and free ports,
// and every state, spool, socket and log file under one temporary folder. munged runs as
// the munge user, slurmctld and slurmd as root, all in the foreground as children of this
// process so that they are stopped by their own PIDs and nothing else is touched.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARIES = ['/usr/sbin/munged', '/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch', '/usr/bin/sinfo'];

const installed = () => BINARIES.every((b) => existsSync(b));

/** Installs slurm-wlm and munge when missing; returns why Slurm cannot be used, or undefined. */
export function ensureSlurm(): string | undefined {
  if (process.platform !== 'linux') return 'a private Slurm needs Linux';
  if (process.getuid?.() !== 0) return 'a private Slurm needs root (slurmd runs as root, munged as the munge user)';
  if (installed()) return undefined;
  if (!existsSync('/usr/bin/apt-get')) return 'Slurm is not installed and this is not a Debian-like system (no apt-get)';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { env, encoding: 'utf8', timeout: 300_000 });
  const install = update.status === 0
    ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'slurm-wlm', 'munge'], { env, encoding: 'utf8', timeout: 600_000 })
    : update;
  if (install.status !== 0 || !installed()) {
    const why = `${install.stderr ?? ''}`.trim().split('\n').pop() ?? `exit ${install.status}`;
    return `could not install slurm-wlm and munge with apt-get (${why})`;
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const idOf = (flag: '-u' | '-g', user: string) => Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());

export interface Cluster {
  dir: string;
  /** The environment for sbatch, squeue and the factorflow processes (SLURM_CONF). */
  env: NodeJS.ProcessEnv;
  node: string;
  /** Stops the daemons this cluster started (by PID) and waits for them. */
  stop(): Promise<void>;
  log(): string;
}

function slurmConf(dir: string, node: string, ports: [number, number]): string {
  return [
    'ClusterName=factorflowci',
    `SlurmctldHost=${node}(127.0.0.1)`,
    `SlurmctldPort=${ports[0]}`,
    `SlurmdPort=${ports[1]}`,
    'SlurmUser=root',
    'SlurmdUser=root',
    'AuthType=auth/munge',
    'CredType=cred/munge',
    `AuthInfo=socket=${join(dir, 'munge', 'munge.socket')}`,
    `StateSaveLocation=${join(dir, 'state')}`,
    `SlurmdSpoolDir=${join(dir, 'spool')}`,
    `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
    `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
    `SlurmctldLogFile=${join(dir, 'log', 'slurmctld.log')}`,
    `SlurmdLogFile=${join(dir, 'log', 'slurmd.log')}`,
    'ProctrackType=proctrack/linuxproc',
    'TaskPlugin=task/none',
    'SelectType=select/cons_tres',
    'SelectTypeParameters=CR_CPU',
    'SchedulerType=sched/backfill',
    // Schedule every 2 s, not every 30-60 s: the test waits for the array and the merge job after it.
    'SchedulerParameters=sched_interval=2,bf_interval=2',
    'MpiDefault=none',
    'ReturnToService=2',
    'JobAcctGatherType=jobacct_gather/none',
    'AccountingStorageType=accounting_storage/none',
    'JobCompType=jobcomp/none',
    'SlurmctldTimeout=30',
    'SlurmdTimeout=30',
    'InactiveLimit=0',
    'MinJobAge=600',
    `NodeName=${node} NodeAddr=127.0.0.1 NodeHostname=${node} CPUs=${availableParallelism()} RealMemory=1000 State=UNKNOWN`,
    `PartitionName=ci Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
    '',
  ].join('\n');
}

/** A daemon in the foreground, its stderr into `err` (what it says before its log file opens). */
function daemon(command: string, args: string[], err: string, ids?: { uid: number; gid: number }): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', openSync(err, 'a')], ...(ids ?? {}) });
  child.on('error', () => {});
  return child;
}

async function until(what: string, timeoutMs: number, test: () => boolean): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Starts munged, slurmctld and slurmd on this host and waits until the node is idle. */
export async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'ff-slurm-'));
  chmodSync(dir, 0o755);
  const node = hostname().split('.')[0];
  for (const sub of ['state', 'spool', 'log', 'etc']) mkdirSync(join(dir, sub));
  const munge = { uid: idOf('-u', 'munge'), gid: idOf('-g', 'munge') };
  const mungeDir = join(dir, 'munge');
  mkdirSync(mungeDir, { mode: 0o755 }); // clients must reach the socket; the key itself is 0400
  chownSync(mungeDir, munge.uid, munge.gid);
  const key = join(mungeDir, 'munge.key');
  writeFileSync(key, randomBytes(1024), { mode: 0o400 });
  chownSync(key, munge.uid, munge.gid);
  const conf = join(dir, 'etc', 'slurm.conf');
  writeFileSync(conf, slurmConf(dir, node, [await freePort(), await freePort()]));
  const env = { ...process.env, SLURM_CONF: conf };
  const children: ChildProcess[] = [];
  const stop = async () => {
    // Jobs of this private cluster still queued or running (a timed-out test) are cancelled
    // first, so that no job step outlives the daemons.
    const jobs = spawnSync('/usr/bin/squeue', ['-h', '-o', '%A'], { env, encoding: 'utf8' }).stdout?.split('\n').filter(Boolean) ?? [];
    if (jobs.length > 0) {
      spawnSync('/usr/bin/scancel', jobs, { env });
      await until('cancelled jobs to end', 20_000, () => !spawnSync('/usr/bin/squeue', ['-h', '-o', '%A'], { env, encoding: 'utf8' }).stdout?.trim()).catch(() => {});
    }
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) continue;
      const closed = new Promise((r) => child.once('close', r));
      process.kill(child.pid, 'SIGTERM');
      await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
    }
  };
  const log = () => [...['munged.err', 'slurmctld.err', 'slurmd.err', 'slurmctld.log', 'slurmd.log'].map((f) => join(dir, 'log', f)), join(mungeDir, 'munged.log')].filter(existsSync).map((f) => `--- ${f}\n${readFileSync(f, 'utf8').split('\n').slice(-15).join('\n')}`).join('\n');
  try {
    children.push(daemon('/usr/sbin/munged', [
      '--foreground', `--socket=${join(mungeDir, 'munge.socket')}`, `--key-file=${key}`,
      `--pid-file=${join(mungeDir, 'munged.pid')}`, `--seed-file=${join(mungeDir, 'munged.seed')}`, `--log-file=${join(mungeDir, 'munged.log')}`,
    ], join(dir, 'log', 'munged.err'), munge));
    await until('munged\'s socket', 15_000, () => existsSync(join(mungeDir, 'munge.socket')));
    children.push(daemon('/usr/sbin/slurmctld', ['-D', '-i', '-f', conf], join(dir, 'log', 'slurmctld.err')));
    children.push(daemon('/usr/sbin/slurmd', ['-D', '-f', conf, '-N', node], join(dir, 'log', 'slurmd.err')));
    await until('the Slurm node to be idle', 60_000, () => {
      const r = spawnSync('/usr/bin/sinfo', ['-h', '-N', '-o', '%T'], { env, encoding: 'utf8' });
      return r.status === 0 && /^idle/m.test(r.stdout);
    });
  } catch (err) {
    const text = log();
    await stop();
    throw new Error(`${(err as Error).message}\n${text}`);
  }
  return { dir, env, node, stop, log };
}
