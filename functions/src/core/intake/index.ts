/** Intake: a garden's plan table (cells + merges) → typed plan rows + issues. Pure; no I/O, no clock. */
export { readPlanTable, type PlanTable, type ReadPlanTableOptions, type SkippedRow } from './table';
export { checkPlanRow, type RowCheck, type RowContext } from './row';
export type { CarriedMonth } from './row-fields';
export { classifyRow, type RowShape, type SkipReason } from './classify';
export { findHeader, columnForHeader, matchHeaderRow, normaliseHeader, type ColumnMap, type HeaderMatch, type HeaderNames } from './header';
export { parseTitle, type TitleInfo } from './title';
export { parseMonth, type MonthParse } from './month';
export { parseDate, type DateParse } from './date';
export { parseStatus } from './status';
export { inferActivityType, parseActivityType } from './activity-type';
export { parseCount, type CountParse } from './count';
export { findReusedEvidence, looksLikeLink } from './evidence';
export { a1, cellText, compactText, isBlankCell, isFormulaError, toHalfWidth } from './cells';
export { chineseNumber, chineseToArabic } from './numerals';
export { serialToDay, daysInMonth, isoDay, monthKey, type CalendarDay } from './serial';
export { compareIssues } from './row-issues';
export { messages } from './messages';
