import { createHash } from 'node:crypto';
import type { Firestore } from '@google-cloud/firestore';
import { Instant, SpotCheck } from '../../../../schemas';
import { canonicalJson } from '../../core/sync/canonical';
import type { RecordedSpotCheck, SpotCheckLog } from '../../usecases/ports/spot-check-log';
import { decode, encode } from './codec';
import { paths } from './paths';

const RecordedDoc = SpotCheck.extend({ recordedAt: Instant });
/** gRPC ALREADY_EXISTS: the same verdict was recorded before (by this run or a racing one). */
const ALREADY_EXISTS = 6;

/**
 * Verdicts under spotChecks/{content hash}: the id is derived from the verdict itself, and written with create(),
 * so a verdict is stored once however often (or however concurrently) it is read, and never overwritten.
 */
export class FirestoreSpotCheckLog implements SpotCheckLog {
  constructor(private readonly db: Firestore) {}

  async record(checks: readonly SpotCheck[], at: string): Promise<number> {
    let added = 0;
    for (const check of checks) {
      const id = createHash('sha256').update(canonicalJson(SpotCheck.parse(check))).digest('hex').slice(0, 32);
      const path = paths.spotCheck(id);
      try {
        await this.db.doc(path).create(encode(RecordedDoc, path, { ...check, recordedAt: at }));
        added++;
      } catch (error) {
        if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
      }
    }
    return added;
  }

  async listFor(gardenId: string, month: string): Promise<RecordedSpotCheck[]> {
    const snap = await this.db.collection(paths.spotChecks()).where('gardenId', '==', gardenId).where('month', '==', month).get();
    return snap.docs
      .map((d) => decode(RecordedDoc, d.ref.path, d.data()))
      .sort((a, b) => Date.parse(a.checkedAt) - Date.parse(b.checkedAt) || Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  }
}
