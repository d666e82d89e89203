import type { GardenMonth, PlanRow } from '../../../../schemas';
import {
  deadlineMillis, instantMillis, reportTimingAt, type DeadlineMillis, type MonthDeadlines, type ReportTiming,
} from '../calendar';

/**
 * Reporting a month means handing in its 完成情况 (过程性资料: done, not done, postponed, cancelled). Gardens type
 * the 附件3 plan ahead for the whole term, so rows still `planned` are the plan, not a report — otherwise a pre-filled
 * plan would make every month "on time" and 五、4 (当月末没有及时上报资料的视为本月内没有开展帮扶工作) would never apply.
 */
export function holdsReport(rows: readonly Pick<PlanRow, 'status'>[]): boolean {
  return rows.some((r) => r.status !== 'planned');
}

/** The month's first report time after a snapshot of `rows` from a source saved at `modifiedAt`; once set it stays. */
export function firstReportedAtAfter(
  previous: string | null | undefined,
  rows: readonly Pick<PlanRow, 'status'>[],
  modifiedAt: string,
): string | null {
  return previous ?? (holdsReport(rows) ? modifiedAt : null);
}

export interface MonthReporting {
  timing: ReportTiming;
  /** The first report time, when it was known at `asOf`. */
  reportedAt: string | null;
}

/**
 * How a stored garden-month stands against its deadlines at `asOf`: the one reading of "reported" that the
 * assessment and the reminders share. A report stamped after `asOf` was not there yet when the caller looks.
 */
export function monthReporting(
  report: Pick<GardenMonth, 'firstReportedAt'> | undefined,
  deadlines: MonthDeadlines,
  asOf: string,
): MonthReporting {
  if ((report?.firstReportedAt ?? null) === null) return { timing: 'not_reported', reportedAt: null };
  return monthReportingAt(report, deadlineMillis(deadlines), instantMillis(asOf));
}

/** monthReporting with the deadlines and `asOf` already in epoch ms: an assessment asks once per garden. */
export function monthReportingAt(
  report: Pick<GardenMonth, 'firstReportedAt'> | undefined,
  deadlines: DeadlineMillis,
  asOf: number,
): MonthReporting {
  const first = report?.firstReportedAt ?? null;
  const firstMs = first === null ? null : instantMillis(first);
  const known = firstMs !== null && firstMs <= asOf;
  return { timing: reportTimingAt(known ? firstMs : null, deadlines), reportedAt: known ? first : null };
}
