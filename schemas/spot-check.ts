import { z } from 'zod';
import { GardenId, Instant, IsoDate, MonthKey } from './common';

/**
 * Which reported activity a spot check is about. Every given field must match: `row` (the sheet row), `date`,
 * and `task` (a fragment of the 帮扶任务 text, spaces ignored). When several rows match, the verdict applies to
 * all of them — the bureau named them alike.
 */
export const ActivityMatcher = z
  .object({
    row: z.number().int().positive().optional(),
    date: IsoDate.optional(),
    task: z.string().trim().min(1).optional(),
  })
  .refine((m) => m.row !== undefined || m.date !== undefined || m.task !== undefined, {
    error: '抽查记录须指明行号、日期或帮扶任务',
  });
export type ActivityMatcher = z.infer<typeof ActivityMatcher>;

export const SpotCheckVerdict = z.enum(['passed', 'falsified']);
export type SpotCheckVerdict = z.infer<typeof SpotCheckVerdict>;
export const SPOT_CHECK_VERDICT_LABELS: Record<SpotCheckVerdict, string> = { passed: '属实', falsified: '虚报' };

/** A bureau visit's verdict on one reported activity (入校检查、走访师幼、调查问卷). */
export const SpotCheck = z.object({
  id: z.string().min(1),
  gardenId: GardenId,
  month: MonthKey,
  activity: ActivityMatcher,
  verdict: SpotCheckVerdict,
  note: z.string().nullable(),
  checkedBy: z.string().min(1),
  /** When several checks hit the same activity, the latest verdict stands (a re-check can correct an earlier one). */
  checkedAt: Instant,
});
export type SpotCheck = z.infer<typeof SpotCheck>;
