import type { RuleSet } from '../../../../schemas/rule-set';
import { instantMillis, toInstant } from './instant';
import { daysInMonth, monthStart, parseMonthKey } from './month';

/**
 * A month has two different deadlines, and people confuse them:
 * - `onTimeDeadline`: materials first reported before it are on time (五、3：每月30日前报基教股). It is the end of the
 *   on-time day — the 30th, or the month's last day when shorter (February) — given as the exclusive instant that
 *   starts the next day, `…-31T00:00:00+08:00`.
 * - `cutoff`: a month not reported before it counts as no work at all (五、4：当月末没有及时上报资料的视为本月内没有
 *   开展帮扶工作). It is the start of the next month, also exclusive.
 * Between the two a report is late: it counts, with a penalty. In 30-day months and February they coincide.
 */
export interface MonthDeadlines {
  onTimeDeadline: string;
  cutoff: string;
}

type DeadlineRules = Pick<RuleSet, 'timezone' | 'deadlines'>;

export function deadlinesOf(month: string, rules: DeadlineRules): MonthDeadlines {
  parseMonthKey(month);
  const start = monthStart(month, rules.timezone);
  const onTimeDay = Math.min(rules.deadlines.onTimeDayOfMonth, daysInMonth(month));
  return {
    onTimeDeadline: toInstant(start.plus({ days: onTimeDay })),
    cutoff: toInstant(start.plus({ months: 1 })),
  };
}

/** The last day that is still on time (30, or 28/29 in February), for messages. */
export function onTimeDayOf(month: string, rules: DeadlineRules): number {
  return Math.min(rules.deadlines.onTimeDayOfMonth, daysInMonth(month));
}

export type ReportTiming = 'on_time' | 'late' | 'after_cutoff' | 'not_reported';

/** Classifies when a month was first reported against its deadlines. */
export function reportTiming(firstReportedAt: string | null, deadlines: MonthDeadlines): ReportTiming {
  return reportTimingAt(firstReportedAt === null ? null : instantMillis(firstReportedAt), deadlineMillis(deadlines));
}

/** A month's deadlines as epoch milliseconds, for callers that classify many report times against them. */
export interface DeadlineMillis {
  onTimeDeadline: number;
  cutoff: number;
}

export function deadlineMillis(deadlines: MonthDeadlines): DeadlineMillis {
  return { onTimeDeadline: instantMillis(deadlines.onTimeDeadline), cutoff: instantMillis(deadlines.cutoff) };
}

/** reportTiming on epoch milliseconds. */
export function reportTimingAt(firstReportedAt: number | null, deadlines: DeadlineMillis): ReportTiming {
  if (firstReportedAt === null) return 'not_reported';
  if (firstReportedAt < deadlines.onTimeDeadline) return 'on_time';
  if (firstReportedAt < deadlines.cutoff) return 'late';
  return 'after_cutoff';
}
