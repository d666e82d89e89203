import { z } from 'zod';
import { GardenId, Instant, IsoDate, MonthKey } from './common';

/** `due`: before a month's cutoff, who has not reported yet; `missed`: after it, who did not report in time. */
export const ReminderKind = z.enum(['due', 'missed']);
export type ReminderKind = z.infer<typeof ReminderKind>;

/** One garden named in a reminder, with the Chinese text shown to the bureau (and the garden). */
export const ReminderEntry = z.object({
  gardenId: GardenId,
  name: z.string().min(1),
  /** `not_reported`: nothing yet (due); `missed`: not reported before the cutoff; `late`: after the on-time day. */
  status: z.enum(['not_reported', 'late', 'missed']),
  message: z.string().min(1),
});
export type ReminderEntry = z.infer<typeof ReminderEntry>;

/** What one reminder firing found; stored under its business key, so a redelivery replaces it with the same. */
export const ReminderRecord = z.object({
  key: z.string().min(1).regex(/^[^/]+$/),
  kind: ReminderKind,
  month: MonthKey,
  /** The local date of the firing. */
  date: IsoDate,
  createdAt: Instant,
  /** The deadline the reminder is about: the on-time day (due) or the cutoff (missed). */
  deadline: Instant,
  county: z.string().min(1),
  /** Gardens on the roster. */
  total: z.number().int().nonnegative(),
  gardens: z.array(ReminderEntry),
});
export type ReminderRecord = z.infer<typeof ReminderRecord>;
