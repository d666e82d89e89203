import type { GardenMonth, PlanRow } from '../../../../schemas';
import { isAfter, reportTiming, type MonthDeadlines, type ReportTiming } from '../calendar';

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
  const first = report?.firstReportedAt ?? null;
  const reportedAt = first !== null && !isAfter(first, asOf) ? first : null;
  return { timing: reportTiming(reportedAt, deadlines), reportedAt };
}
