/**
 * Firestore phase: garden-month snapshots of a county written through the store (one transaction per
 * garden-month: the snapshot document plus its version record), re-synced unchanged, then frozen — on the
 * official emulator. Writes are counted from the database itself (documents whose update time falls in the pass),
 * not inferred from the code.
 */
import type { Firestore } from '@google-cloud/firestore';
import { createFirestoreStores } from '../adapters/firestore';
import { readPlanTable } from '../core/intake';
import { gardenCandidates } from '../core/monthly-run';
import { startFirestoreEmulator } from '../local/firestore-emulator';
import type { SnapshotCandidate } from '../../../schemas';
import { syntheticPlan } from './synthetic/plan-grid';
import { BENCH_YEAR, syntheticRoster } from './synthetic/roster';

export interface PassResult {
  ms: number;
  operations: number;
  documentWrites: number;
  writesPerGardenMonth: number;
}

export interface FirestoreResult {
  gardens: number;
  gardenMonths: number;
  concurrency: number;
  firstSync: PassResult;
  unchangedResync: PassResult;
  freeze: PassResult;
}

const MONTHS = ['2020-03', '2020-04', '2020-05', '2020-06'];
const CONCURRENCY = 16;
const PROJECT = 'demo-bangfu-bench';

export async function runFirestore(size: number, env: NodeJS.ProcessEnv): Promise<FirestoreResult> {
  // The client must not probe for a metadata server (there is none; it would only warn): the emulator needs no credentials.
  process.env.METADATA_SERVER_DETECTION = 'none';
  const emulator = await startFirestoreEmulator({ env: { ...env, METADATA_SERVER_DETECTION: 'none' }, projectId: PROJECT });
  const stores = createFirestoreStores({ projectId: PROJECT, emulatorHost: emulator.hostPort });
  try {
    const roster = syntheticRoster(size);
    const candidates: SnapshotCandidate[] = [];
    for (const garden of roster.gardens) {
      const { grid } = syntheticPlan(garden, BENCH_YEAR, [3, 4, 5, 6]);
      const table = readPlanTable(grid, { year: BENCH_YEAR });
      candidates.push(...gardenCandidates({
        gardenId: garden.id, months: MONTHS, assessedMonth: '2020-06', rows: table.rows, issues: table.issues,
        skipped: table.skipped.length, source: { version: '7', modifiedAt: '2020-06-28T18:00:00+08:00' }, syncedAt: '2020-06-30T20:00:00+08:00',
      }).candidates);
    }
    const apply = (c: SnapshotCandidate) => stores.gardenMonths.applySnapshot(c, { cutoff: '2020-07-01T00:00:00+08:00' });
    const firstSync = await pass(stores.firestore, candidates.length, () => each(candidates, apply));
    const unchangedResync = await pass(stores.firestore, candidates.length, () => each(candidates, apply));
    const freeze = await pass(stores.firestore, roster.gardens.length, () =>
      each(roster.gardens, (g) => stores.gardenMonths.freeze(g.id, '2020-06', '2020-07-01T00:00:00+08:00', 'bench')));
    return { gardens: roster.gardens.length, gardenMonths: candidates.length, concurrency: CONCURRENCY, firstSync, unchangedResync, freeze };
  } finally {
    await stores.close();
    await emulator.stop({ keepData: false });
  }
}

async function pass(db: Firestore, gardenMonths: number, run: () => Promise<number>): Promise<PassResult> {
  const since = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 5)); // update times are server times: keep passes apart
  const t = performance.now();
  const operations = await run();
  const ms = performance.now() - t;
  const documentWrites = await writtenSince(db, since);
  return { ms, operations, documentWrites, writesPerGardenMonth: documentWrites / gardenMonths };
}

/** Documents (snapshots and their history records) created or updated after `since`. */
async function writtenSince(db: Firestore, since: number): Promise<number> {
  let n = 0;
  for (const group of ['months', 'versions', 'lateChanges', 'events']) {
    const snap = await db.collectionGroup(group).select().get();
    n += snap.docs.filter((d) => d.updateTime.toMillis() >= since).length;
  }
  return n;
}

async function each<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return items.length;
}
