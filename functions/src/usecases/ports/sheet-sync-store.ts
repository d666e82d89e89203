import type { SheetSyncDoc, SyncCursorDoc } from '../../../../schemas';

/** What incremental sync remembers: per garden, the sheet version its snapshots came from; per county, the cursor. */
export interface SheetSyncStore {
  /** The records of these gardens (absent ones left out). */
  synced(gardenIds: readonly string[]): Promise<SheetSyncDoc[]>;
  record(doc: SheetSyncDoc): Promise<void>;
  cursor(county: string): Promise<SyncCursorDoc | null>;
  saveCursor(cursor: SyncCursorDoc): Promise<void>;
}
