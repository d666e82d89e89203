import { DateTime } from 'luxon';
import { MonthKey } from '../../../../schemas/common';

export interface YearMonth {
  year: number;
  month: number;
}

/** Parses `YYYY-MM`; throws a RangeError for anything else. */
export function parseMonthKey(key: string): YearMonth {
  if (!MonthKey.safeParse(key).success) throw new RangeError(`月份格式应为 YYYY-MM：${key}`);
  return { year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) };
}

/** The month number of a key already known to be valid (an assessed month): 3 for `2020-03`. */
export function monthNumber(key: string): number {
  return Number(key.slice(5, 7));
}

export function monthKeyOf(year: number, month: number): MonthKey {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || year < 1000 || year > 9999) {
    throw new RangeError(`无效的年月：${year}年${month}月`);
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function nextMonthKey(key: string): MonthKey {
  const { year, month } = parseMonthKey(key);
  return month === 12 ? monthKeyOf(year + 1, 1) : monthKeyOf(year, month + 1);
}

/** The first instant of the month in the zone. */
export function monthStart(key: string, zone: string): DateTime {
  const { year, month } = parseMonthKey(key);
  return DateTime.fromObject({ year, month, day: 1 }, { zone });
}

export function daysInMonth(key: string): number {
  const { year, month } = parseMonthKey(key);
  return DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' }).daysInMonth as number;
}

/** The month (in the zone) an instant falls in. */
export function monthKeyOfInstant(dt: DateTime, zone: string): MonthKey {
  const local = dt.setZone(zone);
  return monthKeyOf(local.year, local.month);
}

/** `2020年3月`, for Chinese text. */
export function monthLabel(key: string): string {
  const { year, month } = parseMonthKey(key);
  return `${year}年${month}月`;
}

/** `3月12日` for an ISO date, for Chinese text. */
export function dayLabel(isoDate: string): string {
  return `${unpadded(isoDate, 5)}月${unpadded(isoDate, 8)}日`;
}

/** The two digits at `at` without a leading zero (`07` → `7`), as Number() would print them, without the round trip. */
function unpadded(text: string, at: number): string {
  return text[at] === '0' ? text[at + 1] : text.slice(at, at + 2);
}
