import type { GardenMonth, ReminderEntry, ReminderKind, Roster, RuleSet } from '../../../../schemas';
import { deadlinesOf, isAtOrAfter, isSchoolMonth, localDateOf, onTimeDayOf, parseMonthKey } from '../calendar';
import { monthReporting } from '../sync/reported';
import { currentMonth, lastClosedMonth } from '../schedule';

type Rules = Pick<RuleSet, 'timezone' | 'terms' | 'deadlines'>;

export interface ReminderInput {
  kind: ReminderKind;
  now: string;
  ruleSet: Rules;
  roster: Pick<Roster, 'gardens'>;
  /** The stored garden-months of the month (any garden; others are ignored). */
  reports: readonly GardenMonth[];
  /** Default: the current month (due) or the month just closed (missed). */
  month?: string;
}

export type ReminderPlan =
  | { skip: false; kind: ReminderKind; month: string; date: string; deadline: string; entries: ReminderEntry[] }
  | { skip: true; kind: ReminderKind; month: string; reason: 'vacation' | 'closed' | 'not_closed' };

/** The month a firing is about, by kind. */
export function reminderMonth(kind: ReminderKind, now: string, rules: Pick<RuleSet, 'timezone'>): string {
  return kind === 'due' ? currentMonth(now, rules) : lastClosedMonth(now, rules);
}

/**
 * Who to remind. Before a month's cutoff (`due`): every garden of the roster that has not reported the month
 * yet — after the on-time day the text says a report now counts as late. After the cutoff (`missed`): who did
 * not report before it (the rules count that month as no work) and who reported late. Roster order.
 */
export function planReminders(input: ReminderInput): ReminderPlan {
  const { kind, now, ruleSet } = input;
  const month = input.month ?? reminderMonth(kind, now, ruleSet);
  parseMonthKey(month);
  const deadlines = deadlinesOf(month, ruleSet);
  const closed = isAtOrAfter(now, deadlines.cutoff);
  if (kind === 'due' && closed) return { skip: true, kind, month, reason: 'closed' };
  if (kind === 'missed' && !closed) return { skip: true, kind, month, reason: 'not_closed' };
  if (!isSchoolMonth(month, ruleSet)) return { skip: true, kind, month, reason: 'vacation' };

  const m = Number(month.slice(5, 7));
  const day = onTimeDayOf(month, ruleSet);
  const reported = new Map(input.reports.filter((r) => r.month === month).map((r) => [r.gardenId, r]));
  const pastOnTime = isAtOrAfter(now, deadlines.onTimeDeadline);
  const entries: ReminderEntry[] = [];
  for (const garden of input.roster.gardens) {
    const { timing } = monthReporting(reported.get(garden.id), deadlines, now);
    const who = { gardenId: garden.id, name: garden.name };
    if (kind === 'due') {
      if (timing !== 'not_reported') continue;
      const message = pastOnTime
        ? `${garden.name}：${m}月的帮扶材料尚未上报，已过${m}月${day}日的按时上报期限。月末前补报按迟报计，月末仍未上报视为本月未开展帮扶工作。`
        : `${garden.name}：${m}月的帮扶材料尚未上报，请在${m}月${day}日前填写计划表并提交。`;
      entries.push({ ...who, status: 'not_reported', message });
    } else if (timing === 'not_reported' || timing === 'after_cutoff') {
      entries.push({ ...who, status: 'missed', message: `${garden.name}：${m}月的帮扶材料未在月末前上报，按规定视为本月未开展帮扶工作。` });
    } else if (timing === 'late') {
      entries.push({ ...who, status: 'late', message: `${garden.name}：${m}月的帮扶材料在${m}月${day}日后才上报，按迟报计。` });
    }
  }
  const deadline = kind === 'due' ? deadlines.onTimeDeadline : deadlines.cutoff;
  return { skip: false, kind, month, date: localDateOf(now, ruleSet.timezone), deadline, entries };
}

/** The firing's business key: one record per kind, month and local day, whatever the event id. */
export function reminderKey(kind: ReminderKind, month: string, date: string): string {
  return `reminders:${month}:${kind}:${date}`;
}
