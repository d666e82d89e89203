import { deadlinesOf, onTimeDayOf, reportTiming } from '../../../functions/src/core/calendar';
import { loadRuleSet } from '../../../functions/src/core/rules';

const rules = loadRuleSet('gaotai-2020');

describe('deadlinesOf keeps the on-time deadline (30th) and the cutoff (month end) apart', () => {
  it.each([
    ['a 31-day month: on time until the end of the 30th', '2020-03', '2020-03-31T00:00:00+08:00', '2020-04-01T00:00:00+08:00'],
    ['a 30-day month: the two coincide', '2020-04', '2020-05-01T00:00:00+08:00', '2020-05-01T00:00:00+08:00'],
    ['February of a leap year: clamped to the 29th', '2020-02', '2020-03-01T00:00:00+08:00', '2020-03-01T00:00:00+08:00'],
    ['February of a common year: clamped to the 28th', '2021-02', '2021-03-01T00:00:00+08:00', '2021-03-01T00:00:00+08:00'],
    ['December: the cutoff is in the next year', '2020-12', '2020-12-31T00:00:00+08:00', '2021-01-01T00:00:00+08:00'],
  ])('%s', (_label, month, onTimeDeadline, cutoff) => {
    expect(deadlinesOf(month, rules)).toEqual({ onTimeDeadline, cutoff });
  });

  it('follows the rule set’s on-time day', () => {
    const early = { ...rules, deadlines: { ...rules.deadlines, onTimeDayOfMonth: 25 } };
    expect(deadlinesOf('2020-03', early).onTimeDeadline).toBe('2020-03-26T00:00:00+08:00');
    expect(onTimeDayOf('2020-02', rules)).toBe(29);
    expect(onTimeDayOf('2020-03', rules)).toBe(30);
  });

  it('rejects a malformed month', () => {
    expect(() => deadlinesOf('2020-3', rules)).toThrow('月份格式应为 YYYY-MM：2020-3');
  });
});

describe('reportTiming compares instants, not strings, across zones', () => {
  const march = deadlinesOf('2020-03', rules);
  const february = deadlinesOf('2020-02', rules);
  it.each([
    ['never reported', null, march, 'not_reported'],
    ['the 20th', '2020-03-20T10:00:00+08:00', march, 'on_time'],
    ['the 30th at 23:59', '2020-03-30T23:59:00+08:00', march, 'on_time'],
    ['the 30th at 23:59:59.999', '2020-03-30T23:59:59.999+08:00', march, 'on_time'],
    ['the 31st at 00:00 (late but in)', '2020-03-31T00:00:00+08:00', march, 'late'],
    ['the 31st at 23:59', '2020-03-31T23:59:00+08:00', march, 'late'],
    ['April 1st at 00:00 (after the cutoff)', '2020-04-01T00:00:00+08:00', march, 'after_cutoff'],
    ['UTC 15:59:59 on the 30th = 23:59:59 in 高台', '2020-03-30T15:59:59Z', march, 'on_time'],
    ['UTC 16:00 on the 30th = the 31st in 高台', '2020-03-30T16:00:00Z', march, 'late'],
    ['UTC 16:00 on the 31st = April in 高台', '2020-03-31T16:00:00Z', march, 'after_cutoff'],
    ['February 29th at 23:59 is on time', '2020-02-29T23:59:00+08:00', february, 'on_time'],
    ['March 1st is past February’s cutoff', '2020-03-01T00:00:00+08:00', february, 'after_cutoff'],
  ] as const)('%s', (_label, at, deadlines, expected) => {
    expect(reportTiming(at, deadlines)).toBe(expected);
  });
});
