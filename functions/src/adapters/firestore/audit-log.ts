import type { Firestore } from '@google-cloud/firestore';
import { AuditEntry } from '../../../../schemas';
import type { AuditLog } from '../../usecases/ports/audit-log';
import { decode, encode } from './codec';
import { paths } from './paths';

/** Audit entries under auditLog/{auto}. `sortAt` (UTC) orders them: ISO strings with offsets do not sort as text. */
export class FirestoreAuditLog implements AuditLog {
  constructor(private readonly db: Firestore) {}

  async append(entry: AuditEntry): Promise<void> {
    const ref = this.db.collection(paths.auditLog()).doc();
    const valid = encode(AuditEntry, ref.path, entry);
    await ref.create({ ...valid, sortAt: new Date(valid.at).toISOString() });
  }

  async list(subject: string): Promise<AuditEntry[]> {
    // Needs the (subject, sortAt) composite index declared in functions/firestore.indexes.json.
    const snap = await this.db.collection(paths.auditLog()).where('subject', '==', subject).orderBy('sortAt').get();
    return snap.docs.map((d) => decode(AuditEntry, d.ref.path, d.data()));
  }
}
