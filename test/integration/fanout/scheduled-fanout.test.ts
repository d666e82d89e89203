/**
 * The deployed path of a big close, on localhost: Cloud Scheduler's message on the monthly topic (Pub/Sub
 * emulator, push subscriptions) reaches monthlyAssessment, which finds more changed sheets than its threshold and
 * plans a fan-out; closeWorker syncs one garden per message; closeFinalizer assesses once all are in. The result is
 * the single-function run's for the same inputs: same snapshots, same month and term assessments.
 */
import { MonthAssessment, TermAssessment, type Roster } from '../../../schemas';
import { createFirestoreStores } from '../../../functions/src/adapters/firestore';
import { memoryLogger } from '../../../functions/src/adapters/log/structured-logger';
import { googleSheetsAdapters } from '../../../functions/src/adapters/sheets';
import { mergeA1 } from '../../../functions/src/bench/synthetic/a1';
import { syntheticPlan } from '../../../functions/src/bench/synthetic/plan-grid';
import { syntheticRoster } from '../../../functions/src/bench/synthetic/roster';
import { loadRuleSet } from '../../../functions/src/core/rules';
import { FUNCTIONS, TOPICS } from '../../../functions/src/handlers/manifest';
import { startFunctionServers, type FunctionServers } from '../../../functions/src/local/function-servers';
import { startPubsubEmulator, type PubsubEmulator } from '../../../functions/src/local/pubsub-emulator';
import { runMonthlyAssessment } from '../../../functions/src/usecases/run-monthly-assessment';
import { FakeGoogleServer, SimulatedClock } from '../../fakes/sheets-server';
import { newTestProjectId, useTestFirestore } from '../../support/firestore';

jest.setTimeout(180_000);
const db = useTestFirestore();
const N = 6;
let pubsub: PubsubEmulator;
let fake: FakeGoogleServer;
let servers: FunctionServers;
let roster: Roster;

beforeAll(async () => {
  fake = await FakeGoogleServer.start(new SimulatedClock('2020-06-30T16:00:00Z'));
  pubsub = await startPubsubEmulator({ env: process.env, projectId: db.projectId });
  const base = syntheticRoster(N);
  roster = { ...base, gardens: base.gardens.map((g) => ({ ...g, spreadsheetId: `sheet-${g.id}` })) };
  for (const garden of roster.gardens) {
    const { grid } = syntheticPlan(garden, 2020, [3, 4, 5, 6]);
    fake.addSpreadsheet({ id: garden.spreadsheetId!, title: garden.name, parents: ['gardens'], sheets: [{ title: '帮扶计划', rows: grid.rows, merges: grid.merges.map(mergeA1) }] });
  }
  Object.assign(process.env, {
    GOOGLE_CLOUD_PROJECT: db.projectId, METADATA_SERVER_DETECTION: 'none', BANGFU_COUNTY: roster.county,
    BANGFU_CLOCK_START: '2020-07-01T09:00:00+08:00', BANGFU_GOOGLE_ROOT_URL: fake.rootUrl, BANGFU_DRIVE_FOLDER_ID: 'gardens',
    BANGFU_FANOUT_ABOVE_READS: '3', PUBSUB_EMULATOR_HOST: pubsub.hostPort,
  });
  const events = FUNCTIONS.filter((f) => f.trigger.kind === 'topic');
  servers = await startFunctionServers(events);
  for (const spec of events) {
    if (spec.trigger.kind !== 'topic') continue;
    await pubsub.createTopic(spec.trigger.topic);
    await pubsub.createPushSubscription(`${spec.trigger.topic}-${spec.name}`, spec.trigger.topic, `${servers.urls[spec.name]}projects/${db.projectId}/topics/${spec.trigger.topic}`);
  }
});
afterAll(async () => {
  await servers?.stop();
  await pubsub?.stop();
  await fake?.stop();
});

it('a scheduled message for a county above the threshold goes planner → workers → finalizer, with the single run\'s result', async () => {
  await db.stores.rosters.save(roster);
  await pubsub.publish(TOPICS.monthlyAssessment, {}, { job: 'bangfu-monthly-assessment' });

  const fanouts = () => db.stores.firestore.collection('fanouts').get();
  await waitFor(async () => (await fanouts()).docs.some((d) => d.get('finalizedAt') !== null));
  const [run] = (await fanouts()).docs.map((d) => d.data());
  expect(run.expected).toHaveLength(N);
  expect(run.missing).toEqual([]);
  expect(await db.stores.runs.get('assessment:2020-06')).toMatchObject({ status: 'completed', summary: { fannedOut: run.runKey, published: N } });
  // Every sheet read exactly once, by the workers; the planner and the finalizer only listed Drive.
  const reads = fake.requests('spreadsheets.get').filter((r) => r.status === 200).map((r) => r.path);
  expect(reads.sort()).toEqual(roster.gardens.map((g) => expect.stringContaining(g.spreadsheetId!)));
  expect(new Set(reads).size).toBe(N);
  const fanned = await db.stores.assessments(MonthAssessment).get('month:2020-06');
  expect(fanned?.result.gardens).toHaveLength(N);

  // The single-function run on a fresh database, same sheets, same evaluation time.
  const other = createFirestoreStores({ projectId: newTestProjectId(), emulatorHost: db.emulatorHost });
  try {
    const { source } = googleSheetsAdapters(
      { auth: 'bangfu-local', rootUrl: fake.rootUrl, fetchImplementation: fake.clock.trackFetch(), folderId: 'gardens' },
      { now: fake.clock.now, sleep: fake.clock.sleep, random: () => 0.5 },
    );
    const single = await runMonthlyAssessment({
      source, describeUnreadable: () => null, rosters: other.rosters, gardenMonths: other.gardenMonths, runs: other.runs,
      monthResults: other.assessments(MonthAssessment), termResults: other.assessments(TermAssessment), ruleSet: loadRuleSet('gaotai-2020'),
      now: () => run.asOf, newRunId: () => 'single', log: memoryLogger(),
    }, { month: '2020-06', asOf: run.asOf, roster });
    expect(fanned?.result).toEqual(single.assessment);
    expect((await db.stores.assessments(TermAssessment).get('term:2020-spring'))?.result).toEqual(single.term);
    // Same snapshots garden by garden (the business keys differ only by the freeze instants, which are each run's clock).
    const content = async (stores: typeof other, id: string) => (await stores.gardenMonths.listMonth('2020-06')).find((m) => m.gardenId === id)?.contentHash;
    for (const g of roster.gardens) expect(await content(db.stores, g.id)).toBe(await content(other, g.id));
  } finally {
    await other.close();
  }
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the fan-out to finish');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
