import { cellText, compactText } from './cells';
import { memoByText } from './memo';
import { chineseToArabic } from './numerals';
import { MIN_DATE_SERIAL, serialToDay } from './serial';

/** What a 月份 cell says. */
export type MonthParse =
  | { kind: 'empty' }
  | { kind: 'month'; month: number; year: number | null }
  | { kind: 'unknown'; text: string };

const MONTH = /^(\d{1,2})(?:月份?)?$/;
const YEAR_MONTH = /^(\d{4})(?:年|[./-])(\d{1,2})(?:月份?)?$/;

function validMonth(month: number, year: number | null): MonthParse | null {
  return month >= 1 && month <= 12 ? { kind: 'month', month, year } : null;
}

/**
 * Reads a month as gardens write it: 三, 三月, 3, 3月, ３月, 03, 十一月, 十二, 3月份, 2020年3月, 2020.3, or a
 * date serial number (the month of that date).
 */
export function parseMonth(value: unknown): MonthParse {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) {
      if (value >= MIN_DATE_SERIAL) {
        const day = serialToDay(value);
        if (day) return { kind: 'month', month: day.month, year: day.year };
      }
      const m = validMonth(value, null);
      if (m) return m;
    }
    return { kind: 'unknown', text: cellText(value) };
  }
  return typeof value === 'string' ? parseMonthText(value) : readMonthText(value);
}

/** A month column holds a dozen spellings: each is read once. */
const parseMonthText = memoByText((text: string) => readMonthText(text));

function readMonthText(value: unknown): MonthParse {
  const text = chineseToArabic(compactText(value));
  if (text === '') return { kind: 'empty' };
  const plain = MONTH.exec(text);
  if (plain) return validMonth(Number(plain[1]), null) ?? { kind: 'unknown', text: cellText(value) };
  const withYear = YEAR_MONTH.exec(text);
  if (withYear) return validMonth(Number(withYear[2]), Number(withYear[1])) ?? { kind: 'unknown', text: cellText(value) };
  return { kind: 'unknown', text: cellText(value) };
}
