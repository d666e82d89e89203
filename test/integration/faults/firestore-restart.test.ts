/**
 * Firestore unavailable in the middle of a monthly run: a dedicated emulator (not the suite's shared one) is
 * stopped right before the k-th garden-month write, and restarted on the same port with the same data. Whether
 * the run rides it out (the client retries) or fails, a re-run ends in the clean run's state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFirestoreStores, type FirestoreStores } from '../../../functions/src/adapters/firestore';
import { clearEmulatorData } from '../../../functions/src/local/firestore-emulator-data';
import { startFirestoreEmulator, type FirestoreEmulator } from '../../../functions/src/local/firestore-emulator';
import type { GardenMonthStore } from '../../../functions/src/usecases/ports/garden-month-store';
import { FakeGoogleServer, SimulatedClock } from '../../fakes/sheets-server';
import { roster, seedSheets } from './county';
import { captureState, counts, expectRowsAccounted, expectSameState, googleAdapters, printCounts, runMonth } from './harness';

const PROJECT = 'demo-bangfu-faults';
let emulator: FirestoreEmulator;
let port: number;
let dataDir: string;
let stores: FirestoreStores;
let google: FakeGoogleServer;

beforeAll(async () => {
  // This file talks to its own emulator: the SDK would let the shared one's FIRESTORE_EMULATOR_HOST win.
  delete process.env.FIRESTORE_EMULATOR_HOST;
  dataDir = mkdtempSync(path.join(tmpdir(), 'bangfu-faults-'));
  emulator = await startFirestoreEmulator({ env: process.env, dataDir, projectId: PROJECT });
  port = Number(emulator.hostPort.split(':')[1]);
  stores = createFirestoreStores({ projectId: PROJECT, emulatorHost: emulator.hostPort });
  google = await FakeGoogleServer.start(new SimulatedClock('2020-06-01T01:00:00Z'));
  seedSheets(google);
}, 180_000);
afterAll(async () => {
  await stores?.close();
  await emulator?.stop({ keepData: false });
  await google?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  printCounts('firestore-restart');
}, 60_000);

/** The real store, with an outage injected right before its k-th snapshot write: export, stop, restart later. */
function storeWithOutage(k: number, outages: { stoppedAt?: number; restarted?: Promise<void> }): GardenMonthStore {
  const real = stores.gardenMonths;
  let writes = 0;
  return {
    get: (...a) => real.get(...a),
    listMonth: (...a) => real.listMonth(...a),
    history: (...a) => real.history(...a),
    freeze: (...a) => real.freeze(...a),
    grantException: (...a) => real.grantException(...a),
    async applySnapshot(...a) {
      if (++writes === k) {
        await emulator.stop({ keepData: true }); // exports to dataDir, then kills the wrapper and its java child
        outages.stoppedAt = Date.now();
        outages.restarted = (async () => {
          await new Promise((r) => setTimeout(r, 1_500));
          emulator = await startFirestoreEmulator({ env: process.env, dataDir, projectId: PROJECT, port });
        })();
      }
      return real.applySnapshot(...a);
    },
  };
}

describe('fault suite: Firestore unavailable mid-run', () => {
  it.each([2, 5])('the emulator stops before garden-month write %i and comes back with its data', async (k) => {
    await clearEmulatorData(emulator.hostPort, PROJECT);
    await stores.rosters.save(roster);
    await runMonth(stores, googleAdapters(google).source);
    const clean = await captureState(stores.firestore);
    expectRowsAccounted(clean);
    await clearEmulatorData(emulator.hostPort, PROJECT);
    await stores.rosters.save(roster);

    const outages: { stoppedAt?: number; restarted?: Promise<void> } = {};
    const first = await runMonth(stores, googleAdapters(google).source, { gardenMonths: storeWithOutage(k, outages) })
      .then(() => 'completed', (error: Error) => `failed: ${error.message.slice(0, 80)}`);
    expect(outages.stoppedAt).toBeDefined();
    counts.faults++;
    await outages.restarted;
    expect(emulator.imported).toBe(true);
    console.log(`faults: run with Firestore stopped before write ${k}: ${first}`);
    // A run that rode the outage out must already be the clean state; the re-run must not change it either way.
    if (first === 'completed') expectSameState(await captureState(stores.firestore), clean);

    await runMonth(stores, googleAdapters(google).source);
    const state = await captureState(stores.firestore);
    expectRowsAccounted(state);
    expectSameState(state, clean);
  }, 240_000);
});
