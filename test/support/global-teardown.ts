import { EMULATOR_KEY, runningEmulator } from './global-setup';

/** Stops the emulator started by global-setup, java child included, so nothing keeps the port. */
export default async function globalTeardown(): Promise<void> {
  await runningEmulator()?.stop({ keepData: false });
  delete (globalThis as Record<string, unknown>)[EMULATOR_KEY];
}
