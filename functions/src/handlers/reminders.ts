import { z } from 'zod';
import { MonthKey, ReminderKind } from '../../../schemas';
import { sendReminders, type SendRemindersResult } from '../usecases/send-reminders';
import type { JobDeps } from './job-runtime';
import type { PubsubEndpoint } from './pubsub-function';

/** `{"kind":"due"}` before the 30th (who has not reported yet), `{"kind":"missed"}` after the cutoff. */
export const RemindersMessage = z.object({ kind: ReminderKind.default('due'), month: MonthKey.optional() });
export type RemindersMessage = z.infer<typeof RemindersMessage>;

/** Lists the gardens to remind: a structured log entry per garden for the bureau, and a reminder record in Firestore. */
export const remindersEndpoint: PubsubEndpoint<JobDeps, RemindersMessage> = {
  name: 'reminders',
  message: RemindersMessage,
  async run({ deps, log }, message): Promise<unknown> {
    const tables = deps.tables();
    const result: SendRemindersResult = await sendReminders({
      source: tables.source,
      describeUnreadable: tables.describeUnreadable,
      rosters: deps.stores.rosters,
      gardenMonths: deps.stores.gardenMonths,
      reminders: deps.reminders,
      ruleSet: deps.ruleSet,
      now: deps.now,
    }, { kind: message.kind, county: deps.jobs.county, month: message.month });
    if (result.status === 'skipped') return result;
    const { record } = result;
    for (const garden of record.gardens) {
      log.log('NOTICE', garden.message, { reminder: record.key, gardenId: garden.gardenId, status: garden.status });
    }
    // The log keeps the result small: the record itself is in Firestore under its key.
    return { status: result.status, key: record.key, month: record.month, kind: record.kind, reminded: record.gardens.length, total: record.total, refreshed: result.refreshed };
  },
};
