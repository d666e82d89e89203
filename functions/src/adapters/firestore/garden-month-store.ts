import type { DocumentReference, Firestore, Transaction } from '@google-cloud/firestore';
import {
  ExceptionRecord,
  FreezeRecord,
  GardenMonthDoc,
  HistoryEntry,
  LateChangeRecord,
  SnapshotCandidate,
  VersionRecord,
  type GardenMonth,
} from '../../../../schemas';
import { planExceptionGrant, planFreeze, planSnapshotWrite, sortHistory, type SyncContext } from '../../core/sync';
import {
  GardenMonthNotFoundError,
  type ApplyResult,
  type FreezeResult,
  type GardenMonthStore,
} from '../../usecases/ports/garden-month-store';
import { decode, encode, readDoc } from './codec';
import { MONTHS, paths } from './paths';

/** Garden-month snapshots in Firestore: one document per garden-month, its history in sub-collections. */
export class FirestoreGardenMonthStore implements GardenMonthStore {
  constructor(private readonly db: Firestore) {}

  async applySnapshot(candidate: SnapshotCandidate, ctx: SyncContext = {}): Promise<ApplyResult> {
    const input = encode(SnapshotCandidate, paths.gardenMonth(candidate.gardenId, candidate.month), candidate);
    return this.db.runTransaction(async (txn) => {
      const ref = this.db.doc(paths.gardenMonth(input.gardenId, input.month));
      const decision = planSnapshotWrite(await readDoc(ref, GardenMonthDoc, txn), input, ctx);
      this.writeMonth(txn, ref, decision.write);
      const record = decision.append;
      if (record?.kind === 'version') {
        const path = paths.version(input.gardenId, input.month, record.version);
        // create, not set: two racing transactions can never both write version n.
        txn.create(this.db.doc(path), encode(VersionRecord, path, record));
      } else if (record) {
        const doc = this.db.collection(paths.lateChanges(input.gardenId, input.month)).doc();
        txn.create(doc, encode(LateChangeRecord, doc.path, record));
      }
      return { outcome: decision.outcome, version: decision.version };
    });
  }

  async get(gardenId: string, month: string): Promise<GardenMonth | null> {
    const doc = await readDoc(this.db.doc(paths.gardenMonth(gardenId, month)), GardenMonthDoc);
    return doc ? toGardenMonth(doc) : null;
  }

  async listMonth(month: string): Promise<GardenMonth[]> {
    const snap = await this.db.collectionGroup(MONTHS).where('month', '==', month).get();
    return snap.docs
      .map((d) => toGardenMonth(decode(GardenMonthDoc, d.ref.path, d.data())))
      .sort((a, b) => (a.gardenId < b.gardenId ? -1 : a.gardenId > b.gardenId ? 1 : 0));
  }

  async history(gardenId: string, month: string): Promise<HistoryEntry[]> {
    const collections = [paths.versions, paths.lateChanges, paths.monthEvents].map((p) => p(gardenId, month));
    const snaps = await Promise.all(collections.map((c) => this.db.collection(c).get()));
    return sortHistory(snaps.flatMap((s) => s.docs.map((d) => decode(HistoryEntry, d.ref.path, d.data()))));
  }

  async freeze(gardenId: string, month: string, at: string, by = 'system'): Promise<FreezeResult> {
    return this.db.runTransaction(async (txn) => {
      const ref = this.db.doc(paths.gardenMonth(gardenId, month));
      const decision = planFreeze(await readDoc(ref, GardenMonthDoc, txn), at, by);
      this.writeMonth(txn, ref, decision.write);
      if (decision.append) this.appendEvent(txn, gardenId, month, FreezeRecord, decision.append);
      return { outcome: decision.outcome, frozenAt: decision.frozenAt };
    });
  }

  async grantException(gardenId: string, month: string, by: string, reason: string, at: string): Promise<void> {
    await this.db.runTransaction(async (txn) => {
      const ref = this.db.doc(paths.gardenMonth(gardenId, month));
      const decision = planExceptionGrant(await readDoc(ref, GardenMonthDoc, txn), { by, reason, at });
      if (decision.outcome === 'missing') throw new GardenMonthNotFoundError(gardenId, month);
      this.writeMonth(txn, ref, decision.write);
      if (decision.append) this.appendEvent(txn, gardenId, month, ExceptionRecord, decision.append);
    });
  }

  private writeMonth(txn: Transaction, ref: DocumentReference, doc: GardenMonthDoc | null): void {
    if (doc) txn.set(ref, encode(GardenMonthDoc, ref.path, doc));
  }

  private appendEvent(
    txn: Transaction,
    gardenId: string,
    month: string,
    schema: typeof FreezeRecord | typeof ExceptionRecord,
    record: FreezeRecord | ExceptionRecord,
  ): void {
    const doc = this.db.collection(paths.monthEvents(gardenId, month)).doc();
    txn.create(doc, encode(schema, doc.path, record));
  }
}

function toGardenMonth(doc: GardenMonthDoc): GardenMonth {
  const { lastLate: _lastLate, exception: _exception, ...snapshot } = doc;
  return snapshot;
}
