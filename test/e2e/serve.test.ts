import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'esbuild';
import { createFirestoreStores, type FirestoreStores } from '../../functions/src/adapters/firestore';
import { writeSmallCounty } from '../fixtures/serve-county';

const ROOT = path.resolve(__dirname, '../..');
let tmp: string;
let cli: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'bangfu-serve-'));
  // The same bundle `npm run serve` runs (functions/scripts/build.mjs), built aside so the repo's dist is untouched.
  cli = path.join(tmp, 'cli.js');
  await build({ entryPoints: [path.join(ROOT, 'functions/src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node22', format: 'cjs', packages: 'external', logLevel: 'error', absWorkingDir: ROOT });
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Every process below `pid` (Linux /proc): the emulators' wrappers and their java children included. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => { out.push(c); walk(c); });
  walk(pid);
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs: number, context = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${context().slice(-4000)}`);
    await sleep(500);
  }
}

describe('npm run serve (bangfu serve)', () => {
  let child: ChildProcess | undefined;
  let stores: FirestoreStores | undefined;
  let started: number[] = [];
  const suiteEmulator = process.env.FIRESTORE_EMULATOR_HOST;
  afterEach(async () => {
    await stores?.close();
    process.env.FIRESTORE_EMULATOR_HOST = suiteEmulator;
    // On failure: stop serve the way a user would, so it stops its emulators; only then force what is left.
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await until('serve to stop', async () => child!.exitCode !== null || null, 30_000).catch(() => child!.kill('SIGKILL'));
    }
    for (const pid of started.filter(alive)) process.kill(pid, 'SIGKILL');
  });

  it('runs a scheduled monthly cycle through the Pub/Sub emulator and stops cleanly on SIGINT', async () => {
    const data = path.join(tmp, 'county');
    const { gardens } = await writeSmallCounty(data);
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules'), BANGFU_HOME: tmp };
    delete env.FIRESTORE_EMULATOR_HOST; // serve starts its own
    const launcher = `require(${JSON.stringify(cli)}).main(process.argv.slice(1), process.env).then((c) => { process.exitCode = c; })`;
    // The clock starts at the 1 June 09:00 firing; --fire publishes that job's message once, as the cron would.
    child = spawn(process.execPath, ['-e', launcher, 'serve', '--data', data, '--now', '2020-06-01T09:00:00+08:00', '--fire', 'bangfu-monthly-assessment'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));

    const host = await until('the stack to start', async () => /FIRESTORE_EMULATOR_HOST=(\S+)/.exec(stdout)?.[1] ?? (child!.exitCode !== null ? Promise.reject(new Error(stderr)) : null), 180_000);
    started = descendants(child.pid!); // both emulators and their java children, all started before the ready line
    // The SDK lets FIRESTORE_EMULATOR_HOST override `host`: point it at serve's emulator, not the suite's.
    process.env.FIRESTORE_EMULATOR_HOST = host;
    stores = createFirestoreStores({ projectId: 'demo-bangfu', emulatorHost: host });
    const run = await until('the monthly run to complete', async () => {
      const record = await stores!.runs.get('assessment:2020-05');
      return record?.status === 'completed' ? record : null;
    }, 120_000, () => stdout + stderr);
    expect(run.summary).toMatchObject({ month: '2020-05', pairs: 1, pairsPassed: 1 });
    const frozen = await Promise.all(gardens.map((g) => stores!.gardenMonths.get(g, '2020-05')));
    expect(frozen.map((m) => m?.frozenAt !== null && m !== null)).toEqual(gardens.map(() => true));
    // It arrived as a Pub/Sub push (a messagePublished CloudEvent), not a direct call.
    expect(stdout).toMatch(/"message":"event handled","function":"monthlyAssessment".*"messageId":"\d+"|"function":"monthlyAssessment".*"message":"event handled"/);

    const running = started;
    expect(running.length).toBeGreaterThanOrEqual(4); // two emulator wrappers and two java processes
    await stores.close();
    stores = undefined;
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('已停止。');
    await sleep(200);
    expect(running.filter(alive)).toEqual([]);
  }, 300_000);
});
