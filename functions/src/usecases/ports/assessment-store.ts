/** A stored assessment result with when and by which run it was produced. */
export interface StoredAssessment<T> {
  key: string;
  result: T;
  savedAt: string;
  runId: string | null;
}

/**
 * Assessment results by key (`month:2020-05`, `term:2020-spring`), validated with the schema the store was
 * made with on the way in and out. Saving a key again replaces its result.
 */
export interface AssessmentStore<T> {
  save(key: string, result: T, meta: { savedAt: string; runId?: string }): Promise<void>;
  get(key: string): Promise<StoredAssessment<T> | null>;
}
