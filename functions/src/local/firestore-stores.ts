import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFirestoreStores, type FirestoreStores } from '../adapters/firestore';
import { chooseDatabase, LOCAL_PROJECT, type DatabaseRequest } from './database-choice';
import { startFirestoreEmulator } from './firestore-emulator';

export interface OpenedStores {
  stores: FirestoreStores;
  /** Where the data lives, for the user: `本地 Firestore 模拟器（…）`. */
  where: string;
  /** Closes the client and, when we started it, exports the emulator's data and stops it. */
  close(): Promise<void>;
}

/**
 * The Firestore the CLI talks to, as `chooseDatabase` decides: an emulator named by FIRESTORE_EMULATOR_HOST;
 * Google's Firestore only when asked for (`--database cloud` or BANGFU_FIRESTORE=cloud, never for the demo);
 * otherwise a local emulator started here, its data kept under `<home>/.local/firestore` (imported on start,
 * exported on stop).
 */
export async function openStores(
  env: NodeJS.ProcessEnv,
  home: string,
  request: Omit<DatabaseRequest, 'credentialsProject'> = {},
): Promise<OpenedStores> {
  const choice = chooseDatabase(env, { ...request, credentialsProject: projectOfCredentials(env.GOOGLE_APPLICATION_CREDENTIALS) });
  if (choice.kind === 'emulator') {
    const stores = createFirestoreStores({ projectId: choice.projectId, emulatorHost: choice.host });
    return { stores, where: `Firestore 模拟器 ${choice.host}`, close: () => stores.close() };
  }
  if (choice.kind === 'cloud') {
    const stores = createFirestoreStores({ projectId: choice.projectId });
    return { stores, where: `Google Cloud Firestore（项目 ${choice.projectId}）`, close: () => stores.close() };
  }
  const dataDir = path.join(home, '.local', 'firestore');
  // No credentials exist for the emulator child: keep its Google clients from probing a metadata server.
  const emulator = await startFirestoreEmulator({ env: { ...env, METADATA_SERVER_DETECTION: 'none' }, dataDir, projectId: LOCAL_PROJECT });
  const stores = createFirestoreStores({ projectId: LOCAL_PROJECT, emulatorHost: emulator.hostPort });
  return {
    stores,
    where: `本地 Firestore 模拟器（数据保存在 ${path.relative(home, dataDir) || dataDir}）`,
    async close() {
      try {
        await stores.close();
      } finally {
        await emulator.stop();
      }
    },
  };
}

function projectOfCredentials(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { project_id?: unknown };
    return typeof json.project_id === 'string' ? json.project_id : undefined;
  } catch {
    return undefined;
  }
}
