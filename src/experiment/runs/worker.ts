// The entry of a pool worker process (pool.ts): runs one task and returns its small result.
// A worker never outlives the command that started it: when the parent goes away (killed,
// even with SIGKILL) the IPC channel closes and the process is re-parented; the worker
// checks for both after every step and exits, its temporary folder removed on exit.
import type { Model } from '../../engine/state.ts';
import { runTask, type RunDone, type RunTask } from './task.ts';

let parent = process.ppid;
const orphaned = () => process.ppid !== parent || process.connected === false;

process.on('disconnect', () => process.exit(1));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(1));

function watchdog(_model: Model): void {
  if (orphaned()) process.exit(1);
}

export default function work(task: RunTask): Promise<RunDone> {
  // The pool names its process: this worker may have started after it died.
  if (task.parent !== undefined) parent = task.parent;
  if (orphaned()) process.exit(1);
  return runTask(task, watchdog);
}
