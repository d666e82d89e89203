import { z } from 'zod';
import { GardenId, Instant, MonthKey } from './common';
import { Issue } from './issue';
import { PlanRow } from './plan-row';

/** Which version of a garden's source a snapshot was read from (Drive `version` + `modifiedTime`, or an .xlsx file's hash + modified time). */
export const SourceVersion = z.object({
  version: z.string().min(1),
  modifiedAt: Instant,
});
export type SourceVersion = z.infer<typeof SourceVersion>;

/**
 * A garden's rows for one month: the unit of sync, freeze and audit. Replaced whole on every change,
 * never appended to; `version` counts content changes.
 */
export const GardenMonth = z.object({
  gardenId: GardenId,
  month: MonthKey,
  rows: z.array(PlanRow),
  issues: z.array(Issue),
  /** sha256 of the canonical rows + issues: equal content, equal hash, no new version. */
  contentHash: z.string().min(1),
  source: SourceVersion,
  version: z.number().int().positive(),
  /** When the month first had activity rows: the source's modified time of the version that first showed them. */
  firstReportedAt: Instant.nullable(),
  syncedAt: Instant,
  /** Set at the month's cutoff; after it, changes are recorded as late changes instead of replacing the rows. */
  frozenAt: Instant.nullable(),
});
export type GardenMonth = z.infer<typeof GardenMonth>;
