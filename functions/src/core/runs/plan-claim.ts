import type { RunRecord, RunSummary } from '../../../../schemas';

/** How long a claim protects a running job before another invocation may presume it crashed and take over. */
export const DEFAULT_LEASE_MS = 10 * 60 * 1000;

export type ClaimDecision =
  | { claimed: true; write: RunRecord; previous: RunRecord | null }
  | { claimed: false; existing: RunRecord };

/**
 * Decides whether this invocation may run the job of `businessKey`. A completed key is never run again (a double
 * firing or a redelivered event does no harm); a failed one, or a running one whose lease ran out, is taken over.
 */
export function planClaim(
  existing: RunRecord | null,
  businessKey: string,
  runId: string,
  now: string,
  leaseMs: number = DEFAULT_LEASE_MS,
): ClaimDecision {
  if (existing) {
    const live = existing.status === 'running' && Date.parse(now) < Date.parse(existing.leaseUntil);
    if (existing.status === 'completed' || live) return { claimed: false, existing };
  }
  return {
    claimed: true,
    previous: existing,
    write: {
      businessKey,
      runId,
      status: 'running',
      claimedAt: now,
      leaseUntil: new Date(Date.parse(now) + leaseMs).toISOString(),
      attempts: (existing?.attempts ?? 0) + 1,
      completedAt: null,
      summary: null,
      error: null,
    },
  };
}

export type FinishDecision = { ok: true; write: RunRecord } | { ok: false; reason: 'not_claimed' | 'lease_lost'; existing: RunRecord | null };

/** Marks the claimed run finished; refuses when another invocation has since taken the key over. */
export function planFinish(
  existing: RunRecord | null,
  runId: string,
  at: string,
  result: { status: 'completed'; summary: RunSummary } | { status: 'failed'; error: string },
): FinishDecision {
  if (!existing) return { ok: false, reason: 'not_claimed', existing };
  if (existing.runId !== runId || existing.status !== 'running') return { ok: false, reason: 'lease_lost', existing };
  return result.status === 'completed'
    ? { ok: true, write: { ...existing, status: 'completed', completedAt: at, summary: result.summary, error: null } }
    : { ok: true, write: { ...existing, status: 'failed', completedAt: at, summary: null, error: result.error } };
}
