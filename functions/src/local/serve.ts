import path from 'node:path';
import type { Roster } from '../../../schemas';
import { createFirestoreStores, type FirestoreStores } from '../adapters/firestore';
import { readWorkbookGrid } from '../adapters/workbook';
import { readRoster } from '../core/roster';
import { jobClock } from '../handlers/job-env';
import { FUNCTIONS, JOBS, SCHEDULE_TIME_ZONE } from '../handlers/manifest';
import { startFirestoreEmulator, type FirestoreEmulator } from './firestore-emulator';
import { startFunctionServers, type FunctionServers } from './function-servers';
import { startPubsubEmulator, type PubsubEmulator } from './pubsub-emulator';
import { startLocalScheduler, type LocalScheduler } from './scheduler';

export interface ServeOptions {
  /** A data folder: roster.xlsx, gardens/*.xlsx, spot-checks.json. */
  dataDir: string;
  /** Start the local clock at this instant (replay a past month on its schedule); default the real clock. */
  now?: string;
  projectId?: string;
  host?: string;
  /** Progress and scheduler events, Chinese. */
  say: (line: string) => void;
}

export interface ServeStack {
  projectId: string;
  county: string;
  firestoreHost: string;
  pubsubHost: string;
  urls: Record<string, string>;
  scheduler: LocalScheduler;
  stores: FirestoreStores;
  /** Stops the scheduler, the function servers, then both emulators (their java children included). */
  stop(): Promise<void>;
}

/** Thrown for things the user must fix (exit 2); the message is Chinese. */
export class ServeSetupError extends Error {
  override readonly name = 'ServeSetupError';
}

/**
 * The whole product on localhost: Firestore and Pub/Sub emulators, every function on its own port, topics with
 * push subscriptions to the event functions (the production path: publish → push → CloudEvent), and a local
 * Cloud Scheduler publishing the deployed jobs' messages on their cron. Plan tables come from the .xlsx folder.
 * Whatever fails part-way, what was started is stopped again.
 */
export async function startServe(env: NodeJS.ProcessEnv, options: ServeOptions): Promise<ServeStack> {
  const projectId = options.projectId ?? 'demo-bangfu';
  const host = options.host ?? '127.0.0.1';
  const roster = await loadRoster(options.dataDir);
  // Local only: never probe for a GCE metadata server (no Google credentials are looked for).
  process.env.METADATA_SERVER_DETECTION = 'none';
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    stops.length = 0;
  };
  try {
    options.say('启动 Firestore 模拟器…');
    const firestore: FirestoreEmulator = await startFirestoreEmulator({ env: { ...env, METADATA_SERVER_DETECTION: 'none' }, host, projectId });
    stops.push(() => firestore.stop({ keepData: false }));
    options.say('启动 Pub/Sub 模拟器…');
    const pubsub: PubsubEmulator = await startPubsubEmulator({ env, projectId, host });
    stops.push(() => pubsub.stop());

    const stores = createFirestoreStores({ projectId, emulatorHost: firestore.hostPort });
    stops.push(() => stores.close());
    await stores.rosters.save(roster);

    // The functions read their configuration from process.env on their first request (as when deployed).
    Object.assign(process.env, functionEnv(env, { projectId, firestore: firestore.hostPort, pubsub: pubsub.hostPort, county: roster.county, dataDir: options.dataDir, now: options.now }));
    const servers: FunctionServers = await startFunctionServers(FUNCTIONS, host);
    stops.push(() => servers.stop());

    for (const spec of FUNCTIONS) {
      if (spec.trigger.kind !== 'topic') continue;
      const { topic } = spec.trigger;
      await pubsub.createTopic(topic);
      await pubsub.createPushSubscription(`${topic}-${spec.name}`, topic, `${servers.urls[spec.name]}projects/${projectId}/topics/${topic}`);
    }
    const scheduler = startLocalScheduler({
      jobs: JOBS, zone: SCHEDULE_TIME_ZONE, now: jobClock(options.now),
      publish: (job) => pubsub.publish(job.topic, job.message, { job: job.name }),
      onFire: (e) => options.say(e.error ? `定时任务 ${e.job} 发布失败：${String(e.error)}` : `定时任务 ${e.job} 已发布（消息 ${e.messageId}，本地时间 ${e.at}）`),
    });
    stops.push(async () => scheduler.stop());
    return {
      projectId, county: roster.county, firestoreHost: firestore.hostPort, pubsubHost: pubsub.hostPort, urls: servers.urls, scheduler, stores,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function loadRoster(dataDir: string): Promise<Roster> {
  const file = path.join(dataDir, 'roster.xlsx');
  let grid;
  try {
    grid = await readWorkbookGrid(file);
  } catch (error) {
    throw new ServeSetupError(`无法读取结对名单 ${file}：${error instanceof Error ? error.message : String(error)}`);
  }
  const { roster, issues } = readRoster(grid);
  if (!roster) throw new ServeSetupError([`结对名单“${file}”无法使用：`, ...issues.map((i) => `  ${i.message}`)].join('\n'));
  return roster;
}

/**
 * The functions' environment on localhost: the emulators, the .xlsx source, the local clock, and the
 * development identity issuer (local callers mint tokens with it; Google tokens are not accepted).
 */
export function functionEnv(
  env: NodeJS.ProcessEnv, o: { projectId: string; firestore: string; pubsub?: string; county: string; dataDir: string; now?: string },
): Record<string, string> {
  return {
    GOOGLE_CLOUD_PROJECT: o.projectId,
    FIRESTORE_EMULATOR_HOST: o.firestore,
    // The month-close planner and workers publish to the emulator (fan-out messages).
    ...(o.pubsub ? { PUBSUB_EMULATOR_HOST: o.pubsub } : {}),
    // Lets a small local county try the fan-out (e.g. BANGFU_FANOUT_ABOVE_READS=0).
    ...(env.BANGFU_FANOUT_ABOVE_READS ? { BANGFU_FANOUT_ABOVE_READS: env.BANGFU_FANOUT_ABOVE_READS } : {}),
    METADATA_SERVER_DETECTION: 'none',
    BANGFU_COUNTY: o.county,
    BANGFU_SHEET_SOURCE: 'xlsx',
    BANGFU_DATA_DIR: path.resolve(o.dataDir),
    BANGFU_OIDC_AUDIENCE: env.BANGFU_OIDC_AUDIENCE ?? 'bangfu-local',
    BANGFU_DEV_ISSUER: '1',
    BANGFU_BUREAU_EMAILS: env.BANGFU_BUREAU_EMAILS ?? 'jijiaogu@bangfu.local',
    ...(o.now ? { BANGFU_CLOCK_START: o.now } : {}),
  };
}
