import { randomBytes } from 'node:crypto';
import { createFirestoreStores, type FirestoreStores } from '../../functions/src/adapters/firestore';
import { clearEmulatorData } from '../../functions/src/local/firestore-emulator-data';

export interface TestFirestore {
  /** `demo-bangfu-…`, unique to this test file: parallel files share the emulator but not data. */
  projectId: string;
  emulatorHost: string;
  stores: FirestoreStores;
  /** Deletes every document of this file's project. */
  clear(): Promise<void>;
}

/** The emulator the integration global setup started; fails clearly when a test runs outside that jest project. */
export function emulatorHost(): string {
  const host = process.env.FIRESTORE_EMULATOR_HOST;
  if (!host) throw new Error('FIRESTORE_EMULATOR_HOST is not set: run this test in the jest "integration" project');
  return host;
}

export function newTestProjectId(): string {
  return `demo-bangfu-${randomBytes(4).toString('hex')}`;
}

/**
 * Stores on a project of their own, emptied before each test and closed after the file. Call at the top of a
 * describe block (it registers beforeEach/afterAll).
 */
export function useTestFirestore(): TestFirestore {
  const host = emulatorHost();
  const projectId = newTestProjectId();
  const stores = createFirestoreStores({ projectId, emulatorHost: host });
  const clear = () => clearEmulatorData(host, projectId);
  beforeEach(clear);
  afterAll(() => stores.close());
  return { projectId, emulatorHost: host, stores, clear };
}
