import type { Firestore } from '@google-cloud/firestore';
import { FanoutGardenDoc, FanoutRunDoc } from '../../../../schemas/fanout';
import type { FanoutStore } from '../../usecases/ports/fanout';
import { decode, encode, readDoc } from './codec';
import { paths } from './paths';

/** Fan-out progress under fanouts/{runKey}: creates are create-if-absent, the finalize claim a transaction. */
export class FirestoreFanoutStore implements FanoutStore {
  constructor(private readonly db: Firestore) {}

  async open(run: FanoutRunDoc): Promise<FanoutRunDoc> {
    const ref = this.db.doc(paths.fanoutRun(run.runKey));
    return this.db.runTransaction(async (txn) => {
      const existing = await readDoc(ref, FanoutRunDoc, txn);
      if (existing) return existing;
      txn.create(ref, encode(FanoutRunDoc, ref.path, run));
      return run;
    });
  }

  get(runKey: string): Promise<FanoutRunDoc | null> {
    return readDoc(this.db.doc(paths.fanoutRun(runKey)), FanoutRunDoc);
  }

  async isDone(runKey: string, gardenId: string): Promise<boolean> {
    return (await this.db.doc(paths.fanoutGarden(runKey, gardenId)).get()).exists;
  }

  async markDone(runKey: string, done: FanoutGardenDoc): Promise<boolean> {
    const ref = this.db.doc(paths.fanoutGarden(runKey, done.gardenId));
    try {
      await ref.create(encode(FanoutGardenDoc, ref.path, done));
      return true;
    } catch (err) {
      if ((err as { code?: number }).code === 6) return false; // ALREADY_EXISTS: a redelivery
      throw err;
    }
  }

  async doneGardens(runKey: string): Promise<string[]> {
    const snap = await this.db.collection(paths.fanoutGardens(runKey)).get();
    return snap.docs.map((d) => decode(FanoutGardenDoc, d.ref.path, d.data()).gardenId).sort();
  }

  async unfinalized(): Promise<string[]> {
    const snap = await this.db.collection(paths.fanoutRuns()).where('finalizedAt', '==', null).get();
    return snap.docs.map((d) => decode(FanoutRunDoc, d.ref.path, d.data()).runKey).sort();
  }

  async claimFinalize(runKey: string, at: string, missing: readonly string[]): Promise<boolean> {
    const ref = this.db.doc(paths.fanoutRun(runKey));
    return this.db.runTransaction(async (txn) => {
      const run = await readDoc(ref, FanoutRunDoc, txn);
      if (!run || run.finalizedAt !== null) return false;
      txn.set(ref, encode(FanoutRunDoc, ref.path, { ...run, finalizedAt: at, missing: [...missing] }));
      return true;
    });
  }
}
