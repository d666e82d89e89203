import { DateTime } from 'luxon';
import { CronSyntaxError, nextFiring, parseCron } from '../../../functions/src/core/schedule';
import { JOBS, SCHEDULE_TIME_ZONE } from '../../../functions/src/handlers/manifest';
import { loadRuleSet } from '../../../functions/src/core/rules';

const ZONE = 'Asia/Shanghai';
const next = (expr: string, after: string) => nextFiring(parseCron(expr), DateTime.fromISO(after, { setZone: true }), ZONE)?.toISO({ suppressMilliseconds: true });

describe('cron', () => {
  it('fires the monthly run at 09:00 Shanghai on the 1st, strictly after the given instant', () => {
    expect(next('0 9 1 * *', '2020-05-20T12:00:00+08:00')).toBe('2020-06-01T09:00:00+08:00');
    expect(next('0 9 1 * *', '2020-06-01T09:00:00+08:00')).toBe('2020-07-01T09:00:00+08:00');
    // 01:00 UTC on the 1st is already 09:00 in Shanghai: the zone decides, not UTC.
    expect(next('0 9 1 * *', '2020-05-31T23:00:00Z')).toBe('2020-06-01T09:00:00+08:00');
  });

  it('handles lists, ranges and steps', () => {
    expect(next('0 9 25,28 * *', '2020-05-25T09:00:00+08:00')).toBe('2020-05-28T09:00:00+08:00');
    expect(next('*/15 8-9 * * *', '2020-05-25T09:50:00+08:00')).toBe('2020-05-26T08:00:00+08:00');
    expect(next('30 9 1 1-12/6 *', '2020-02-01T00:00:00+08:00')).toBe('2020-07-01T09:30:00+08:00');
  });

  it('skips months without the day, and ORs day-of-month with day-of-week when both are set', () => {
    expect(next('0 0 31 * *', '2020-04-01T00:00:00+08:00')).toBe('2020-05-31T00:00:00+08:00');
    // 2020-05-01 is a Friday; Monday the 4th comes before the 15th.
    expect(next('0 0 15 * 1', '2020-05-01T00:00:00+08:00')).toBe('2020-05-04T00:00:00+08:00');
    expect(next('0 0 * * 7', '2020-05-01T00:00:00+08:00')).toBe('2020-05-03T00:00:00+08:00');
  });

  it.each(['0 9 1 *', '60 9 1 * *', '0 9 0 * *', 'a b c d e', '0 9 5-1 * *'])('rejects "%s"', (expr) => {
    expect(() => parseCron(expr)).toThrow(CronSyntaxError);
  });

  it('every scheduled job parses, and the scheduler zone is the rule set zone', () => {
    for (const job of JOBS) expect(() => parseCron(job.schedule)).not.toThrow();
    expect(SCHEDULE_TIME_ZONE).toBe(loadRuleSet('gaotai-2020').timezone);
  });
});
