import { isBlankCell } from './cells';
import { mayHaveLostZero, parseDate, shownDate } from './date';
import { messages } from './messages';
import { parseMonth } from './month';
import type { RowIssues } from './row-issues';
import { daysInMonth, isoDay } from './serial';

export interface RowMonth {
  year: number;
  month: number;
}

/** A month inherited from the row above (the month typed once per block, without merging). */
export interface CarriedMonth {
  value: unknown;
  /** A1 name of the cell it was typed in. */
  cell: string;
}

/** What the table says about years: its own (the title's or the caller's), and whether it is a school year's. */
export interface TableYear {
  year: number | null;
  /** Months 1–8 fall in the next calendar year (a 2020—2021学年 title). */
  schoolYear?: boolean;
}

/**
 * The table's year for a month without one of its own: the title's (the next one for months 1–8 of a
 * 2020—2021学年 title); with no year in the title, the year the row's own date cell gives (2020/4/29, a date
 * cell), else none.
 */
export function yearOfMonth(table: TableYear, dateCell: unknown, month: number): number | null {
  const { year, schoolYear } = table;
  if (year === null) {
    const date = parseDate(dateCell);
    return date.kind === 'day' || date.kind === 'month' ? date.year : null;
  }
  return schoolYear && month < 9 ? year + 1 : year;
}

/** The row's month: its own cell, else the carried one; issues for a missing or unreadable month or year. */
export function resolveMonth(own: unknown, carried: CarriedMonth | null | undefined, table: TableYear, dateCell: unknown, out: RowIssues): RowMonth | null {
  // Cell names are made only for a message: most rows have none.
  let source = own;
  let carriedFrom: CarriedMonth | undefined;
  if (isBlankCell(own)) {
    if (!carried) {
      out.add('month', 'month.missing', messages.monthMissing(out.cell('month')));
      return null;
    }
    source = carried.value;
    carriedFrom = carried;
  }
  const parsed = parseMonth(source);
  if (parsed.kind !== 'month') {
    const cell = out.cell('month');
    const from = carriedFrom === undefined || carriedFrom.cell === cell ? undefined : carriedFrom.cell;
    out.add('month', 'month.unknown', messages.monthUnknown(cell, source, from));
    return null;
  }
  const year = parsed.year ?? yearOfMonth(table, dateCell, parsed.month);
  if (year === null) {
    out.add('month', 'table.no_year', messages.rowNoYear(out.cell('month')));
    return null;
  }
  return { year, month: parsed.month };
}

/** Leap-year-permitting stand-in when the year is unknown (the row is rejected for that anyway). */
const ANY_LEAP_YEAR = 2000;

/**
 * The row's date as `YYYY-MM-DD`, null when there is none or only a month (3月上旬); undefined after
 * reporting an issue. Dates are checked even when the month failed, so every mistake shows at once.
 */
export function resolveDate(value: unknown, month: RowMonth | null, out: RowIssues): string | null | undefined {
  const parsed = parseDate(value);
  if (parsed.kind === 'empty') return null;
  // Named only for a message: most dates are fine.
  const cell = () => out.cell('date');
  const shown = () => shownDate(value);
  if (parsed.kind === 'invalid') {
    out.add('date', 'date.invalid', messages.dateInvalid(cell(), shown()));
    return undefined;
  }
  const m = parsed.month ?? month?.month;
  const y = parsed.year ?? month?.year ?? ANY_LEAP_YEAR;
  if (m !== undefined) {
    const impossible = m < 1 || m > 12 || (parsed.kind === 'day' && (parsed.day < 1 || parsed.day > daysInMonth(y, m)));
    if (impossible) {
      out.add('date', 'date.impossible', messages.dateImpossible(cell(), shown()));
      return undefined;
    }
  }
  if (!month || m === undefined) return undefined;
  if (parsed.year !== null && parsed.year !== month.year) {
    out.add('date', 'date.outside_month', messages.dateOutsideYear(cell(), shown(), month.year));
    return undefined;
  }
  if (m !== month.month) {
    out.add('date', 'date.outside_month', messages.dateOutsideMonth(cell(), shown(), month.month));
    return undefined;
  }
  if (parsed.kind !== 'day') return null;
  if (mayHaveLostZero(value, month.year, m, parsed.day)) {
    out.add('date', 'date.ambiguous', messages.dateAmbiguous(cell(), value, m, parsed.day), 'warning');
  }
  return isoDay({ year: month.year, month: m, day: parsed.day });
}
