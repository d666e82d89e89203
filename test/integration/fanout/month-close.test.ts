/**
 * A fanned-out month-close on the Pub/Sub emulator: the planner publishes one message per changed garden,
 * workers (the real CloudEvent wrapper) sync each against the local Sheets fake and the Firestore emulator, and
 * the finalizer assesses exactly once — also when the emulator redelivers a message we nacked.
 */
import { PubSub, type Message, type Subscription } from '@google-cloud/pubsub';
import type { CloudEvent } from '@google-cloud/functions-framework';
import { MonthAssessment, TermAssessment, type Roster } from '../../../schemas';
import { syntheticPlan } from '../../../functions/src/bench/synthetic/plan-grid';
import { mergeA1 } from '../../../functions/src/bench/synthetic/a1';
import { syntheticRoster } from '../../../functions/src/bench/synthetic/roster';
import { FirestoreFanoutStore } from '../../../functions/src/adapters/firestore/fanout-store';
import { memoryLogger } from '../../../functions/src/adapters/log/structured-logger';
import { PubsubPublisher, createPubsubClient } from '../../../functions/src/adapters/pubsub/publisher';
import { googleSheetsAdapters } from '../../../functions/src/adapters/sheets';
import { perInstanceReadQuota } from '../../../functions/src/core/fanout';
import { loadRuleSet } from '../../../functions/src/core/rules';
import { fanoutFinalizerEndpoint, fanoutWorkerEndpoint } from '../../../functions/src/handlers/fanout';
import { pubsubFunction, type PubsubMessageData } from '../../../functions/src/handlers/pubsub-function';
import { startPubsubEmulator, type PubsubEmulator } from '../../../functions/src/local/pubsub-emulator';
import { finalizeClose, sweepCloses, type FinalizeOutcome } from '../../../functions/src/usecases/fanout/finalize-close';
import { planClose } from '../../../functions/src/usecases/fanout/plan-close';
import { syncOne } from '../../../functions/src/usecases/fanout/sync-one';
import { runMonthlyAssessment, type MonthlyRunDeps, type MonthlyRunInput } from '../../../functions/src/usecases/run-monthly-assessment';
import { FANOUT_TOPICS } from '../../../functions/src/usecases/ports/fanout';
import { FakeGoogleServer, SimulatedClock } from '../../fakes/sheets-server';
import { useTestFirestore } from '../../support/firestore';

const db = useTestFirestore();
const ruleSet = loadRuleSet('gaotai-2020');
const MONTH = '2020-06';
const AS_OF = '2020-07-01T09:00:00+08:00';
let emulator: PubsubEmulator;
let pubsub: PubSub;
let fake: FakeGoogleServer;

beforeAll(async () => {
  emulator = await startPubsubEmulator({ env: process.env, projectId: db.projectId });
  pubsub = createPubsubClient({ projectId: db.projectId, emulatorHost: emulator.hostPort });
});
afterAll(async () => {
  await pubsub?.close();
  await emulator?.stop();
});
beforeEach(async () => { fake = await FakeGoogleServer.start(new SimulatedClock('2020-06-30T16:00:00Z')); });
afterEach(() => fake.stop());

/** A small county whose gardens registered sheets; all but the last changed since `since`. */
function seedCounty(since: number): Roster {
  const base = syntheticRoster(8);
  const roster = { ...base, gardens: base.gardens.map((g) => ({ ...g, spreadsheetId: `sheet-${g.id}` })) };
  roster.gardens.forEach((garden, i) => {
    const { grid } = syntheticPlan(garden, 2020, [3, 4, 5, 6]);
    fake.addSpreadsheet({
      id: garden.spreadsheetId, title: garden.name, parents: ['gardens'], modifiedTime: i === roster.gardens.length - 1 ? since - 60_000 : since + 60_000,
      sheets: [{ title: '帮扶计划', rows: grid.rows, merges: grid.merges.map(mergeA1) }],
    });
  });
  return roster;
}

