import { JOBS, SCHEDULE_TIME_ZONE, type ScheduledJob } from '../../../functions/src/handlers/manifest';
import { startLocalScheduler } from '../../../functions/src/local/scheduler';

describe('local scheduler', () => {
  afterEach(() => jest.useRealTimers());

  it('arms every deployed job on the shifted clock and publishes its message on demand', async () => {
    const published: ScheduledJob[] = [];
    const scheduler = startLocalScheduler({
      jobs: JOBS, zone: SCHEDULE_TIME_ZONE, now: () => '2020-05-26T12:00:00+08:00',
      publish: async (job) => { published.push(job); return String(published.length); },
    });
    try {
      expect(scheduler.upcoming()).toEqual([
        { job: 'bangfu-monthly-assessment', at: '2020-06-01T09:00:00+08:00' },
        { job: 'bangfu-reminders-due', at: '2020-05-28T09:00:00+08:00' },
        { job: 'bangfu-reminders-missed', at: '2020-06-01T09:30:00+08:00' },
        { job: 'bangfu-close-sweep', at: '2020-05-26T12:15:00+08:00' },
      ]);
      await expect(scheduler.fire('bangfu-reminders-missed')).resolves.toBe('1');
      expect(published).toEqual([expect.objectContaining({ topic: 'bangfu-reminders', message: { kind: 'missed' } })]);
      await expect(scheduler.fire('nope')).rejects.toThrow('unknown scheduled job');
    } finally {
      scheduler.stop();
    }
  });

  it('fires a job when its time comes', async () => {
    // Simulated time: the clock and the timers start one second before 09:00 on the 1st (in Shanghai).
    jest.useFakeTimers({ now: Date.parse('2020-06-01T08:59:59+08:00') });
    const fired: string[] = [];
    const scheduler = startLocalScheduler({
      jobs: JOBS.filter((j) => j.name === 'bangfu-monthly-assessment'), zone: SCHEDULE_TIME_ZONE,
      now: () => new Date().toISOString(),
      publish: async (job) => { fired.push(job.name); return '1'; },
    });
    try {
      await jest.advanceTimersByTimeAsync(999);
      expect(fired).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(fired).toEqual(['bangfu-monthly-assessment']);
      expect(scheduler.upcoming()[0].at).toBe('2020-07-01T09:00:00+08:00');
    } finally {
      scheduler.stop();
    }
  });
});
