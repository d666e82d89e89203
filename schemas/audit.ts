import { z } from 'zod';
import { Instant } from './common';

/** An append-only record of who did what to which thing, and when (bureau actions, roster changes, runs). */
export const AuditEntry = z.object({
  at: Instant,
  /** An email, or `system` / a job name for scheduled work. */
  actor: z.string().min(1),
  /** Dotted verb, e.g. `spot_check.record`, `roster.save`. */
  action: z.string().min(1),
  /** What the action was about, e.g. `garden:城关幼儿园/2020-05`. */
  subject: z.string().min(1),
  details: z.record(z.string(), z.unknown()).default({}),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
