import { loadRuleSet } from '../../../functions/src/core/rules';
import { lastClosedMonth, scheduledMonth } from '../../../functions/src/core/schedule';

const rules = loadRuleSet('gaotai-2020');

describe('scheduledMonth', () => {
  it('assesses the month just closed in the county zone', () => {
    expect(scheduledMonth('2020-06-01T09:00:00+08:00', rules)).toEqual({ run: true, month: '2020-05' });
    // 2020-05-31T16:30Z is already June 1st in Shanghai.
    expect(lastClosedMonth('2020-05-31T16:30:00Z', rules)).toBe('2020-05');
    expect(lastClosedMonth('2020-05-31T15:30:00Z', rules)).toBe('2020-04');
    expect(lastClosedMonth('2021-01-01T09:00:00+08:00', rules)).toBe('2020-12');
  });

  it('refuses a month that has not reached its cutoff, and skips vacation months', () => {
    expect(scheduledMonth('2020-05-31T23:59:00+08:00', rules, '2020-05')).toEqual({ run: false, month: '2020-05', reason: 'not_closed' });
    expect(scheduledMonth('2020-08-01T09:00:00+08:00', rules)).toEqual({ run: false, month: '2020-07', reason: 'vacation' });
    expect(scheduledMonth('2020-09-01T09:00:00+08:00', rules, '2020-04')).toEqual({ run: true, month: '2020-04' });
  });
});
