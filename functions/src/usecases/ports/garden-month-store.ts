import type { GardenMonth, HistoryEntry, SnapshotCandidate } from '../../../../schemas';
import type { SnapshotOutcome, SyncContext } from '../../core/sync';

export interface ApplyResult {
  outcome: SnapshotOutcome;
  /** The snapshot's version after the call (unchanged for `unchanged`, `stale` and `late`). */
  version: number;
}

export interface FreezeResult {
  outcome: 'frozen' | 'already_frozen' | 'missing';
  /** The first freeze instant, kept by later freezes; null when the month was never reported. */
  frozenAt: string | null;
}

/**
 * Garden-month snapshots: replaced whole, versioned, frozen at the cutoff, every change kept in the history.
 * All writes are transactional, so concurrent syncs of one garden-month end consistent.
 */
export interface GardenMonthStore {
  applySnapshot(candidate: SnapshotCandidate, ctx?: SyncContext): Promise<ApplyResult>;
  get(gardenId: string, month: string): Promise<GardenMonth | null>;
  /** Every garden's snapshot of a month, ordered by garden id. */
  listMonth(month: string): Promise<GardenMonth[]>;
  /** Versions, late changes, freeze and exception grants, in time order. */
  history(gardenId: string, month: string): Promise<HistoryEntry[]>;
  freeze(gardenId: string, month: string, at: string, by?: string): Promise<FreezeResult>;
  /** Lets the next late change replace the frozen rows. Throws when the month was never reported. */
  grantException(gardenId: string, month: string, by: string, reason: string, at: string): Promise<void>;
}

export class GardenMonthNotFoundError extends Error {
  constructor(readonly gardenId: string, readonly month: string) {
    super(`garden-month ${gardenId}/${month} has never been reported`);
    this.name = 'GardenMonthNotFoundError';
  }
}
