import { existsSync } from 'node:fs';
import { findFreePort } from './free-port';
import { killGroup, signalGroup, spawnGroup, waitForHttp } from './process-group';

export interface PubsubEmulatorOptions {
  env: NodeJS.ProcessEnv;
  /** Project the topics live in (a `demo-…` id keeps real projects out of reach); default `demo-bangfu`. */
  projectId?: string;
  host?: string;
  port?: number;
  /** The gcloud executable; default `gcloud` on PATH (GCLOUD_BIN overrides). */
  gcloud?: string;
  startTimeoutMs?: number;
}

export interface PubsubEmulator {
  hostPort: string;
  projectId: string;
  /** What a Pub/Sub client needs to use this emulator. */
  clientEnv: { PUBSUB_EMULATOR_HOST: string; PUBSUB_PROJECT_ID: string };
  createTopic(topic: string): Promise<void>;
  /** A push subscription: the emulator POSTs each message to `endpoint` (retrying on non-2xx), like production. */
  createPushSubscription(name: string, topic: string, endpoint: string): Promise<void>;
  /** Publishes a JSON message; returns its message id. */
  publish(topic: string, message: unknown, attributes?: Record<string, string>): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The official Pub/Sub emulator (`gcloud beta emulators pubsub start`, a Python wrapper around java), driven
 * through its REST surface with fetch — no gRPC client needed for three calls. It runs in its own process
 * group so stop() (and process exit) reaches the java child.
 */
export async function startPubsubEmulator(options: PubsubEmulatorOptions): Promise<PubsubEmulator> {
  const host = options.host ?? '127.0.0.1';
  const projectId = options.projectId ?? 'demo-bangfu';
  const port = options.port ?? (await findFreePort(host));
  const gcloud = options.gcloud ?? options.env.GCLOUD_BIN ?? 'gcloud';
  if (gcloud.includes('/') && !existsSync(gcloud)) throw new Error(`找不到 gcloud：${gcloud}`);
  const proc = spawnGroup(gcloud, ['beta', 'emulators', 'pubsub', 'start', `--host-port=${host}:${port}`, `--project=${projectId}`, '--quiet'], options.env);
  const onExit = () => signalGroup(proc.child, 'SIGKILL');
  process.once('exit', onExit);
  try {
    await waitForHttp(`http://${host}:${port}/`, proc, options.startTimeoutMs ?? 60_000, 'Pub/Sub 模拟器');
  } catch (error) {
    process.removeListener('exit', onExit);
    await killGroup(proc.child);
    throw error;
  }
  const base = `http://${host}:${port}/v1/projects/${projectId}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok && res.status !== 409) throw new Error(`Pub/Sub emulator ${method} ${path}: ${res.status} ${text}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  let stopped = false;
  return {
    hostPort: `${host}:${port}`,
    projectId,
    clientEnv: { PUBSUB_EMULATOR_HOST: `${host}:${port}`, PUBSUB_PROJECT_ID: projectId },
    async createTopic(topic) {
      await call('PUT', `/topics/${topic}`);
    },
    async createPushSubscription(name, topic, endpoint) {
      await call('PUT', `/subscriptions/${name}`, {
        topic: `projects/${projectId}/topics/${topic}`, pushConfig: { pushEndpoint: endpoint }, ackDeadlineSeconds: 600,
      });
    },
    async publish(topic, message, attributes = {}) {
      const data = Buffer.from(JSON.stringify(message)).toString('base64');
      const out = await call('POST', `/topics/${topic}:publish`, { messages: [{ data, attributes }] });
      return String((out.messageIds as string[] | undefined)?.[0] ?? '');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      await killGroup(proc.child);
    },
  };
}
