import type { RuleSet } from '../../../../schemas';
import { deadlinesOf, isAtOrAfter, isSchoolMonth, monthKeyOfInstant, parseInstant, parseMonthKey } from '../calendar';

export type MonthDecision =
  | { run: true; month: string }
  | { run: false; month: string; reason: 'vacation' | 'not_closed' };

type Rules = Pick<RuleSet, 'timezone' | 'terms' | 'deadlines'>;

/** The month whose cutoff passed last at `now`: the month before the local month of `now`. */
export function lastClosedMonth(now: string, rules: Pick<RuleSet, 'timezone'>): string {
  const local = parseInstant(now).setZone(rules.timezone).startOf('month').minus({ days: 1 });
  return monthKeyOfInstant(local, rules.timezone);
}

/** The local month `now` falls in (the month reminders are about before its cutoff). */
export function currentMonth(now: string, rules: Pick<RuleSet, 'timezone'>): string {
  return monthKeyOfInstant(parseInstant(now), rules.timezone);
}

/**
 * Which month the scheduled monthly run assesses: the one asked for, or the month just closed. A month still
 * open is refused (its scheduled run would then be spent before the gardens' deadline), and a vacation month
 * is skipped (the rule set assesses school months only).
 */
export function scheduledMonth(now: string, rules: Rules, requested?: string): MonthDecision {
  const month = requested ?? lastClosedMonth(now, rules);
  parseMonthKey(month);
  if (!isAtOrAfter(now, deadlinesOf(month, rules).cutoff)) return { run: false, month, reason: 'not_closed' };
  if (!isSchoolMonth(month, rules)) return { run: false, month, reason: 'vacation' };
  return { run: true, month };
}
