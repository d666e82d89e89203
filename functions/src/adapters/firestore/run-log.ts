import type { Firestore } from '@google-cloud/firestore';
import { RunRecord, type RunSummary } from '../../../../schemas';
import { planClaim, planFinish } from '../../core/runs/plan-claim';
import { RunLeaseLostError, type ClaimResult, type RunLog } from '../../usecases/ports/run-log';
import { encode, readDoc } from './codec';
import { paths } from './paths';

/** The job log under runs/{businessKey}; claims and completions are transactions, so racing invocations agree. */
export class FirestoreRunLog implements RunLog {
  constructor(private readonly db: Firestore) {}

  async claim(businessKey: string, runId: string, now: string, leaseMs?: number): Promise<ClaimResult> {
    const ref = this.db.doc(paths.run(businessKey));
    return this.db.runTransaction(async (txn) => {
      const decision = planClaim(await readDoc(ref, RunRecord, txn), businessKey, runId, now, leaseMs);
      if (!decision.claimed) return { claimed: false, existing: decision.existing };
      txn.set(ref, encode(RunRecord, ref.path, decision.write));
      return { claimed: true, attempt: decision.write.attempts };
    });
  }

  complete(businessKey: string, runId: string, at: string, summary: RunSummary): Promise<void> {
    return this.finish(businessKey, runId, at, { status: 'completed', summary });
  }

  fail(businessKey: string, runId: string, at: string, error: string): Promise<void> {
    return this.finish(businessKey, runId, at, { status: 'failed', error });
  }

  async get(businessKey: string): Promise<RunRecord | null> {
    return readDoc(this.db.doc(paths.run(businessKey)), RunRecord);
  }

  private async finish(businessKey: string, runId: string, at: string, result: Parameters<typeof planFinish>[3]): Promise<void> {
    const ref = this.db.doc(paths.run(businessKey));
    await this.db.runTransaction(async (txn) => {
      const decision = planFinish(await readDoc(ref, RunRecord, txn), runId, at, result);
      if (!decision.ok) throw new RunLeaseLostError(businessKey, runId);
      txn.set(ref, encode(RunRecord, ref.path, decision.write));
    });
  }
}
