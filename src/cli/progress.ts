// A progress bar on stderr, only when stderr is a terminal and the user did not ask for quiet.
import cliProgress from 'cli-progress';
import type { Progress } from '../experiment/kind.ts';


export function progressBar(total: number, label: string, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: `${label} [{bar}] {value}/{total} | {percentage}% | eta {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return { tick: (done) => bar.update(done), stop: () => bar.stop() };
}
