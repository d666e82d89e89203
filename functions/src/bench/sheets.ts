/**
 * Sheets phase: a month-close's reads against the local fake of the Sheets/Drive APIs, with the real adapter
 * (GoogleSheetSource over the real @googleapis clients and HTTP), the server enforcing Google's documented quotas
 * (60 reads/min per user, 300 per project) and answering with simulated latency.
 *
 * Time is simulated: the fake server's quota windows, the adapter's shared budget and backoff sleeps, and the
 * latency of every exchange all run on ONE SimulatedClock. Latency and sleeps advance it instead of waiting, so
 * 5,000 reads at 60 a minute — 83 simulated minutes — take seconds of real time, and what is measured (requests,
 * their simulated times, 429s) is exactly what the server saw.
 */
import { OAuth2Client } from 'google-auth-library';
import { googleSheetsAdapters } from '../adapters/sheets';
import type { ListedSheet } from '../usecases/ports/sheet-source';
import { seededRandom } from '../local/demo/random';
import { FakeGoogleServer, SimulatedClock } from '../../../test/fakes/sheets-server';
import { syntheticPlan } from './synthetic/plan-grid';
import { BENCH_YEAR, syntheticRoster } from './synthetic/roster';
import { mergeA1 } from './synthetic/a1';

export interface SheetsResult {
  gardens: number;
  changedSheets: number;
  unchangedSheets: number;
  /** Sheets API requests the server received (reads, retries and 429s included). */
  sheetsRequests: number;
  driveRequests: number;
  rejected429: number;
  requestsPerChangedSheet: number;
  readsPerMinuteQuota: number;
  /** Mean accepted reads per complete simulated minute ÷ quota; null when the run is shorter than a minute. */
  quotaUtilization: number | null;
  simulatedMinutes: number;
  realSeconds: number;
  /** A second close right after: nothing changed since, so nothing is read. */
  secondCloseReads: number;
}

const QUOTA = 60;
const WORKERS = 4;
const UPLINK_MS = 20;
const START = '2020-06-30T16:00:00Z';

export async function runSheets(size: number): Promise<SheetsResult> {
  const clock = new SimulatedClock(START);
  const fake = await FakeGoogleServer.start(clock);
  fake.faults.quota = { perUser: QUOTA, perProject: 300 };
  try {
    const roster = syntheticRoster(size);
    const since = clock.now() - 86_400_000; // the previous sync, a day ago
    roster.gardens.forEach((garden, i) => {
      const { grid } = syntheticPlan(garden, BENCH_YEAR, [3, 4, 5, 6]);
      // One garden in ten has not touched its sheet since the last sync.
      const modifiedTime = i % 10 === 9 ? since - 3_600_000 : since + 60_000 + i;
      fake.addSpreadsheet({
        id: `sheet-${garden.id}`, title: garden.name, parents: ['gardens'], modifiedTime,
        sheets: [{ title: grid.sheetName ?? '帮扶计划', rows: grid.rows, merges: grid.merges.map(mergeA1) }],
      });
    });
    const latency = seededRandom('bench:latency');
    const tracked = clock.trackFetch();
    const fetchWithLatency: typeof fetch = async (input, init) => {
      await clock.sleep(UPLINK_MS);
      const res = await tracked(input, init);
      await clock.sleep(latency.int(150, 450)); // server work + the answer's way back
      return res;
    };
    const auth = new OAuth2Client();
    auth.setCredentials({ access_token: 'svc-bangfu-bench' });
    const jitter = seededRandom('bench:jitter');
    const { source } = googleSheetsAdapters(
      { auth, rootUrl: fake.rootUrl, fetchImplementation: fetchWithLatency, readsPerMinute: QUOTA, folderId: 'gardens' },
      { now: clock.now, sleep: clock.sleep, random: jitter.next },
    );
    const started = clock.now();
    const realStart = performance.now();
    const changed = await source.list(new Date(since).toISOString());
    await readAll(changed, (sheet) => source.read(sheet));
    const simulatedMs = clock.now() - started;
    const realSeconds = (performance.now() - realStart) / 1000;
    const log = fake.requests();
    const sheetsLog = log.filter((r) => r.path.startsWith('/v4/'));
    const before = sheetsLog.length;
    const again = await source.list(new Date(started + simulatedMs).toISOString());
    await readAll(again, (sheet) => source.read(sheet));
    return {
      gardens: roster.gardens.length,
      changedSheets: changed.length,
      unchangedSheets: roster.gardens.length - changed.length,
      sheetsRequests: before,
      driveRequests: log.filter((r) => r.path.startsWith('/drive/')).length,
      rejected429: sheetsLog.filter((r) => r.status === 429).length,
      requestsPerChangedSheet: before / changed.length,
      readsPerMinuteQuota: QUOTA,
      quotaUtilization: utilization(sheetsLog.filter((r) => r.status === 200).map((r) => r.time), QUOTA),
      simulatedMinutes: simulatedMs / 60_000,
      realSeconds,
      secondCloseReads: fake.requests().filter((r) => r.path.startsWith('/v4/')).length - before,
    };
  } finally {
    await fake.stop();
  }
}

async function readAll(sheets: readonly ListedSheet[], read: (sheet: ListedSheet) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < sheets.length) await read(sheets[next++]);
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
}

/**
 * Accepted reads per complete minute of the run (counted from the first read), averaged, ÷ quota. The last,
 * partial minute is left out: a run that keeps the quota busy scores 1.00 however its tail falls.
 */
export function utilization(times: readonly number[], quota: number): number | null {
  if (times.length === 0) return null;
  const t0 = Math.min(...times);
  const minutes = Math.floor((Math.max(...times) - t0) / 60_000);
  if (minutes < 1) return null;
  const full = times.filter((t) => t < t0 + minutes * 60_000).length;
  return full / minutes / quota;
}
