import type { SpotCheck } from '../../../../schemas';

/** A spot-check verdict as the audit keeps it: the verdict, and when the system first saw it. */
export type RecordedSpotCheck = SpotCheck & { recordedAt: string };

/**
 * Append-only record of the bureau's spot-check verdicts. A verdict is recorded once per content: reading the
 * same register row again adds nothing; a changed verdict on the same row is a new record beside the old one.
 */
export interface SpotCheckLog {
  /** Records every verdict not seen before; returns how many were new. */
  record(checks: readonly SpotCheck[], at: string): Promise<number>;
  /** Every verdict recorded about one garden-month, in order of checkedAt then recordedAt. */
  listFor(gardenId: string, month: string): Promise<RecordedSpotCheck[]>;
}
