import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFirestoreStores, type FirestoreStores } from '../adapters/firestore';
import { startFirestoreEmulator } from './firestore-emulator';

export interface OpenedStores {
  stores: FirestoreStores;
  /** Where the data lives, for the user: `本地 Firestore 模拟器（…）`. */
  where: string;
  /** Closes the client and, when we started it, exports the emulator's data and stops it. */
  close(): Promise<void>;
}

const LOCAL_PROJECT = 'demo-bangfu';

/**
 * The Firestore the CLI talks to: an emulator named by FIRESTORE_EMULATOR_HOST; Google's Firestore when
 * cloud credentials are configured (GOOGLE_APPLICATION_CREDENTIALS / GOOGLE_CLOUD_PROJECT); otherwise a local
 * emulator started here, its data kept under `<home>/.local/firestore` (imported on start, exported on stop).
 */
export async function openStores(env: NodeJS.ProcessEnv, home: string): Promise<OpenedStores> {
  const projectId = env.GOOGLE_CLOUD_PROJECT || env.GCLOUD_PROJECT || projectOfCredentials(env.GOOGLE_APPLICATION_CREDENTIALS);
  if (env.FIRESTORE_EMULATOR_HOST) {
    const stores = createFirestoreStores({ projectId: projectId ?? LOCAL_PROJECT, emulatorHost: env.FIRESTORE_EMULATOR_HOST });
    return { stores, where: `Firestore 模拟器 ${env.FIRESTORE_EMULATOR_HOST}`, close: () => stores.close() };
  }
  if (env.GOOGLE_APPLICATION_CREDENTIALS || env.GOOGLE_CLOUD_PROJECT) {
    if (!projectId) throw new Error('已设置 GOOGLE_APPLICATION_CREDENTIALS，但无法确定项目：请设置 GOOGLE_CLOUD_PROJECT');
    const stores = createFirestoreStores({ projectId });
    return { stores, where: `Google Cloud Firestore（项目 ${projectId}）`, close: () => stores.close() };
  }
  // No credentials exist here: keep the Google clients from probing a metadata server they will not find.
  process.env.METADATA_SERVER_DETECTION ??= 'none';
  const dataDir = path.join(home, '.local', 'firestore');
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
