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
    // An emulator needs no credentials: a fixed universe domain keeps the auth library from looking for them
    // (it would probe the metadata server first) without setting METADATA_SERVER_DETECTION process-wide.
    ...(options.emulatorHost ? { host: options.emulatorHost, ssl: false, universeDomain: 'googleapis.com' } : {}),
  });
}
