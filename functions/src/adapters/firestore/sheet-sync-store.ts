import type { Firestore } from '@google-cloud/firestore';
import { SheetSyncDoc, SyncCursorDoc } from '../../../../schemas';
import type { SheetSyncStore } from '../../usecases/ports/sheet-sync-store';
import { decode, encode, readDoc } from './codec';
import { paths } from './paths';

/** Incremental-sync records: one small document per garden and one per county (last write wins: runs are serial). */
export class FirestoreSheetSyncStore implements SheetSyncStore {
  constructor(private readonly db: Firestore) {}

  async synced(gardenIds: readonly string[]): Promise<SheetSyncDoc[]> {
    if (gardenIds.length === 0) return [];
    const refs = gardenIds.map((id) => this.db.doc(paths.sheetSync(id)));
    const out: SheetSyncDoc[] = [];
    // getAll: one round trip per 500 documents, not one per garden.
    for (let i = 0; i < refs.length; i += 500) {
      for (const snap of await this.db.getAll(...refs.slice(i, i + 500))) {
        if (snap.exists) out.push(decode(SheetSyncDoc, snap.ref.path, snap.data()));
      }
    }
    return out;
  }

  async record(doc: SheetSyncDoc): Promise<void> {
    const ref = this.db.doc(paths.sheetSync(doc.gardenId));
    await ref.set(encode(SheetSyncDoc, ref.path, doc));
  }

  cursor(county: string): Promise<SyncCursorDoc | null> {
    return readDoc(this.db.doc(paths.syncCursor(county)), SyncCursorDoc);
  }

  async saveCursor(cursor: SyncCursorDoc): Promise<void> {
    const ref = this.db.doc(paths.syncCursor(cursor.county));
    await ref.set(encode(SyncCursorDoc, ref.path, cursor));
  }
}
