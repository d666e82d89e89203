import { z } from 'zod';
import { GardenId, Instant, MonthKey } from './common';

/**
 * Fan-out of a month-close over Pub/Sub: one work message per changed garden, a check message after each,
 * and the run's progress in Firestore (which gardens are in, whether the finalizer has assessed).
 */
const RunKey = z.string().min(1).max(300).regex(/^[^/]+$/);

export const FanoutWorkMessage = z.object({
  runKey: RunKey,
  month: MonthKey,
  asOf: Instant,
  gardenId: GardenId,
  spreadsheetId: z.string().min(1).max(1000),
  /** The garden's name: the sheet's title in its sync record (matches it to the garden when it is reused). */
  title: z.string().max(300).optional(),
});
export type FanoutWorkMessage = z.infer<typeof FanoutWorkMessage>;

/**
 * "Look whether the run can be finalized": sent by each worker when done. Without a run key it is the scheduler's
 * sweep, which looks at every run not finalized yet: a run whose last worker keeps failing sends no more checks,
 * and the sweep is what assesses it at its cutoff.
 */
export const FanoutCheckMessage = z.object({ runKey: RunKey.optional() });
export type FanoutCheckMessage = z.infer<typeof FanoutCheckMessage>;

export const FanoutRunDoc = z.object({
  runKey: RunKey,
  month: MonthKey,
  asOf: Instant,
  /** The finalizer assesses with whoever is in once this has passed. */
  cutoffAt: Instant,
  expected: z.array(GardenId),
  /** Changed sheets no garden has registered. */
  unregistered: z.array(z.string()),
  plannedAt: Instant,
  finalizedAt: Instant.nullable(),
  /** Gardens whose worker had not finished when the finalizer assessed. */
  missing: z.array(GardenId),
});
export type FanoutRunDoc = z.infer<typeof FanoutRunDoc>;

export const FanoutGardenDoc = z.object({
  gardenId: GardenId,
  doneAt: Instant,
  months: z.array(z.object({ month: MonthKey, outcome: z.string(), version: z.number().int().nonnegative() })),
});
export type FanoutGardenDoc = z.infer<typeof FanoutGardenDoc>;
