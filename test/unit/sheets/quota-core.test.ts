/** The pure quota pieces: the sliding-window budget and the backoff schedule. */
import fc from 'fast-check';
import { DEFAULT_BACKOFF, nextDelay, parseRetryAfter } from '../../../functions/src/core/quota/backoff';
import { emptyWindow, reserve } from '../../../functions/src/core/quota/request-window';
import { busiestMinute } from './harness';

describe('request window', () => {
  it('never grants more than the limit in any sliding window, and never before asked', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 8 }),
      fc.array(fc.integer({ min: 0, max: 30_000 }), { minLength: 1, maxLength: 60 }),
      (limit, gaps) => {
        let window = emptyWindow(limit);
        let now = 0;
        const grants: number[] = [];
        for (const gap of gaps) {
          now += gap;
          const r = reserve(window, now);
          expect(r.at).toBeGreaterThanOrEqual(now);
          window = r.window;
          grants.push(r.at);
        }
        expect(busiestMinute(grants)).toBeLessThanOrEqual(limit);
      }));
  });

  it('grants at once while there is room, then at the start of the next free slot', () => {
    let window = emptyWindow(2);
    const ats = [0, 10, 20, 70_000].map((now) => {
      const r = reserve(window, now);
      window = r.window;
      return r.at;
    });
    expect(ats).toEqual([0, 10, 60_000, 70_000]);
  });

  it('rejects a nonsensical limit', () => {
    expect(() => emptyWindow(0)).toThrow(RangeError);
  });
});

describe('backoff', () => {
  it('grows exponentially with full jitter, capped', () => {
    const at = (attempt: number, random: number) => nextDelay(DEFAULT_BACKOFF, { attempt, elapsedMs: 0, retryAfterMs: null }, random);
    expect([1, 2, 3, 4].map((a) => at(a, 0.999))).toEqual([999, 1998, 3996, 7992]);
    expect(at(20, 0.999)).toBe(63_936);
    expect(at(5, 0)).toBe(0);
  });

  it('treats Retry-After as a floor and stops at the time budget', () => {
    const policy = { baseMs: 1_000, capMs: 64_000, maxElapsedMs: 300_000 };
    expect(nextDelay(policy, { attempt: 1, elapsedMs: 0, retryAfterMs: 30_000 }, 0.5)).toBe(30_000);
    expect(nextDelay(policy, { attempt: 9, elapsedMs: 290_000, retryAfterMs: null }, 0.99)).toBe(10_000);
    expect(nextDelay(policy, { attempt: 9, elapsedMs: 300_000, retryAfterMs: null }, 0.5)).toBeNull();
    expect(nextDelay(policy, { attempt: 2, elapsedMs: 280_000, retryAfterMs: 60_000 }, 0.5)).toBeNull();
  });

  it('the default policy rides out more than the one-minute quota window', () => {
    let elapsed = 0;
    let attempt = 1;
    for (let d = nextDelay(DEFAULT_BACKOFF, { attempt, elapsedMs: elapsed, retryAfterMs: null }, 0.5); d !== null; attempt++) {
      elapsed += d;
      d = nextDelay(DEFAULT_BACKOFF, { attempt: attempt + 1, elapsedMs: elapsed, retryAfterMs: null }, 0.5);
    }
    expect(elapsed).toBe(DEFAULT_BACKOFF.maxElapsedMs);
  });

  it('parses Retry-After seconds and HTTP dates', () => {
    const now = Date.UTC(2020, 4, 20, 2, 0, 0);
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 20 May 2020 02:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
