import { memoryLogger } from '../../../functions/src/adapters/log/structured-logger';
import { jobClock } from '../../../functions/src/handlers/job-env';
import { jobDeps } from '../../../functions/src/handlers/job-runtime';
import { createFunctionDeps } from '../../../functions/src/handlers/runtime';

const noSheets = () => { throw new Error('not used'); };

describe('the functions’ clock', () => {
  const START = '2020-06-01T09:00:00+08:00';
  const env = { GOOGLE_CLOUD_PROJECT: 'demo-clock', FIRESTORE_EMULATOR_HOST: '127.0.0.1:1', BANGFU_COUNTY: '高台县', BANGFU_CLOCK_START: START };

  it('is the shifted local clock for HTTP functions too (serve --now), the same one the event functions use', async () => {
    const log = memoryLogger();
    const http = createFunctionDeps(env, log, noSheets).deps;
    const jobs = jobDeps(createFunctionDeps(env, log, noSheets).deps, env, log);
    try {
      const [a, b] = [Date.parse(http.now()), Date.parse(jobs.now())];
      expect(Math.abs(a - Date.parse(START))).toBeLessThan(60_000);
      expect(Math.abs(a - b)).toBeLessThan(1_000);
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
