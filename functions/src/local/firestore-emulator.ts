import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { clearEmulatorData, exportEmulatorData, findExportMetadata } from './firestore-emulator-data';
import { ensureJava, locateFirestoreEmulator } from './firestore-emulator-install';
import { findFreePort } from './free-port';

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
    const proc = launch(bin, args, options.env);
    try {
      await waitUntilReady(`${host}:${port}`, proc, options.startTimeoutMs ?? 90_000);
      return handle(`${host}:${port}`, proc, options, importFile !== null);
    } catch (error) {
      await killGroup(proc.child);
      // Someone took the free port between our probe and the emulator's bind: try another one.
      if (options.port === undefined && attempt < 3 && /address already in use/i.test(proc.output())) continue;
      throw error;
    }
  }
}

interface Launched {
  child: ChildProcess;
  exited: () => boolean;
  output: () => string;
}

function launch(bin: string, args: string[], env: NodeJS.ProcessEnv): Launched {
  // detached: its own process group, so stopping reaches the java child the wrapper script starts.
  const child = spawn(bin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(chunk.toString());
    if (tail.length > 40) tail.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.once('exit', () => { exited = true; });
  child.once('error', (e) => { exited = true; tail.push(String(e)); });
  return { child, exited: () => exited, output: () => tail.join('') };
}

async function waitUntilReady(hostPort: string, proc: Launched, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exited()) throw new Error(`Firestore 模拟器启动失败：\n${proc.output()}`);
    try {
      const response = await fetch(`http://${hostPort}/`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`Firestore 模拟器在 ${timeoutMs / 1000} 秒内未就绪：\n${proc.output()}`);
}

function handle(hostPort: string, proc: Launched, options: FirestoreEmulatorOptions, imported: boolean): FirestoreEmulator {
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

/** Terminates the wrapper and its java child, escalating to SIGKILL, and waits until the whole group is gone. */
async function killGroup(child: ChildProcess): Promise<void> {
  for (const [signal, waitMs] of [['SIGTERM', 10_000], ['SIGKILL', 5_000]] as const) {
    if (!signalGroup(child, signal)) return;
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!signalGroup(child, 0)) return;
      await sleep(100);
    }
  }
}

/** Sends a signal to the child's process group; false when no process of the group is left. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}
