import type { GardenMonth } from '../../../../schemas/garden-month';
import type { Garden } from '../../../../schemas/roster';
import { monthReportingAt, type MonthReporting } from '../sync/reported';
import type { MonthContext } from './month-context';

/** How each first-report time of a month's reports stands against the month's deadlines. */
export type ReportingByTime = ReadonlyMap<string, MonthReporting>;

/**
 * Worked out once per distinct time before the gardens are assessed: a county's reports share a handful of
 * times, and parsing them inside the per-garden code made V8 re-optimise it (bench profile).
 */
export function reportingByTime(
  gardens: readonly Garden[],
  reports: ReadonlyMap<string, GardenMonth>,
  ctx: Pick<MonthContext, 'deadlineMs' | 'asOfMs'>,
): ReportingByTime {
  const byTime = new Map<string, MonthReporting>();
  // The roster's gardens in order, as they are assessed: a report of a garden outside the roster is not read.
  for (let i = 0; i < gardens.length; i++) {
    const report = reports.get(gardens[i].id);
    const first = report?.firstReportedAt ?? null;
    if (first !== null && !byTime.has(first)) byTime.set(first, monthReportingAt(report, ctx.deadlineMs, ctx.asOfMs));
  }
  return byTime;
}

const NOT_REPORTED: MonthReporting = Object.freeze({ timing: 'not_reported', reportedAt: null });

export function reportingOf(report: GardenMonth | undefined, byTime: ReportingByTime): MonthReporting {
  const first = report?.firstReportedAt ?? null;
  return first === null ? NOT_REPORTED : (byTime.get(first) as MonthReporting);
}
