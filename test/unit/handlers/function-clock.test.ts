import { memoryLogger } from '../../../functions/src/adapters/log/structured-logger';
import { jobClock } from '../../../functions/src/handlers/job-env';
import { jobDeps } from '../../../functions/src/handlers/job-runtime';
import { createFunctionDeps } from '../../../functions/src/handlers/runtime';

const noSheets = () => { throw new Error('not used'); };

describe('the functions’ clock', () => {
  const START = '2020-06-01T09:00:00+08:00';
  afterEach(() => jest.useRealTimers());
  const env = { GOOGLE_CLOUD_PROJECT: 'demo-clock', FIRESTORE_EMULATOR_HOST: '127.0.0.1:1', BANGFU_COUNTY: '高台县', BANGFU_CLOCK_START: START };

  it('is the shifted local clock for HTTP functions too (serve --now), the same one the event functions use', async () => {
    // Only Date is simulated (the Firestore client keeps its real timers): the real clock stands still until moved.
    const real = Date.parse('2026-01-01T00:00:00Z');
    jest.useFakeTimers({ now: real, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'] });
    const log = memoryLogger();
    const http = createFunctionDeps(env, log, noSheets).deps;
    const jobs = jobDeps(createFunctionDeps(env, log, noSheets).deps, env, log);
    try {
      expect(http.now()).toBe(new Date(START).toISOString());
      expect(jobs.now()).toBe(http.now());
      jest.setSystemTime(real + 90_000);
      expect(http.now()).toBe('2020-06-01T01:01:30.000Z');
      expect(jobs.now()).toBe(http.now());
    } finally {
      await http.stores.close();
      await jobs.stores.close();
    }
  });

  it('is refused in production', () => {
    expect(() => createFunctionDeps({ ...env, K_SERVICE: 'syncGarden' }, memoryLogger(), noSheets)).toThrow(/BANGFU_CLOCK_START/);
  });

  it('is one clock per start in a process: a clock made later shows what the first one shows', () => {
    let real = Date.parse('2026-01-01T00:00:00Z');
    const first = jobClock('2020-05-31T23:59:00+08:00', () => real);
    real += 90_000; // the first request comes a minute and a half after the scheduler armed
    const later = jobClock('2020-05-31T23:59:00+08:00', () => real);
    expect(later()).toBe('2020-05-31T16:00:30.000Z');
    expect(first()).toBe(later());
    expect(jobClock(undefined, () => real)()).toBe(new Date(real).toISOString());
  });
});
