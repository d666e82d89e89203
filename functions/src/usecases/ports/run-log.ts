import type { RunRecord, RunSummary } from '../../../../schemas';

export type ClaimResult = { claimed: true; attempt: number } | { claimed: false; existing: RunRecord };

/**
 * The job log, keyed by business key (`assessment:2020-05`), not by event id: a double firing or a redelivery
 * with a new event id finds the key claimed or completed and does nothing.
 */
export interface RunLog {
  /** Claims the key for `runId`. Also succeeds for a failed run, or a running one whose lease expired (crash recovery). */
  claim(businessKey: string, runId: string, now: string, leaseMs?: number): Promise<ClaimResult>;
  /** Marks the key done; throws RunLeaseLostError if another run took the key over meanwhile. */
  complete(businessKey: string, runId: string, at: string, summary: RunSummary): Promise<void>;
  /** Releases the key after a failure so the next firing retries at once; same ownership check as complete. */
  fail(businessKey: string, runId: string, at: string, error: string): Promise<void>;
  get(businessKey: string): Promise<RunRecord | null>;
}

export class RunLeaseLostError extends Error {
  constructor(readonly businessKey: string, readonly runId: string) {
    super(`run ${runId} no longer holds ${businessKey}`);
    this.name = 'RunLeaseLostError';
  }
}
