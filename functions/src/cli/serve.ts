import path from 'node:path';
import { Instant } from '../../../schemas';
import { JOBS } from '../handlers/manifest';
import { demoMonths, ensureDemoCounty } from '../local/demo/generate';
import { ServeSetupError, startServe } from '../local/serve';
import { parseCommandLine } from './args';
import type { Command } from './commands';
import type { Io } from './io';

const USAGE = `用法：bangfu serve [--data 数据文件夹] [--now 2020-06-01T08:59:00+08:00] [--fire 任务,…|all]
  --data  结对名单 roster.xlsx 与各园计划表 gardens/ 所在文件夹；默认使用示例县（.local/demo，最近一个月）
  --now   本地时钟从该时刻起走（重放过去某月的定时任务）；使用示例县时默认为该月结束后的次日上午
  --fire  启动后立即触发这些定时任务（${JOBS.map((j) => j.name).join('、')}，或 all）`;

/**
 * `bangfu serve` (`npm run serve`): the local stack — both emulators, every function on localhost, push
 * subscriptions and the local scheduler — until Ctrl-C (SIGINT) or SIGTERM, which stop everything.
 */
export const serveCommand: Command = {
  summary: '本地运行全部云函数、Firestore 与 Pub/Sub 模拟器及定时任务（Ctrl-C 停止）',
  usage: USAGE,
  async run(args, env, io) {
    let values: { data?: string; now?: string; fire?: string };
    try {
      ({ values } = parseCommandLine({ args: [...args], options: { data: { type: 'string' }, now: { type: 'string' }, fire: { type: 'string' } }, strict: true }));
    } catch (error) {
      io.err(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    if (values.now && !Instant.safeParse(values.now).success) {
      io.err(`--now “${values.now}”不是带时区的时间（如 2020-06-01T08:59:00+08:00）`);
      return 2;
    }
    const fire = parseFire(values.fire);
    if (typeof fire === 'string') {
      io.err(`未知的定时任务：${fire}\n${USAGE}`);
      return 2;
    }
    const home = env.BANGFU_HOME || process.cwd();
    const { dataDir, now } = values.data ? { dataDir: path.resolve(home, values.data), now: values.now } : await demoData(home, values.now, io);

    let stack;
    try {
      stack = await startServe(env, { dataDir, now, say: (line) => io.out(line) });
    } catch (error) {
      io.err(error instanceof ServeSetupError ? error.message : `本地环境启动失败：${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    const stopped = waitForSignal();
    printReady(io, stack, dataDir, now);
    for (const job of fire) await stack.scheduler.fire(job).catch(() => undefined);
    const signal = await stopped;
    io.out(`收到 ${signal}，正在停止…`);
    await stack.stop();
    io.out('已停止。');
    return 0;
  },
};

function parseFire(text: string | undefined): string[] | string {
  if (!text) return [];
  if (text === 'all') return JOBS.map((j) => j.name);
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  return names.find((n) => !JOBS.some((j) => j.name === n)) ?? names;
}

/** The demo county's latest month folder (generated on first use), and a clock just after that month closed. */
async function demoData(home: string, now: string | undefined, io: Io): Promise<{ dataDir: string; now?: string }> {
  const root = path.join(home, '.local', 'demo');
  await ensureDemoCounty(root);
  const last = demoMonths(root).at(-1)!;
  io.out(`使用示例县数据：${path.relative(home, last.dir)}`);
  // The month's run fires at 09:00 on the 1st: start a minute before, so it fires on its own schedule.
  return { dataDir: last.dir, now: now ?? new Date(Date.parse(last.asOf) - 60_000).toISOString() };
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.removeListener('SIGINT', on);
      process.removeListener('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

function printReady(io: Io, stack: Awaited<ReturnType<typeof startServe>>, dataDir: string, now: string | undefined): void {
  io.out(`\nbangfu 本地环境已启动：${stack.county}，项目 ${stack.projectId}，数据 ${dataDir}`);
  io.out(now ? `本地时钟从 ${now} 起走` : '本地时钟：系统时间');
  io.out(`  FIRESTORE_EMULATOR_HOST=${stack.firestoreHost}`);
  io.out(`  PUBSUB_EMULATOR_HOST=${stack.pubsubHost}`);
  for (const [name, url] of Object.entries(stack.urls)) io.out(`  函数 ${name.padEnd(18)} ${url}`);
  for (const next of stack.scheduler.upcoming()) io.out(`  定时 ${next.job.padEnd(26)} 下次 ${next.at}`);
  io.out('按 Ctrl-C 停止。');
}
