// Work to undo when the process ends early: temporary folders to remove, locks to release.
// Registered cleanups run on a normal exit, on an uncaught error, and on SIGINT, SIGTERM
// and SIGHUP (the CLI installs the signal handlers: a library must not steal them).
import { rmSync } from 'node:fs';

const cleanups = new Set<() => void>();
let installed = false;

function runAll(): void {
  for (const fn of [...cleanups].reverse()) {
    try {
      fn();
    } catch {
      // best effort: the process is ending
    }
  }
  cleanups.clear();
}

/** Registers `fn` to run if the process exits before `release` is called; returns `release`. */
export function onExit(fn: () => void): () => void {
  if (!installed) {
    installed = true;
    process.on('exit', runAll);
  }
  cleanups.add(fn);
  return () => void cleanups.delete(fn);
}

/** A temporary path removed if the process exits before it is released. */
export function removeOnExit(path: string): () => void {
  return onExit(() => rmSync(path, { recursive: true, force: true }));
}

/** Hooks run before a signal ends the process (e.g. stopping worker processes). */
const beforeSignal = new Set<() => Promise<void> | void>();

export function onSignal(fn: () => Promise<void> | void): () => void {
  beforeSignal.add(fn);
  return () => void beforeSignal.delete(fn);
}

const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** CLI only: on SIGINT/SIGTERM/SIGHUP stop workers (at most 2 s), clean up, exit 128 + n. */
export function installSignalHandlers(): void {
  for (const [signal, code] of Object.entries(SIGNAL_CODES)) {
    process.once(signal as NodeJS.Signals, () => {
      const hooks = [...beforeSignal].map(async (fn) => fn());
      const timeout = new Promise((resolve) => setTimeout(resolve, 2000).unref());
      void Promise.race([Promise.allSettled(hooks), timeout]).finally(() => process.exit(code));
    });
  }
}
