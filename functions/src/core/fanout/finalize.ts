import { isAtOrAfter } from '../calendar/instant';

export type FinalizeDecision =
  | { kind: 'wait'; done: number; expected: number }
  | { kind: 'assess'; complete: boolean; missing: string[] }
  | { kind: 'already_finalized' };

/**
 * When the finalizer may assess: once every expected garden is in, or at the cutoff with whoever is in —
 * then the missing gardens are named (their last stored snapshot is assessed, as if they had not changed).
 */
export function finalizeDecision(input: {
  expected: readonly string[];
  done: ReadonlySet<string>;
  finalizedAt: string | null;
  now: string;
  /** The latest time to wait for workers (e.g. a few minutes before the scheduler's next slot). */
  cutoffAt: string;
}): FinalizeDecision {
  if (input.finalizedAt !== null) return { kind: 'already_finalized' };
  const missing = input.expected.filter((id) => !input.done.has(id));
  if (missing.length === 0) return { kind: 'assess', complete: true, missing };
  if (isAtOrAfter(input.now, input.cutoffAt)) return { kind: 'assess', complete: false, missing };
  return { kind: 'wait', done: input.expected.length - missing.length, expected: input.expected.length };
}
