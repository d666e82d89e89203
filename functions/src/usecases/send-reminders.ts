import type { ReminderKind, ReminderRecord, RuleSet } from '../../../schemas';
import { deadlinesOf } from '../core/calendar';
import { gardenCandidates } from '../core/monthly-run';
import { planReminders, reminderKey, reminderMonth } from '../core/reminders';
import { UseCaseFailure } from './errors';
import { readCounty, type ReadCountyDeps } from './monthly-run/read-county';
import type { GardenMonthStore } from './ports/garden-month-store';
import type { ReminderStore } from './ports/reminder-store';
import type { RosterStore } from './ports/roster-store';

export interface SendRemindersDeps extends ReadCountyDeps {
  rosters: Pick<RosterStore, 'get'>;
  gardenMonths: Pick<GardenMonthStore, 'applySnapshot' | 'listMonth'>;
  reminders: ReminderStore;
  ruleSet: RuleSet;
  now: () => string;
}

export interface SendRemindersInput {
  kind: ReminderKind;
  county: string;
  month?: string;
}

export type SendRemindersResult =
  | { status: 'sent'; record: ReminderRecord; refreshed: number }
  | { status: 'skipped'; kind: ReminderKind; month: string; reason: 'vacation' | 'closed' | 'not_closed' };

/**
 * A reminder firing. Before the cutoff it first takes a snapshot of the month from every garden's table (one
 * read each), so a garden that typed its rows but never pressed 提交本月 counts as reported — from the day it
 * was seen, which also fixes its report time on time. Then it plans who to remind and stores the record under
 * `reminders:YYYY-MM:kind:date`: a redelivered or repeated firing the same day rewrites the same record.
 */
export async function sendReminders(deps: SendRemindersDeps, input: SendRemindersInput): Promise<SendRemindersResult> {
  const now = deps.now();
  const month = input.month ?? reminderMonth(input.kind, now, deps.ruleSet);
  const year = Number(month.slice(0, 4));
  const roster = await deps.rosters.get(input.county, year);
  if (!roster) throw new UseCaseFailure('not_found', `尚未导入${input.county}${year}年的结对名单`);
  const base = { kind: input.kind, now, ruleSet: deps.ruleSet, roster, month };
  const early = planReminders({ ...base, reports: [] });
  if (early.skip) return { status: 'skipped', kind: input.kind, month, reason: early.reason };

  let refreshed = 0;
  if (input.kind === 'due') {
    const tables = await readCounty(deps, roster, { asOf: now, months: [month] });
    const { cutoff } = deadlinesOf(month, deps.ruleSet);
    for (const read of tables.gardens.values()) {
      const { candidates } = gardenCandidates({
        gardenId: read.gardenId, months: [month], assessedMonth: month, rows: read.table.rows, issues: read.table.issues,
        skipped: read.table.skipped.length, source: read.sheet.source, syncedAt: now,
      });
      for (const candidate of candidates) await deps.gardenMonths.applySnapshot(candidate, { cutoff, by: 'reminders' });
      refreshed += 1;
    }
  }
  const plan = planReminders({ ...base, reports: await deps.gardenMonths.listMonth(month) });
  if (plan.skip) return { status: 'skipped', kind: input.kind, month, reason: plan.reason };
  const record: ReminderRecord = {
    key: reminderKey(plan.kind, plan.month, plan.date), kind: plan.kind, month: plan.month, date: plan.date,
    createdAt: now, deadline: plan.deadline, county: roster.county, total: roster.gardens.length, gardens: plan.entries,
  };
  await deps.reminders.save(record);
  return { status: 'sent', record, refreshed };
}