function wiring(roster: Roster, now: () => string) {
  const fanouts = new FirestoreFanoutStore(db.stores.firestore);
  const publisher = new PubsubPublisher(pubsub);
  const { source } = googleSheetsAdapters(
    { auth: 'bangfu-local', rootUrl: fake.rootUrl, fetchImplementation: fake.clock.trackFetch(), readsPerMinute: perInstanceReadQuota(60, 2), folderId: 'gardens' },
    { now: fake.clock.now, sleep: fake.clock.sleep, random: () => 0.5 },
  );
  const monthResults = db.stores.assessments(MonthAssessment);
  const sheetSyncs = db.stores.sheetSyncs;
  const run: MonthlyRunDeps = {
    source, describeUnreadable: () => null, sheetSyncs, syncMarginMinutes: 0, rosters: db.stores.rosters, gardenMonths: db.stores.gardenMonths,
    runs: db.stores.runs, monthResults, termResults: db.stores.assessments(TermAssessment), ruleSet, now, newRunId: () => `run-${Math.random()}`,
    log: memoryLogger(),
  };
  const deps = {
    plan: { source, sheetSyncs, syncMarginMinutes: 0, ruleSet, fanouts, publisher, now },
    worker: { sheets: source, gardenMonths: db.stores.gardenMonths, sheetSyncs, fanouts, publisher, ruleSet, year: roster.year, now },
    finalizer: { fanouts, roster: async () => roster, assess: (input: MonthlyRunInput) => runMonthlyAssessment(run, input), now },
  };
  return { deps, fanouts, monthResults };
}

/** The last complete sync got to `since`: sheets modified before it are not listed. */
const syncedUpTo = (roster: Roster, since: number) =>
  db.stores.sheetSyncs.saveCursor({ county: roster.county, highWater: new Date(since).toISOString(), updatedAt: new Date(since).toISOString(), pending: [] });

function cloudEvent(message: Message): CloudEvent<PubsubMessageData> {
  return {
    specversion: '1.0', id: message.id, source: '//pubsub.googleapis.com/test', type: 'google.cloud.pubsub.topic.v1.messagePublished',
    data: { message: { data: message.data.toString('base64'), messageId: message.id } },
  };
}

async function subscribe(topic: string): Promise<Subscription> {
  const [t] = await pubsub.createTopic(topic).catch(async () => pubsub.topic(topic).get());
  const [sub] = await t.createSubscription(`${topic}-test`, { ackDeadlineSeconds: 10 });
  return sub;
}

it('publishes one message per changed garden; workers read each sheet once; the finalizer assesses once despite a redelivery', async () => {
  const since = fake.clock.now() - 86_400_000;
  const roster = seedCounty(since);
  const now = () => '2020-07-01T09:05:00+08:00';
  const { deps, fanouts, monthResults } = wiring(roster, now);
  const workSub = await subscribe(FANOUT_TOPICS.work);
  const checkSub = await subscribe(FANOUT_TOPICS.check);
  const log = memoryLogger();
  const worker = pubsubFunction(fanoutWorkerEndpoint((d: typeof deps.worker) => d), async () => ({ log, deps: deps.worker }));
  const finalizer = pubsubFunction(fanoutFinalizerEndpoint((d: typeof deps.finalizer) => d), async () => ({ log, deps: deps.finalizer }));

  await syncedUpTo(roster, since);
  const planned = await planClose(deps.plan, { roster, month: MONTH, asOf: AS_OF, cutoffAt: '2020-07-01T12:00:00+08:00' });
  expect(planned.published).toBe(roster.gardens.length - 1);

  const deliveries = new Map<string, number>();
  let nacked = false;
  const workDone = new Promise<void>((resolve, reject) => {
    workSub.on('message', (m: Message) => {
      worker(cloudEvent(m)).then(() => {
        const gardenId = (JSON.parse(m.data.toString()) as { gardenId: string }).gardenId;
        deliveries.set(gardenId, (deliveries.get(gardenId) ?? 0) + 1);
        // The first message is nacked after it was handled: the emulator delivers it again.
        if (!nacked) { nacked = true; m.nack(); } else m.ack();
        if (deliveries.size === planned.published && [...deliveries.values()].some((n) => n > 1)) resolve();
      }, reject);
    });
  });
  const outcomes: FinalizeOutcome[] = [];
  checkSub.on('message', (m: Message) => {
    void finalizer(cloudEvent(m)).then(() => m.ack());
  });
  await workDone;
  // Every worker run sent a check (the redelivered one too): wait until the finalizer has handled them all.
  const handled = () => log.entries.filter((e) => e.function === 'closeFinalizer' && e.message === 'event handled');
  await waitFor(async () => handled().length >= planned.published + 1);
  await workSub.close();
  await checkSub.close();
  outcomes.push(...handled().map((e) => e.result as FinalizeOutcome));

  expect(fake.requests().filter((r) => r.path.startsWith('/v4/'))).toHaveLength(planned.published);
  expect(await fanouts.doneGardens(planned.runKey)).toEqual(roster.gardens.slice(0, -1).map((g) => g.id).sort());
  expect(outcomes.filter((o) => o.kind === 'assessed')).toEqual([{ kind: 'assessed', complete: true, missing: [], pairsPassed: expect.any(Number), businessKey: expect.any(String) }]);
  const stored = await monthResults.get(`month:${MONTH}`);
  expect(stored?.result.gardens).toHaveLength(roster.gardens.length);
});

