import type { ExceptionGrant, ExceptionRecord, FreezeRecord, GardenMonthDoc } from '../../../../schemas';
import type { ExistingGardenMonth } from './plan-snapshot-write';

export interface FreezeDecision {
  /** `missing`: nothing was ever reported for the month, so there is nothing to freeze (it counts as no work). */
  outcome: 'frozen' | 'already_frozen' | 'missing';
  frozenAt: string | null;
  write: GardenMonthDoc | null;
  append: FreezeRecord | null;
}

/** Freezes a garden-month at its cutoff. Idempotent: a second freeze keeps the first instant and logs nothing. */
export function planFreeze(existing: ExistingGardenMonth | null, at: string, by: string): FreezeDecision {
  if (!existing) return { outcome: 'missing', frozenAt: null, write: null, append: null };
  if (existing.frozenAt !== null) return { outcome: 'already_frozen', frozenAt: existing.frozenAt, write: null, append: null };
  return {
    outcome: 'frozen',
    frozenAt: at,
    write: { ...withBookkeeping(existing), frozenAt: at },
    append: { kind: 'freeze', at, by },
  };
}

export interface ExceptionDecision {
  outcome: 'granted' | 'missing';
  write: GardenMonthDoc | null;
  append: ExceptionRecord | null;
}

/**
 * Records the bureau's permission for the next late change to replace the frozen rows. A newer grant replaces
 * an unused older one; both stay in the history.
 */
export function planExceptionGrant(existing: ExistingGardenMonth | null, grant: ExceptionGrant): ExceptionDecision {
  if (!existing) return { outcome: 'missing', write: null, append: null };
  return {
    outcome: 'granted',
    write: { ...withBookkeeping(existing), exception: grant },
    append: { kind: 'exception', ...grant },
  };
}

function withBookkeeping(existing: ExistingGardenMonth): GardenMonthDoc {
  return { ...existing, lastLate: existing.lastLate ?? null, exception: existing.exception ?? null };
}
