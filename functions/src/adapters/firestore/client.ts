import { Firestore } from '@google-cloud/firestore';

export interface FirestoreOptions {
  projectId: string;
  /** `host:port` of a Firestore emulator; omitted in production. (FIRESTORE_EMULATOR_HOST, if set, wins — SDK rule.) */
  emulatorHost?: string;
  /** A named database; `(default)` when omitted. */
  databaseId?: string;
}

/** A server-SDK client. `undefined` fields are dropped rather than thrown on: optional zod fields produce them. */
export function createFirestoreClient(options: FirestoreOptions): Firestore {
  return new Firestore({
    projectId: options.projectId,
    ignoreUndefinedProperties: true,
    ...(options.databaseId ? { databaseId: options.databaseId } : {}),
    ...(options.emulatorHost ? { host: options.emulatorHost, ssl: false } : {}),
  });
}
