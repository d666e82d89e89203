import { z } from 'zod';
import { Instant } from './common';

/** A business key such as `assessment:2020-05`: one job per key, whatever event started it. */
export const BusinessKey = z.string().min(1).max(500).regex(/^[^/]+$/, { error: '业务键不能包含“/”' });
export type BusinessKey = z.infer<typeof BusinessKey>;

/** Free-form JSON summary of a run (counts, ids); Firestore forbids arrays directly inside arrays. */
export const RunSummary = z.record(z.string(), z.unknown());
export type RunSummary = z.infer<typeof RunSummary>;

/** The job log entry of one business key. */
export const RunRecord = z.object({
  businessKey: BusinessKey,
  runId: z.string().min(1),
  status: z.enum(['running', 'completed', 'failed']),
  claimedAt: Instant,
  /** A running claim older than this may be taken over (the claimant is presumed crashed). */
  leaseUntil: Instant,
  attempts: z.number().int().positive(),
  completedAt: Instant.nullable(),
  summary: RunSummary.nullable(),
  error: z.string().nullable(),
});
export type RunRecord = z.infer<typeof RunRecord>;
