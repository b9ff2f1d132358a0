// The entry of a pool worker process (pool.ts): runs one task and returns its small result.
import { runTask, type RunDone, type RunTask } from './task.ts';

export default function work(task: RunTask): RunDone {
  return runTask(task);
}
