/**
 * Duplicate delivery of the scheduled monthly run, through the deployed monthlyAssessment CloudEvent function:
 * Pub/Sub redelivers the same event id, Scheduler fires again with a new id, two deliveries race. The run log's
 * business key (assessment:YYYY-MM), not the event id, makes every one after the first a no-op.
 */
import supertest from 'supertest';
import { getTestServer } from '@google-cloud/functions-framework/testing';
// Registers the functions; the job runtime reads the environment on the first event.
import '../../../functions/src/index';
import { FakeGoogleServer, SimulatedClock } from '../../fakes/sheets-server';
import { paths } from '../../../functions/src/adapters/firestore/paths';
import { useTestFirestore } from '../../support/firestore';
import { roster, seedSheets } from './county';
import { captureState, counts, expectRowsAccounted, expectSameState, printCounts } from './harness';

const fs = useTestFirestore();
let google: FakeGoogleServer;
let clean: Record<string, unknown>;

beforeAll(async () => {
  google = await FakeGoogleServer.start(new SimulatedClock('2020-06-01T01:00:00Z'));
  seedSheets(google);
  Object.assign(process.env, {
    GOOGLE_CLOUD_PROJECT: fs.projectId,
    BANGFU_COUNTY: roster.county,
    BANGFU_GOOGLE_ROOT_URL: google.rootUrl,
    BANGFU_CLOCK_START: '2020-06-01T09:00:00+08:00',
  });
});
afterAll(async () => {
  await google.stop();
  printCounts('duplicate-delivery');
});

/** A messagePublished CloudEvent as a Pub/Sub push subscription delivers it (binary content mode). */
async function deliver(eventId: string) {
  const data = { message: { data: Buffer.from(JSON.stringify({ month: '2020-05' })).toString('base64'), messageId: `m-${eventId}` }, subscription: 'projects/demo/subscriptions/monthly' };
  return supertest(getTestServer('monthlyAssessment')).post('/')
    .set('ce-id', eventId).set('ce-specversion', '1.0').set('ce-type', 'google.cloud.pubsub.topic.v1.messagePublished')
    .set('ce-source', '//pubsub.googleapis.com/projects/demo/topics/monthly').set('content-type', 'application/json')
    .send(data);
}

describe('fault suite: duplicate delivery of the monthly run', () => {
  it('the same event id, a new event id and two racing deliveries all leave the first run’s state', async () => {
    await fs.stores.rosters.save(roster);
    const first = await deliver('evt-1');
    expect(first.status).toBeLessThan(300);
    clean = await captureState(fs.stores.firestore);
    expectRowsAccounted(clean);
    expect(Object.keys(clean).filter((p) => p.startsWith(paths.assessment('month:2020-05')))).not.toEqual([]);
    const run = await fs.stores.runs.get('assessment:2020-05');
    expect(run).toMatchObject({ status: 'completed', attempts: 1 });
    const reads = google.requests('spreadsheets.get').length;

    for (const ids of [['evt-1'], ['evt-2'], ['evt-3', 'evt-4']]) {
      const answers = await Promise.all(ids.map(deliver));
      counts.faults += ids.length;
      for (const a of answers) expect(a.status).toBeLessThan(300);
      expectSameState(await captureState(fs.stores.firestore), clean);
    }
    // Nothing was read or run again: the business key was found completed each time.
    expect(google.requests('spreadsheets.get')).toHaveLength(reads);
    expect(await fs.stores.runs.get('assessment:2020-05')).toEqual(run);
  });

  it('two first deliveries racing: one runs, the other is refused as busy and its redelivery finds the month done', async () => {
    await fs.stores.rosters.save(roster);
    const reads = google.requests('spreadsheets.get').length;
    const answers = await Promise.all([deliver('evt-5'), deliver('evt-6')]);
    counts.faults++;
    expect(answers.filter((a) => a.status < 300).length).toBeGreaterThanOrEqual(1);
    // The deployed clock runs on, so this run is compared with itself: one run read the county once, one result.
    const raced = await captureState(fs.stores.firestore);
    expectRowsAccounted(raced);
    expect(google.requests('spreadsheets.get').length - reads).toBe(roster.gardens.length);
    expect(Object.keys(raced).filter((p) => p.includes('@'))).toHaveLength(2);
    // Pub/Sub redelivers what failed (the busy one), as it would: nothing changes.
    for (const failed of answers.filter((a) => a.status >= 300)) {
      expect(failed.status).toBe(500);
      expect((await deliver('evt-6')).status).toBeLessThan(300);
    }
    expectSameState(await captureState(fs.stores.firestore), raced);
    expect(await fs.stores.runs.get('assessment:2020-05')).toMatchObject({ status: 'completed', attempts: 1 });
  });
});
