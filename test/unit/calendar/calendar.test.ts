import {
  chineseDate, chineseDateTime, compareInstants, dayLabel, daysInMonth, isAfter, isAtOrAfter, isBefore, isSchoolMonth, localDateOf, monthKeyOf,
  monthLabel, monthsOfTerm, nextMonthKey, parseMonthKey, termLabel, termOf, termsOfYear,
} from '../../../functions/src/core/calendar';
import { loadRuleSet } from '../../../functions/src/core/rules';

const rules = loadRuleSet('gaotai-2020');

describe('termOf: school months of 附件3, vacation months not assessed', () => {
  it.each([
    ['2020-01', null], ['2020-02', null], ['2020-03', '2020-spring'], ['2020-06', '2020-spring'],
    ['2020-07', null], ['2020-08', null], ['2020-09', '2020-autumn'], ['2020-12', '2020-autumn'], ['2021-04', '2021-spring'],
  ])('%s → %s', (month, term) => {
    expect(termOf(month, rules)).toBe(term);
    expect(isSchoolMonth(month, rules)).toBe(term !== null);
  });

  it('follows the rule set’s term boundaries', () => {
    const longSpring = { terms: [{ id: 'spring', label: '春季学期', months: [2, 3, 4, 5, 6, 7] }] };
    expect(termOf('2020-07', longSpring)).toBe('2020-spring');
    expect(termOf('2020-09', longSpring)).toBeNull();
  });
});

describe('Chinese dates and times of instants', () => {
  it('shows an instant in the county’s local time, without leading zeros in month and day, to the minute', () => {
    expect(chineseDateTime('2020-07-01T09:00:00+08:00')).toBe('2020年7月1日 09:00');
    expect(chineseDateTime('2026-11-22T20:03:32.983+08:00')).toBe('2026年11月22日 20:03');
    // Stored in UTC (a file's saved time), read in Asia/Shanghai: the local day may differ from the UTC one.
    expect(chineseDateTime('2020-05-31T16:30:00.000Z')).toBe('2020年6月1日 00:30');
    expect(chineseDate('2020-05-31T16:30:00.000Z')).toBe('2020年6月1日');
    expect(() => chineseDateTime('2020-06-31T09:00:00+08:00')).toThrow(RangeError);
  });
});

describe('term keys', () => {
  it('lists a term’s months in order and labels it', () => {
    expect(monthsOfTerm('2020-autumn', rules)).toEqual(['2020-09', '2020-10', '2020-11', '2020-12']);
    expect(monthsOfTerm('2020-spring', rules)).toEqual(['2020-03', '2020-04', '2020-05', '2020-06']);
    expect(termLabel('2020-spring', rules)).toBe('2020年春季学期');
    expect(termsOfYear(2020, rules)).toEqual(['2020-spring', '2020-autumn']);
  });

  it.each(['2020-summer', '2020spring', 'spring', '20-spring'])('rejects %s', (key) => {
    expect(() => monthsOfTerm(key, rules)).toThrow(`未知的学期：${key}`);
  });
});

describe('month keys', () => {
  it('parses, builds and steps months', () => {
    expect(parseMonthKey('2020-03')).toEqual({ year: 2020, month: 3 });
    expect(monthKeyOf(2020, 3)).toBe('2020-03');
    expect(nextMonthKey('2020-12')).toBe('2021-01');
    expect(nextMonthKey('2020-02')).toBe('2020-03');
    expect(daysInMonth('2020-02')).toBe(29);
    expect(daysInMonth('2100-02')).toBe(28);
    expect(monthLabel('2020-03')).toBe('2020年3月');
    expect(dayLabel('2020-03-12')).toBe('3月12日');
  });

  it.each(['2020-13', '2020-00', '2020-3', 'March'])('rejects %s', (key) => {
    expect(() => parseMonthKey(key)).toThrow(RangeError);
  });

  it('rejects impossible year/month numbers', () => {
    expect(() => monthKeyOf(2020, 13)).toThrow('无效的年月：2020年13月');
  });
});

describe('instants compare as instants, whatever their offset', () => {
  it.each([
    ['2020-03-30T16:00:00Z', '2020-03-31T00:00:00+08:00', 0],
    ['2020-03-30T15:59:59Z', '2020-03-31T00:00:00+08:00', -1],
    ['2020-03-31T00:00:00.001+08:00', '2020-03-30T16:00:00Z', 1],
    ['2020-03-31T08:00:00+09:00', '2020-03-31T00:00:00+01:00', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareInstants(a, b))).toBe(sign);
    expect(isBefore(a, b)).toBe(sign < 0);
    expect(isAfter(a, b)).toBe(sign > 0);
    expect(isAtOrAfter(a, b)).toBe(sign >= 0);
  });

  it('gives the local date in 高台', () => {
    expect(localDateOf('2020-03-30T16:00:00Z', rules.timezone)).toBe('2020-03-31');
    expect(localDateOf('2020-03-30T15:59:59Z', rules.timezone)).toBe('2020-03-30');
  });

  it('rejects a string that is not an instant', () => {
    expect(() => compareInstants('2020-03-32T00:00:00Z', '2020-03-01T00:00:00Z')).toThrow('不是有效的时间：2020-03-32T00:00:00Z');
  });
});
