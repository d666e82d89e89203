import { DateTime } from 'luxon';
import { nextFiring, parseCron, type CronSchedule } from '../core/schedule';
import type { ScheduledJob } from '../handlers/manifest';

export interface LocalSchedulerOptions {
  jobs: readonly ScheduledJob[];
  zone: string;
  /** The local clock (ISO instant): the real one, or one started at `--now`. */
  now: () => string;
  /** Publishes a job's message to its topic (the Pub/Sub emulator). */
  publish: (job: ScheduledJob) => Promise<string>;
  /** Told about every firing and failure. */
  onFire?: (event: { job: string; at: string; messageId?: string; error?: unknown }) => void;
}

export interface LocalScheduler {
  /** Each job's next firing on the local clock. */
  upcoming(): { job: string; at: string }[];
  /** Fires a job now, as Cloud Scheduler's "force run" does. */
  fire(name: string): Promise<string>;
  stop(): void;
}

/** setTimeout takes at most 2^31-1 ms (~24.8 days): longer waits are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Cloud Scheduler on localhost: each job publishes its message on its cron in the county's zone. Timers are
 * armed from the local clock, so a clock started at `--now` fires on the shifted calendar.
 */
export function startLocalScheduler(options: LocalSchedulerOptions): LocalScheduler {
  const schedules = new Map<string, { job: ScheduledJob; cron: CronSchedule; next: DateTime | null; timer?: NodeJS.Timeout }>();
  let stopped = false;

  const fire = async (name: string): Promise<string> => {
    const entry = schedules.get(name);
    if (!entry) throw new Error(`unknown scheduled job: ${name}`);
    const at = options.now();
    try {
      const messageId = await options.publish(entry.job);
      options.onFire?.({ job: name, at, messageId });
      return messageId;
    } catch (error) {
      options.onFire?.({ job: name, at, error });
      throw error;
    }
  };

  const arm = (name: string) => {
    const entry = schedules.get(name)!;
    const now = DateTime.fromISO(options.now(), { setZone: true });
    entry.next = nextFiring(entry.cron, now, options.zone);
    if (!entry.next || stopped) return;
    const wait = entry.next.toMillis() - now.toMillis();
    entry.timer = setTimeout(() => {
      if (wait > MAX_TIMER_MS) return arm(name);
      fire(name).catch(() => undefined).finally(() => arm(name));
    }, Math.min(wait, MAX_TIMER_MS));
    entry.timer.unref();
  };

  for (const job of options.jobs) schedules.set(job.name, { job, cron: parseCron(job.schedule), next: null });
  for (const name of schedules.keys()) arm(name);

  return {
    upcoming: () => [...schedules.values()].map((s) => ({ job: s.job.name, at: s.next?.toISO({ suppressMilliseconds: true }) ?? '—' })),
    fire,
    stop() {
      stopped = true;
      for (const s of schedules.values()) clearTimeout(s.timer);
    },
  };
}
