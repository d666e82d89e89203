/** The real @googleapis clients over real HTTP to the local fake, all on one simulated clock. */
import { OAuth2Client } from 'google-auth-library';
import { googleSheetsAdapters, type GoogleSheetsOptions } from '../../../functions/src/adapters/sheets';
import { FakeGoogleServer, SimulatedClock } from '../../fakes/sheets-server';

/** A seeded PRNG (mulberry32) so jitter is random but every run is the same. */
export function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A service account's token: the fake counts per-user quota by bearer token. */
export function serviceAccount(token = 'svc-bangfu'): OAuth2Client {
  const client = new OAuth2Client();
  client.setCredentials({ access_token: token });
  return client;
}

export async function startFake(): Promise<FakeGoogleServer> {
  return FakeGoogleServer.start(new SimulatedClock('2020-05-20T02:00:00Z'));
}

export function adaptersFor(fake: FakeGoogleServer, opts: Partial<GoogleSheetsOptions> = {}, onRetry?: (e: { op: string; delayMs: number }) => void) {
  return googleSheetsAdapters(
    { auth: serviceAccount(), rootUrl: fake.rootUrl, timeoutMs: 2_000, fetchImplementation: fake.clock.trackFetch(), ...opts },
    { now: fake.clock.now, sleep: fake.clock.sleep, random: seededRandom(), onRetry },
  );
}

/** Most Sheets requests of one kind in any window [t, t + 60 s) of the log. */
export function busiestMinute(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j] < sorted[i] + 60_000) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

export const PLAN_HEADER = ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况'];
