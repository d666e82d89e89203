import { z } from 'zod';
import { ActivityType, Status } from './activity';
import { IsoDate, MonthKey } from './common';

export const Evidence = z.object({
  plan: z.string().nullable(),
  record: z.string().nullable(),
  summary: z.string().nullable(),
  photos: z.string().nullable(),
});
export type Evidence = z.infer<typeof Evidence>;

/** One activity line of a garden's plan table, as understood by intake. */
export const PlanRow = z.object({
  /** 1-based sheet row the activity was typed on. */
  row: z.number().int().positive(),
  month: MonthKey,
  date: IsoDate.nullable(),
  task: z.string().min(1),
  person: z.string().nullable(),
  type: ActivityType,
  /** Whether `type` came from the 活动类型 column or was inferred from the task text. */
  typeSource: z.enum(['column', 'inferred']),
  status: Status,
  classHours: z.number().nonnegative().nullable(),
  participants: z.number().int().nonnegative().nullable(),
  evidence: Evidence,
  note: z.string().nullable(),
});
export type PlanRow = z.infer<typeof PlanRow>;
