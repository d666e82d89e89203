/** Spreadsheet day 0 (1899-12-30), as UTC milliseconds. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31: the last day spreadsheets can show. */
const MAX_SERIAL = 2_958_465;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar day of a spreadsheet serial number (day 0 = 1899-12-30; a fraction is the time of day).
 * Computed in UTC: a zone such as Asia/Shanghai had a local-mean-time offset in 1899 that would shift the
 * result by minutes and, near midnight, by a day. Null for numbers that are not a date.
 */
export function serialToDay(serial: number): CalendarDay | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  // Plain UTC arithmetic rather than luxon: this runs per cell, and UTC has no zone rules to get wrong.
  const dt = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
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
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
