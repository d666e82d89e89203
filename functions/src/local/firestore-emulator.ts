import { clearEmulatorData, exportEmulatorData, findExportMetadata } from './firestore-emulator-data';
import { ensureJava, locateFirestoreEmulator } from './firestore-emulator-install';
import { findFreePort } from './free-port';
import { killGroup, signalGroup, spawnGroup, waitForHttp, type GroupChild } from './process-group';

export interface FirestoreEmulatorOptions {
  /** Environment for finding java and the emulator (JAVA, FIRESTORE_EMULATOR_BIN, PATH). */
  env: NodeJS.ProcessEnv;
  host?: string;
  /** A fixed port; a free one is picked when omitted. */
  port?: number;
  /** Folder that keeps data between runs: imported on start when it holds an export, exported on stop. */
  dataDir?: string;
  /** Project id used for export requests (the export holds every project). */
  projectId?: string;
  emulatorPath?: string;
  startTimeoutMs?: number;
}

export interface FirestoreEmulator {
  /** `host:port`, the value of FIRESTORE_EMULATOR_HOST. */
  hostPort: string;
  /** Environment a client process needs to talk to this emulator and never look for Google credentials. */
  clientEnv: { FIRESTORE_EMULATOR_HOST: string; METADATA_SERVER_DETECTION: 'none' };
  /** Whether data was imported from `dataDir` at start. */
  imported: boolean;
  exportData(dir: string): Promise<void>;
  clear(projectId: string): Promise<void>;
  /** Exports to `dataDir` (if set and `keepData` is not false), then stops the emulator and its java child. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

const DEFAULT_PROJECT = 'demo-bangfu';

/** Starts the official Firestore emulator (Java) and resolves once it answers HTTP. */
export async function startFirestoreEmulator(options: FirestoreEmulatorOptions): Promise<FirestoreEmulator> {
  const bin = locateFirestoreEmulator(options.env, options.emulatorPath);
  ensureJava(options.env);
  const host = options.host ?? '127.0.0.1';
  const importFile = options.dataDir ? findExportMetadata(options.dataDir) : null;
  if (importFile && /\s/.test(importFile)) {
    // The emulator's wrapper script passes its arguments unquoted.
    throw new Error(`Firestore 模拟器的数据目录路径不能包含空白字符：${importFile}`);
  }
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await findFreePort(host));
    const args = ['start', `--host=${host}`, `--port=${port}`, ...(importFile ? [`--import-data=${importFile}`] : [])];
    // Its own process group, so stopping reaches the java child the wrapper script starts.
    const proc = spawnGroup(bin, args, options.env);
    try {
      await waitForHttp(`http://${host}:${port}/`, proc, options.startTimeoutMs ?? 90_000, 'Firestore 模拟器');
      return handle(`${host}:${port}`, proc, options, importFile !== null);
    } catch (error) {
      await killGroup(proc.child);
      // Someone took the free port between our probe and the emulator's bind: try another one.
      if (options.port === undefined && attempt < 3 && /address already in use/i.test(proc.output())) continue;
      throw error;
    }
  }
}

function handle(hostPort: string, proc: GroupChild, options: FirestoreEmulatorOptions, imported: boolean): FirestoreEmulator {
  const projectId = options.projectId ?? DEFAULT_PROJECT;
  // Should the process die without stop(), do not leave a java process holding the port.
  const onExit = () => signalGroup(proc.child, 'SIGKILL');
  process.once('exit', onExit);
  let stopped = false;
  return {
    hostPort,
    clientEnv: { FIRESTORE_EMULATOR_HOST: hostPort, METADATA_SERVER_DETECTION: 'none' },
    imported,
    exportData: (dir) => exportEmulatorData(hostPort, projectId, dir),
    clear: (id) => clearEmulatorData(hostPort, id),
    async stop({ keepData = true } = {}) {
      if (stopped) return;
      stopped = true;
      try {
        if (options.dataDir && keepData && !proc.exited()) await exportEmulatorData(hostPort, projectId, options.dataDir);
      } finally {
        process.removeListener('exit', onExit);
        await killGroup(proc.child);
      }
    },
  };
}
