/**
 * A sliding-window request budget: at most `limit` requests in any `windowMs` (Google's per-minute quotas).
 * Pure: callers pass the current time and get back when their request may go. A token bucket would allow up
 * to 2×limit in one sliding minute (full bucket + refill); keeping the last `limit` grant times is exact.
 */
export interface RequestWindow {
  readonly limit: number;
  readonly windowMs: number;
  /** Grant times, ascending; at most `limit` kept (older ones can no longer matter). */
  readonly grants: readonly number[];
}

export function emptyWindow(limit: number, windowMs = 60_000): RequestWindow {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  return { limit, windowMs, grants: [] };
}

/**
 * Reserves the earliest slot at or after `now`: the returned `at` is when the request may be sent.
 * Reservations may lie in the future, so concurrent callers queue up instead of all waking together.
 */
export function reserve(window: RequestWindow, now: number): { window: RequestWindow; at: number } {
  const { grants, limit, windowMs } = window;
  const last = grants.length ? grants[grants.length - 1] : -Infinity;
  // The limit-th most recent grant must be a full window before the new one: then [g, g + windowMs) holds ≤ limit.
  const oldest = grants.length >= limit ? grants[grants.length - limit] + windowMs : -Infinity;
  const at = Math.max(now, last, oldest);
  return { window: { ...window, grants: [...grants, at].slice(-limit) }, at };
}
