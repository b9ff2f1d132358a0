// Tiny scenarios and temporary folders for the experiment tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadScenarioFile } from '../../src/io/scenario-files.ts';

/** The bundled china-2020 cut down to 1000 agents and 5 years (common-prosperity schedules step 5): about 0.2 s a run. */
export const TINY = ['params.laborAgents=1000', 'steps=5'];

export const tiny = (ref = 'china-2020', extra: string[] = []) => loadScenarioFile(ref, [...TINY, ...extra]).scenario;

export const tempDir = (label: string): string => mkdtempSync(join(tmpdir(), `ff-${label}-`));

/** Every file under `dir` (relative path → content), manifests and reports left out: they hold wall time. */
export function dataFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!['manifest.json', 'report.html'].includes(name)) files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** A CSV as header-keyed records of text. */
export function csvRecords(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = header.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

/** The CLI entry point, for tests that start it as a user would. */
export const BIN = join(import.meta.dirname, '../../bin/factorflow.js');

/** Runs the CLI in a child process without blocking the test's event loop. */
export const cliAsync = (args: string[]) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
  const child = spawn(process.execPath, [BIN, ...args]);
  let [stdout, stderr] = ['', ''];
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  child.on('close', (status) => resolve({ status, stdout, stderr }));
});

/**
 * Kills `child` with SIGKILL once `runsDir` holds at least `count` run folders (or when it
 * exits first) and returns each finished run's manifest mtime, to check a resume leaves them.
 */
export async function killAfterRuns(child: ChildProcess, runsDir: string, count: number): Promise<Map<string, number>> {
  const finished = () => (existsSync(runsDir) ? readdirSync(runsDir).filter((n) => n.startsWith('point-')) : []);
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (finished().length >= count || child.exitCode !== null) {
        clearInterval(poll);
        child.kill('SIGKILL');
        resolve();
      }
    }, 20);
  });
  await new Promise((resolve) => child.once('close', resolve));
  return new Map(finished().map((n) => [n, statSync(join(runsDir, n, 'manifest.json')).mtimeMs]));
}
