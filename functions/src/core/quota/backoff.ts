/**
 * Retry timing for quota errors and transient failures: exponential backoff with full jitter, capped,
 * inside a total time budget that outlasts Google's one-minute quota window. Pure: randomness and time come in.
 */
export interface BackoffPolicy {
  /** First delay's upper bound. */
  baseMs: number;
  /** Largest single delay. */
  capMs: number;
  /** Give up when the next attempt would start later than this after the first one. */
  maxElapsedMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 64_000, maxElapsedMs: 300_000 };

export interface RetryState {
  /** Failed attempts so far (1 after the first failure). */
  attempt: number;
  /** Time since the first attempt started. */
  elapsedMs: number;
  /** Server's Retry-After, when it sent one. */
  retryAfterMs: number | null;
}

/** How long to wait before the next attempt, or null to give up. `random` is uniform in [0, 1). */
export function nextDelay(policy: BackoffPolicy, state: RetryState, random: number): number | null {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, state.attempt - 1));
  const jittered = Math.floor(random * ceiling);
  // A server-sent Retry-After is a floor: waiting less only burns quota on a request bound to fail.
  const delay = state.retryAfterMs === null ? jittered : Math.max(state.retryAfterMs, jittered);
  const remaining = policy.maxElapsedMs - state.elapsedMs;
  if (remaining <= 0 || (state.retryAfterMs ?? 0) > remaining) return null;
  // Clamp rather than give up on an unlucky draw: the last attempt still lands inside the budget.
  return Math.min(delay, remaining);
}

/** Parses an HTTP Retry-After value (delta-seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
