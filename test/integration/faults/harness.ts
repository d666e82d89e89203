/** Shared wiring of the fault suite: the real adapters over the fakes, the monthly run, and state comparison. */
import type { Firestore } from '@google-cloud/firestore';
import { OAuth2Client } from 'google-auth-library';
import { MonthAssessment, TermAssessment } from '../../../schemas';
import type { FirestoreStores } from '../../../functions/src/adapters/firestore';
import { googleSheetsAdapters, type GoogleSheetsOptions } from '../../../functions/src/adapters/sheets';
import { canonicalJson } from '../../../functions/src/core/sync/canonical';
import { loadRuleSet } from '../../../functions/src/core/rules';
import { runMonthlyAssessment, type MonthlyRunDeps, type MonthlyRunResult } from '../../../functions/src/usecases/run-monthly-assessment';
import { syncGarden, type SyncGardenResult } from '../../../functions/src/usecases/sync-garden';
import type { IssueWriter, SheetSource } from '../../../functions/src/usecases/ports/sheet-source';
import type { FakeGoogleServer } from '../../fakes/sheets-server';
import { AS_OF, MONTH, roster, TYPED, TYPED_ROWS } from './county';

export const ruleSet = loadRuleSet('gaotai-2020');

/** Counts printed at the end of each fault file: CI output shows what was exercised. */
export const counts = { faults: 0, rowsChecked: 0, statesCompared: 0 };
export function printCounts(file: string): void {
  console.log(`faults (${file}): ${counts.faults} faults injected, ${counts.rowsChecked} rows checked, ${counts.statesCompared} states compared`);
}

/** A seeded PRNG (mulberry32): backoff jitter is random but every run is the same. */
function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The production Google adapters, pointed at a fake (or a proxy in front of it), on the fake's simulated clock. */
export function googleAdapters(google: FakeGoogleServer, opts: Partial<GoogleSheetsOptions> = {}, retries?: { n: number }) {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: 'svc-bangfu' });
  return googleSheetsAdapters(
    { auth, rootUrl: google.rootUrl, timeoutMs: 1_000, fetchImplementation: google.clock.trackFetch(), ...opts },
    { now: google.clock.now, sleep: google.clock.sleep, random: seededRandom(), onRetry: () => { if (retries) retries.n++; } },
  );
}

/** Unreadable-sheet policy of the deployed job: nothing here is one sheet's problem, so a failure fails the run. */
const outage = () => null;

let runIds = 0;
/** The monthly run with fixed "now": two runs over the same inputs write the same documents. */
export function runMonth(stores: FirestoreStores, source: SheetSource, overrides: Partial<MonthlyRunDeps> = {}): Promise<MonthlyRunResult> {
  return runMonthlyAssessment({
    source, describeUnreadable: outage, rosters: stores.rosters, gardenMonths: stores.gardenMonths, runs: stores.runs,
    monthResults: stores.assessments(MonthAssessment), termResults: stores.assessments(TermAssessment),
    ruleSet, now: () => AS_OF, newRunId: () => `run-${++runIds}`, log: { info: () => undefined, warn: () => undefined },
    ...overrides,
  }, { month: MONTH, asOf: AS_OF, roster });
}

/** One garden's own sync (the sheet's 提交本月 path) through the real Google adapters, at a fixed "now". */
export function syncOne(
  stores: FirestoreStores, google: { source: Pick<SheetSource, 'read'>; writer: IssueWriter }, gardenId: string, now = '2020-05-30T12:00:00+08:00',
): Promise<SyncGardenResult> {
  return syncGarden({
    rosters: stores.rosters, sheets: google.source, issueWriter: google.writer, gardenMonths: stores.gardenMonths, ruleSet, now: () => now,
  }, { gardenId, by: 'editor@example.cn' });
}

/** Collections whose documents get generated ids: compared by content, not by id. */
const AUTO_ID = /\/(lateChanges|events|auditLog)\/[^/]+$/;
/** Fields that legitimately differ between runs: who ran (run ids) and when a result was saved. */
const VOLATILE = new Set(['runId', 'savedAt', 'recordedAt']);

/**
 * A garden-month document's `source` is the sheet version last seen with this content. Our own issue write-back
 * makes a new sheet version, so after a crash and a re-run the same content was last seen at a later version;
 * what was read (the version records, with their sources) must still be equal.
 */
const GARDEN_MONTH = /^gardens\/[^/]+\/months\/[^/]+$/;

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !VOLATILE.has(k)).map(([k, v]) => [k, strip(v)]));
  }
  return value;
}

/**
 * Every document of the project, normalised: the run log left out (attempts and run ids differ by design),
 * volatile fields dropped, generated ids replaced by content order. Equal states give equal JSON.
 */
export async function captureState(db: Firestore): Promise<Record<string, unknown>> {
  const docs: [string, unknown][] = [];
  const walk = async (collections: Awaited<ReturnType<Firestore['listCollections']>>): Promise<void> => {
    for (const col of collections) {
      if (col.path === 'runs') continue;
      for (const ref of await col.listDocuments()) {
        const snap = await ref.get();
        if (snap.exists) {
          const data = strip(snap.data()) as Record<string, unknown>;
          if (GARDEN_MONTH.test(ref.path)) delete data.source;
          docs.push([ref.path, data]);
        }
        await walk(await ref.listCollections());
      }
    }
  };
  await walk(await db.listCollections());
  const byContent = docs.map(([path, data]) => [AUTO_ID.test(path) ? path.replace(AUTO_ID, '/$1/*') : path, canonicalJson(data)] as const);
  byContent.sort(([pa, da], [pb, db2]) => (pa < pb ? -1 : pa > pb ? 1 : da < db2 ? -1 : da > db2 ? 1 : 0));
  return Object.fromEntries(byContent.map(([path, json], i) => [path.endsWith('/*') ? `${path}${i}` : path, JSON.parse(json)]));
}

/** Asserts two states are equal, and counts the comparison. */
export function expectSameState(actual: Record<string, unknown>, clean: Record<string, unknown>): void {
  counts.statesCompared++;
  expect(Object.keys(actual)).toEqual(Object.keys(clean));
  expect(actual).toEqual(clean);
}

interface StoredMonth { gardenId: string; rows: { row: number }[]; issues: { row: number; severity: string }[]; version: number }

/**
 * Every typed row accounted for exactly once: the garden-month docs hold each accepted row once and report each
 * bad row with an error, and no row is stored twice (no total counted twice).
 */
export function expectRowsAccounted(state: Record<string, unknown>): void {
  const months = Object.entries(state).filter(([p]) => /^gardens\/[^/]+\/months\/[^/]+$/.test(p)).map(([, d]) => d as StoredMonth);
  let seen = 0;
  for (const [gardenId, typed] of Object.entries(TYPED)) {
    const mine = months.filter((m) => m.gardenId === gardenId);
    const rows = mine.flatMap((m) => m.rows.map((r) => r.row));
    const errorRows = new Set(mine.flatMap((m) => m.issues.filter((i) => i.severity === 'error').map((i) => i.row)));
    expect({ gardenId, rows: rows.length, distinct: new Set(rows).size, errors: errorRows.size })
      .toEqual({ gardenId, rows: typed.good, distinct: typed.good, errors: typed.bad });
    seen += rows.length + errorRows.size;
  }
  expect(seen).toBe(TYPED_ROWS);
  counts.rowsChecked += seen;
}
