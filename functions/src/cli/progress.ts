import cliProgress from 'cli-progress';
import type { RunProgress } from '../usecases/run-monthly-assessment';
import type { Io } from './io';

const PHASES: Record<RunProgress['phase'], string> = { read: '读取计划表', sync: '同步月度资料', assess: '考核' };

export interface ProgressReporter {
  update(event: RunProgress): void;
  /** Ends the bar (or the current phase line) before other output is printed. */
  stop(): void;
}

/**
 * Progress of a monthly run: a bar on a terminal (cli-progress), one line per finished phase otherwise
 * (logs and CI stay readable). `prefix` names the month when several runs follow each other.
 */
export function progressReporter(io: Io, prefix = ''): ProgressReporter {
  if (!io.isTty) {
    return {
      update(event) {
        if (event.done === event.total) io.out(`${prefix}${PHASES[event.phase]}：${event.total}/${event.total}`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar({
    format: `${prefix}{phase} [{bar}] {value}/{total} {label}`,
    hideCursor: true,
    clearOnComplete: true,
    stream: process.stdout,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(event) {
      const payload = { phase: PHASES[event.phase], label: event.label };
      if (!started) {
        bar.start(event.total, event.done, payload);
        started = true;
        return;
      }
      bar.setTotal(event.total);
      bar.update(event.done, payload);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
