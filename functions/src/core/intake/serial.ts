/** Days from 0000-03-01 (proleptic Gregorian) to 1899-12-30, spreadsheet day 0. */
const EPOCH_DAYS = 693_899;
/** 9999-12-31: the last day spreadsheets can show. */
const MAX_SERIAL = 2_958_465;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar day of a spreadsheet serial number (day 0 = 1899-12-30; a fraction is the time of day).
 * Plain calendar arithmetic, no time zone: a zone such as Asia/Shanghai had a local-mean-time offset in 1899
 * that would shift the result by minutes and, near midnight, by a day. Null for numbers that are not a date.
 */
export function serialToDay(serial: number): CalendarDay | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  // Integer civil-from-days (H. Hinnant's algorithm, years starting in March): this runs per date cell, and a
  // Date object per cell was a visible share of intake.
  const days = Math.floor(serial) + EPOCH_DAYS;
  const era = Math.floor(days / 146_097);
  const dayOfEra = days - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1 };
}

/** Serials at or above this are dates (1908-03-18); smaller numbers in a date cell are typed text like 3.26. */
export const MIN_DATE_SERIAL = 3000;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (0 for a month outside 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1];
}

/** `YYYY-MM-DD` of a day known to exist. */
export function isoDay(d: CalendarDay): string {
  if (!plainParts(d.year, d.month) || !Number.isInteger(d.day) || d.day < 1 || d.day > 31) return buildDay(d.year, d.month, d.day);
  const days = monthOf(d.year, d.month).days;
  return (days[d.day] ??= buildDay(d.year, d.month, d.day));
}

export function monthKey(year: number, month: number): string {
  return plainParts(year, month) ? monthOf(year, month).key : buildMonth(year, month);
}

const buildMonth = (year: number, month: number): string => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
const buildDay = (year: number, month: number, day: number): string => `${buildMonth(year, month)}-${String(day).padStart(2, '0')}`;

/**
 * Every accepted row carries its month and day as text, and a county's rows share a few hundred of them: one
 * string each instead of one per row saves their allocation and much of the snapshots' memory. Rows of a month
 * come together, so the last month asked is kept at hand; the table holds at most 4,096 months of 31 day keys. Only ordinary years and
 * months are shared (their numeric codes cannot collide); anything else is built each time.
 */
interface SharedMonth {
  year: number;
  month: number;
  key: string;
  /** `YYYY-MM-DD` by day of the month, made on first use. */
  days: (string | undefined)[];
}

const MONTHS = new Map<number, SharedMonth>();
let lastMonth: SharedMonth = { year: -1, month: -1, key: '', days: [] };

function monthOf(year: number, month: number): SharedMonth {
  if (lastMonth.year === year && lastMonth.month === month) return lastMonth;
  const code = year * 100 + month;
  let found = MONTHS.get(code);
  if (found === undefined) {
    if (MONTHS.size >= 4096) MONTHS.clear();
    found = { year, month, key: buildMonth(year, month), days: [] };
    MONTHS.set(code, found);
  }
  lastMonth = found;
  return found;
}

const plainParts = (year: number, month: number): boolean =>
  Number.isInteger(year) && year >= 0 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12;
