import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import type { FunctionSpec } from '../handlers/manifest';

export interface FunctionServers {
  /** Base URL of each function, e.g. `http://127.0.0.1:41234/`. */
  urls: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Every function on its own localhost port, in this process: the framework's own server (the same Express app,
 * body parsers and Pub/Sub push → CloudEvent conversion a deployed function runs), one per target as in
 * production. In-process rather than one `functions-framework` child per target: five fewer Node processes
 * on a small machine, and nothing to orphan. Registration happens by importing index.ts (no work at import);
 * the functions build their clients on the first request, from process.env as the caller set it.
 */
export async function startFunctionServers(specs: readonly FunctionSpec[], host = '127.0.0.1'): Promise<FunctionServers> {
  // Loaded here, not at the top: every other `bangfu` command would otherwise load the functions' SDKs too.
  // (A dynamic import() would need an explicit extension under node16 resolution, which jest cannot resolve.)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../index');
  const servers: Server[] = [];
  const urls: Record<string, string> = {};
  try {
    for (const spec of specs) {
      const server = getTestServer(spec.name);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, host, () => resolve());
      });
      servers.push(server);
      urls[spec.name] = `http://${host}:${(server.address() as AddressInfo).port}/`;
    }
  } catch (error) {
    await closeAll(servers);
    throw error;
  }
  return { urls, stop: () => closeAll(servers) };
}

async function closeAll(servers: readonly Server[]): Promise<void> {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => {
    s.closeAllConnections();
    s.close(() => resolve());
  })));
}
