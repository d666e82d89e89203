import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** A child started in its own process group (emulator wrappers start java children: the group holds them all). */
export interface GroupChild {
  child: ChildProcess;
  exited: () => boolean;
  /** The last lines it printed, for error messages. */
  output: () => string;
}

export function spawnGroup(bin: string, args: readonly string[], env: NodeJS.ProcessEnv): GroupChild {
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

/** Sends a signal to the child's whole group; false when no process of the group is left. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL, and waits until no process of the group is left (no orphan java holding a port). */
export async function killGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  for (const [signal, waitMs] of [['SIGTERM', graceMs], ['SIGKILL', 5_000]] as const) {
    if (!signalGroup(child, signal)) return;
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!signalGroup(child, 0)) return;
      await sleep(100);
    }
  }
}

/** Polls `url` until it answers 2xx; fails early when the process exits. */
export async function waitForHttp(url: string, proc: GroupChild, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exited()) throw new Error(`${what}启动失败：\n${proc.output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${what}在 ${timeoutMs / 1000} 秒内未就绪：\n${proc.output()}`);
}
