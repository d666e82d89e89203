import { startFirestoreEmulator, type FirestoreEmulator } from '../../functions/src/local/firestore-emulator';

/** Shared with global-teardown, which runs in this same process. */
export const EMULATOR_KEY = '__bangfuFirestoreEmulator';

/**
 * Starts one Firestore emulator for the integration and e2e tests. Test workers inherit process.env, so they find
 * it through FIRESTORE_EMULATOR_HOST; each test file isolates itself with its own project id (see firestore.ts).
 */
export default async function globalSetup(): Promise<void> {
  const emulator = await startFirestoreEmulator({ env: process.env });
  Object.assign(process.env, emulator.clientEnv);
  (globalThis as Record<string, unknown>)[EMULATOR_KEY] = emulator;
}

export function runningEmulator(): FirestoreEmulator | undefined {
  return (globalThis as Record<string, unknown>)[EMULATOR_KEY] as FirestoreEmulator | undefined;
}