it('at the cutoff the finalizer assesses with whoever is in and names the missing gardens, once', async () => {
  const since = fake.clock.now() - 86_400_000;
  const roster = seedCounty(since);
  const { deps, monthResults } = wiring(roster, () => '2020-07-01T12:30:00+08:00');
  await syncedUpTo(roster, since);
  const planned = await planClose(deps.plan, { roster, month: MONTH, asOf: AS_OF, cutoffAt: '2020-07-01T12:00:00+08:00' });
  const first = await finalizeClose(deps.finalizer, { runKey: planned.runKey });
  const again = await finalizeClose(deps.finalizer, { runKey: planned.runKey });
  expect(first).toEqual({ kind: 'assessed', complete: false, missing: roster.gardens.slice(0, -1).map((g) => g.id), pairsPassed: expect.any(Number), businessKey: expect.any(String) });
  expect(fake.requests('spreadsheets.get')).toHaveLength(0); // the finalizer reads nothing: workers do
  expect(again).toEqual({ kind: 'already_finalized' });
  const notes = (await monthResults.get(`month:${MONTH}`))?.result.notes ?? [];
  expect(notes.some((n) => n.includes(roster.gardens[0].name))).toBe(true);
});

it('the scheduler\'s sweep assesses a run whose last worker keeps failing at its cutoff, naming that garden', async () => {
  const since = fake.clock.now() - 86_400_000;
  const roster = seedCounty(since);
  let now = '2020-07-01T09:05:00+08:00';
  const { deps, fanouts, monthResults } = wiring(roster, () => now);
  await syncedUpTo(roster, since);
  const planned = await planClose(deps.plan, { roster, month: MONTH, asOf: AS_OF, cutoffAt: '2020-07-01T12:00:00+08:00' });
  const run = await fanouts.get(planned.runKey);
  const [failing, ...working] = run!.expected;
  // Every worker but one finishes; that one's sheet never reads, so no worker sends another check.
  for (const gardenId of working) {
    const garden = roster.gardens.find((g) => g.id === gardenId)!;
    await syncOne(deps.worker, { runKey: planned.runKey, month: MONTH, asOf: AS_OF, gardenId, spreadsheetId: garden.spreadsheetId!, title: garden.name });
  }
  const log = memoryLogger();
  const finalizer = pubsubFunction(fanoutFinalizerEndpoint((d: typeof deps.finalizer) => d), async () => ({ log, deps: deps.finalizer }));
  const sweep = async () => {
    const message = { id: `sweep-${now}`, data: Buffer.from('{}') } as Message; // the scheduler's job message
    await finalizer(cloudEvent(message));
    return log.entries.filter((e) => e.message === 'event handled').pop()?.result;
  };

  expect(await sweep()).toEqual([{ runKey: planned.runKey, outcome: { kind: 'waiting', done: working.length, expected: working.length + 1 } }]);
  expect(await monthResults.get(`month:${MONTH}`)).toBeNull();

  now = '2020-07-01T12:15:00+08:00';
  expect(await sweep()).toEqual([{
    runKey: planned.runKey,
    outcome: { kind: 'assessed', complete: false, missing: [failing], pairsPassed: expect.any(Number), businessKey: expect.any(String) },
  }]);
  const stored = await monthResults.get(`month:${MONTH}`);
  const failingName = roster.gardens.find((g) => g.id === failing)!.name;
  expect(stored?.result.notes.some((n) => n.includes(failingName))).toBe(true);
  expect((await fanouts.get(planned.runKey))?.missing).toEqual([failing]);

  // Finalized runs are not swept again.
  expect(await sweepCloses(deps.finalizer)).toEqual([]);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}
