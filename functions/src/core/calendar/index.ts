export { deadlineMillis, deadlinesOf, onTimeDayOf, reportTiming, reportTimingAt } from './deadlines';
export type { DeadlineMillis, MonthDeadlines, ReportTiming } from './deadlines';
export { chineseDate, chineseDateTime, compareInstants, COUNTY_ZONE, instantMillis, isAfter, isAtOrAfter, isBefore, localDateOf, parseInstant, toInstant } from './instant';
export { dayLabel, daysInMonth, monthKeyOf, monthKeyOfInstant, monthLabel, monthNumber, monthStart, nextMonthKey, parseMonthKey } from './month';
export type { YearMonth } from './month';
export { isSchoolMonth, monthsOfTerm, parseTermKey, termLabel, termOf, termsOfYear } from './term';
export type { ParsedTerm } from './term';
