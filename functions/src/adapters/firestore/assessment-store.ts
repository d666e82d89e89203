import type { Firestore } from '@google-cloud/firestore';
import { z } from 'zod';
import { Instant } from '../../../../schemas';
import type { AssessmentStore, StoredAssessment } from '../../usecases/ports/assessment-store';
import { encode, readDoc } from './codec';
import { paths } from './paths';

/** Assessment results under assessments/{key}, checked against the result schema both ways. */
export class FirestoreAssessmentStore<T> implements AssessmentStore<T> {
  private readonly doc;

  constructor(private readonly db: Firestore, resultSchema: z.ZodType<T>) {
    this.doc = z.object({ key: z.string().min(1), result: resultSchema, savedAt: Instant, runId: z.string().nullable() });
  }

  async save(key: string, result: T, meta: { savedAt: string; runId?: string }): Promise<void> {
    const path = paths.assessment(key);
    await this.db.doc(path).set(encode(this.doc, path, { key, result, savedAt: meta.savedAt, runId: meta.runId ?? null }));
  }

  async get(key: string): Promise<StoredAssessment<T> | null> {
    return (await readDoc(this.db.doc(paths.assessment(key)), this.doc)) as StoredAssessment<T> | null;
  }
}
