export { deadlinesOf, onTimeDayOf, reportTiming } from './deadlines';
export type { MonthDeadlines, ReportTiming } from './deadlines';
export { compareInstants, isAfter, isAtOrAfter, isBefore, localDateOf, parseInstant, toInstant } from './instant';
export { dayLabel, daysInMonth, monthKeyOf, monthKeyOfInstant, monthLabel, monthStart, nextMonthKey, parseMonthKey } from './month';
export type { YearMonth } from './month';
export { isSchoolMonth, monthsOfTerm, parseTermKey, termLabel, termOf, termsOfYear } from './term';
export type { ParsedTerm } from './term';
