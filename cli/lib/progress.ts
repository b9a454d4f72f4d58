// Progress bars (cli-progress) on stderr, drawn only when stderr is a terminal: scheduled jobs and
// tests get clean output. One bar per long step; `stop` clears it before results are printed.
import cliProgress from 'cli-progress';
import type { Io } from '../io';

export interface Progress {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

export function progressBar(io: Io): Progress {
  if (!io.interactive || !io.progressStream) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: io.progressStream, format: '{label} [{bar}] {value}/{total}', clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      if (!started) {
        bar.start(total, done, { label });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { label });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
