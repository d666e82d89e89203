import { z } from 'zod';
import { GardenId, Instant, MonthKey } from './common';
import { SourceVersion } from './garden-month';

const Count = z.number().int().nonnegative();

/**
 * Incremental sync: which version of a garden's sheet its stored garden-months came from. A run that finds the
 * same sheet at the same version (and every month it needs already taken from it) reads nothing and uses the
 * stored snapshots.
 */
export const SheetSyncDoc = z.object({
  gardenId: GardenId,
  /** Spreadsheet id (Google) or file path (.xlsx): versions are per file, so the pair identifies the content. */
  location: z.string().min(1),
  title: z.string(),
  /** The garden name the table's own title gave (matching a sheet whose file name does not say whose it is). */
  tableGarden: z.string().nullable(),
  source: SourceVersion,
  syncedAt: Instant,
  /** Months whose snapshots were made from this version (a month not listed needs a read even when unchanged). */
  months: z.array(MonthKey),
  /** How the table's rows were accounted for when this version was read (reported again when it is reused). */
  account: z.object({
    rowsAccepted: Count, rowsInWindow: Count, rowsDeferred: Count, rowsOutside: Count, errors: Count, warnings: Count, skipped: Count,
  }),
});
export type SheetSyncDoc = z.infer<typeof SheetSyncDoc>;

/** Where a county's last complete sync got to, in the source's own clock (Drive modifiedTime / file times). */
export const SyncCursorDoc = z.object({
  county: z.string().min(1),
  /** The latest modified time among the sheets that sync listed: the next listing starts there, minus a margin. */
  highWater: Instant,
  updatedAt: Instant,
  /**
   * Sheets that run listed but could not use (unreadable, or not matched to one garden): read again by every run
   * until fixed, since a fix (sharing the sheet, renaming another file) need not change their modified time.
   */
  pending: z.array(z.object({ location: z.string().min(1), title: z.string() })),
});
export type SyncCursorDoc = z.infer<typeof SyncCursorDoc>;
