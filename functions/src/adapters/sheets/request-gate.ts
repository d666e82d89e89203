/**
 * Every Google call goes through here: the shared quota budget first, then the call with a timeout, then our
 * retry policy (the client's own retry is off, so this is the only one). Only idempotent calls are retried.
 */
import { DEFAULT_BACKOFF, nextDelay, parseRetryAfter, type BackoffPolicy } from '../../core/quota/backoff';
import type { QuotaBudget } from './quota-budget';

export interface GateDeps {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Uniform in [0, 1): the jitter. */
  random: () => number;
  backoff?: BackoffPolicy;
  /** Told about each retry (structured log in production). */
  onRetry?: (event: { op: string; attempt: number; delayMs: number; reason: string }) => void;
}

export interface CallOptions {
  op: string;
  /** The quota the call spends; null for Drive (its own, far larger quota). */
  budget: QuotaBudget | null;
  /** Safe to send twice: reads, and writes that set the same content at the same cells. */
  idempotent: boolean;
}

/** A Google call failed for good; `status` is the last HTTP status (0: no response). */
export class GoogleApiError extends Error {
  constructor(readonly op: string, readonly status: number, readonly reason: string, readonly attempts: number) {
    super(`${op} failed after ${attempts} attempt(s): ${status || 'no response'} ${reason}`);
    this.name = 'GoogleApiError';
  }
}

interface Failure { status: number; reason: string; retryAfter: string | null; retryable: boolean }

const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'RATE_LIMIT_EXCEEDED']);

/** Reads what we need from a gaxios error (or any thrown value) without trusting its shape. */
export function classify(err: unknown): Failure {
  const e = err as { status?: unknown; code?: unknown; message?: unknown; response?: { status?: number; headers?: { get?: (k: string) => string | null }; data?: unknown } };
  const status = typeof e?.response?.status === 'number' ? e.response.status : typeof e?.status === 'number' ? e.status : 0;
  const data = e?.response?.data as { error?: { message?: string; status?: string; errors?: { reason?: string }[]; details?: { reason?: string }[] } } | undefined;
  const reasons = [...(data?.error?.errors ?? []), ...(data?.error?.details ?? [])].map((x) => x?.reason ?? '');
  const reason = data?.error?.status ?? (typeof e?.code === 'string' ? e.code : String(e?.message ?? 'error'));
  const retryAfter = e?.response?.headers?.get?.('retry-after') ?? null;
  // No response at all: timeout, reset, refused — transient. Drive signals rate limits as 403 with a reason.
  const retryable = status === 0 || status === 408 || status === 429 || status >= 500 || (status === 403 && reasons.some((r) => RATE_REASONS.has(r)));
  return { status, reason, retryAfter, retryable };
}

export class RequestGate {
  private readonly backoff: BackoffPolicy;

  constructor(private readonly deps: GateDeps) {
    this.backoff = deps.backoff ?? DEFAULT_BACKOFF;
  }

  async call<T>(opts: CallOptions, fn: () => Promise<T>): Promise<T> {
    const { now, sleep, random } = this.deps;
    const started = now();
    for (let attempt = 1; ; attempt++) {
      // Every attempt spends quota, retries included: the budget is what keeps a storm from getting worse.
      await opts.budget?.take(now, sleep);
      try {
        return await fn();
      } catch (err) {
        const failure = classify(err);
        const delay = failure.retryable && opts.idempotent
          ? nextDelay(this.backoff, { attempt, elapsedMs: now() - started, retryAfterMs: parseRetryAfter(failure.retryAfter, now()) }, random())
          : null;
        if (delay === null) throw new GoogleApiError(opts.op, failure.status, failure.reason, attempt);
        this.deps.onRetry?.({ op: opts.op, attempt, delayMs: delay, reason: `${failure.status || 'no response'} ${failure.reason}` });
        await sleep(delay);
      }
    }
  }
}
