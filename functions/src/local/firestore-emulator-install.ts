import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The emulator or Java is not installed: the message says how to install it. */
export class EmulatorNotInstalledError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmulatorNotInstalledError';
  }
}

const EMULATOR_IN_SDK = join('platform', 'cloud-firestore-emulator', 'cloud_firestore_emulator');
const SDK_ROOTS = ['/usr/lib/google-cloud-sdk', '/usr/share/google-cloud-sdk', '/opt/google-cloud-sdk', '/snap/google-cloud-cli/current'];

const INSTALL_EMULATOR =
  '未找到 Firestore 模拟器。请安装：gcloud components install cloud-firestore-emulator\n' +
  '（Debian/Ubuntu 用 apt 安装的 gcloud：sudo apt-get install google-cloud-cli-firestore-emulator），\n' +
  '或用环境变量 FIRESTORE_EMULATOR_BIN 指向 cloud_firestore_emulator。';
const INSTALL_JAVA =
  '未找到 Java：Firestore 模拟器需要 Java 11 或更高版本。请安装（如 sudo apt-get install openjdk-17-jre-headless），\n' +
  '或用环境变量 JAVA 指向 java 可执行文件。';

/**
 * Finds the official emulator: an explicit path, FIRESTORE_EMULATOR_BIN, CLOUDSDK_ROOT_DIR, the usual SDK
 * folders, or next to the `gcloud` on PATH. Throws EmulatorNotInstalledError when none exists.
 */
export function locateFirestoreEmulator(env: NodeJS.ProcessEnv, explicit?: string): string {
  const fromGcloud = gcloudSdkRoot(env);
  const candidates = [
    explicit,
    env.FIRESTORE_EMULATOR_BIN,
    env.CLOUDSDK_ROOT_DIR && join(env.CLOUDSDK_ROOT_DIR, EMULATOR_IN_SDK),
    ...SDK_ROOTS.map((root) => join(root, EMULATOR_IN_SDK)),
    fromGcloud && join(fromGcloud, EMULATOR_IN_SDK),
    env.HOME && join(env.HOME, 'google-cloud-sdk', EMULATOR_IN_SDK),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new EmulatorNotInstalledError(`${INSTALL_EMULATOR}\n已查找：${candidates.join(', ')}`);
  return found;
}

/** Checks that the `java` the emulator's wrapper will run (`$JAVA` or `java`) exists. */
export function ensureJava(env: NodeJS.ProcessEnv): void {
  const java = env.JAVA || 'java';
  const result = spawnSync(java, ['-version'], { env, stdio: 'ignore', timeout: 30_000 });
  if (result.error || result.status !== 0) throw new EmulatorNotInstalledError(`${INSTALL_JAVA}\n（${java}：${result.error?.message ?? `退出码 ${result.status}`}）`);
}

function gcloudSdkRoot(env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(':').filter(Boolean)) {
    const gcloud = join(dir, 'gcloud');
    if (existsSync(gcloud)) return dirname(dirname(realpathSync(gcloud)));
  }
  return null;
}
