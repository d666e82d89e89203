import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFirestoreStores } from '../../../functions/src/adapters/firestore';
import { startFirestoreEmulator } from '../../../functions/src/local/firestore-emulator';
import { EmulatorNotInstalledError } from '../../../functions/src/local/firestore-emulator-install';
import { clearEmulatorData } from '../../../functions/src/local/firestore-emulator-data';
import { emulatorHost, newTestProjectId } from '../../support/firestore';
import { candidate, planRow } from '../../fixtures/sync';

/** True when something accepts TCP connections on host:port. */
function listening(hostPort: string): Promise<boolean> {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = connect(Number(port), host);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Stores on another emulator than the shared one. The SDK lets FIRESTORE_EMULATOR_HOST (set for all workers by
 * the global setup) override the host setting, and reads it when the client is made: swap it just for that.
 */
function storesOn(hostPort: string, projectId: string) {
  const shared = process.env.FIRESTORE_EMULATOR_HOST;
  process.env.FIRESTORE_EMULATOR_HOST = hostPort;
  try {
    return createFirestoreStores({ projectId, emulatorHost: hostPort });
  } finally {
    process.env.FIRESTORE_EMULATOR_HOST = shared;
  }
}

describe('Firestore emulator lifecycle', () => {
  let dataDir: string;
  beforeAll(() => { dataDir = mkdtempSync(join(tmpdir(), 'bangfu-emulator-')); });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across a stop and a start through the data folder, and leaves nothing listening', async () => {
    const projectId = newTestProjectId();
    const first = await startFirestoreEmulator({ env: process.env, dataDir, projectId });
    expect(first.imported).toBe(false);
    const writer = storesOn(first.hostPort, projectId);
    await writer.gardenMonths.applySnapshot(candidate('2020-05-10T09:00:00+08:00', [planRow()]));
    await writer.close();
    await first.stop();
    expect(await listening(first.hostPort)).toBe(false);

    const second = await startFirestoreEmulator({ env: process.env, dataDir, projectId });
    try {
      expect(second.imported).toBe(true);
      const reader = storesOn(second.hostPort, projectId);
      expect(await reader.gardenMonths.get('新华幼儿园', '2020-05')).toMatchObject({ version: 1, rows: [planRow()] });
      await reader.close();
    } finally {
      await second.stop({ keepData: false });
    }
    expect(await listening(second.hostPort)).toBe(false);
  });

  it('clears one project without touching another on the shared emulator', async () => {
    const [a, b] = [newTestProjectId(), newTestProjectId()].map((projectId) => ({ projectId, stores: createFirestoreStores({ projectId }) }));
    try {
      for (const p of [a, b]) await p.stores.gardenMonths.applySnapshot(candidate('2020-05-10T09:00:00+08:00', [planRow()]));
      await clearEmulatorData(emulatorHost(), a.projectId);
      expect(await a.stores.gardenMonths.get('新华幼儿园', '2020-05')).toBeNull();
      expect(await b.stores.gardenMonths.get('新华幼儿园', '2020-05')).not.toBeNull();
    } finally {
      await Promise.all([a, b].map((p) => p.stores.close()));
    }
  });

  it('says how to install Java when it is missing', async () => {
    const attempt = startFirestoreEmulator({ env: { ...process.env, JAVA: '/nonexistent/java' } });
    await expect(attempt).rejects.toThrow(EmulatorNotInstalledError);
    await expect(attempt).rejects.toThrow(/Java.*openjdk/s);
  });
});
