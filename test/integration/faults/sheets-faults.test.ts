/**
 * Google Sheets failing under the monthly run: 429 storms longer than the quota minute, 5xx, timeouts, and the
 * Sheets endpoint dying after k of N gardens. Each run must end in the state of a clean run.
 */
import { DyingProxy } from '../../fakes/dying-proxy';
import { FakeGoogleServer, SimulatedClock } from '../../fakes/sheets-server';
import { paths } from '../../../functions/src/adapters/firestore/paths';
import { useTestFirestore } from '../../support/firestore';
import { roster, seedSheets } from './county';
import { captureState, counts, expectRowsAccounted, expectSameState, googleAdapters, printCounts, runMonth } from './harness';

const fs = useTestFirestore();
let google: FakeGoogleServer;
let clean: Record<string, unknown>;

beforeAll(async () => {
  google = await FakeGoogleServer.start(new SimulatedClock('2020-06-01T01:00:00Z'));
  seedSheets(google);
  await fs.clear();
  await fs.stores.rosters.save(roster);
  await runMonth(fs.stores, googleAdapters(google).source);
  clean = await captureState(fs.stores.firestore);
  expectRowsAccounted(clean);
});
afterAll(async () => {
  await google.stop();
  printCounts('sheets-faults');
});
// useTestFirestore empties the project before each test: every faulty run starts from nothing, like the clean one.
beforeEach(async () => {
  google.faults.reset();
  await fs.stores.rosters.save(roster);
});

/** Requests the fake answered with an error status or never answered (client timeout). */
const failures = (since: number) => google.requests().slice(since).filter((r) => r.status === 0 || r.status >= 400).length;

describe('fault suite: Google Sheets', () => {
  it('rides out a 429 storm longer than the one-minute quota window', async () => {
    const retries = { n: 0 };
    const start = google.clock.now();
    const logged = google.requests().length;
    google.faults.storm({ ops: ['spreadsheets.get'], durationMs: 95_000, status: 429 });
    const result = await runMonth(fs.stores, googleAdapters(google, {}, retries).source);
    counts.faults += failures(logged);
    expect(failures(logged)).toBeGreaterThan(3);
    expect(google.clock.now() - start).toBeGreaterThan(95_000);
    expect(retries.n).toBe(failures(logged));
    expect(result.unreadable).toEqual([]);
    const state = await captureState(fs.stores.firestore);
    expectRowsAccounted(state);
    expectSameState(state, clean);
  });

  it('retries 5xx answers from Sheets and Drive', async () => {
    const logged = google.requests().length;
    google.faults.failNext(3, 503, { ops: ['spreadsheets.get'] });
    google.faults.failNext(2, 500, { ops: ['spreadsheets.get'] });
    google.faults.failNext(1, 502, { ops: ['drive.files.list'] });
    await runMonth(fs.stores, googleAdapters(google).source);
    expect(failures(logged)).toBe(6);
    counts.faults += 6;
    const state = await captureState(fs.stores.firestore);
    expectRowsAccounted(state);
    expectSameState(state, clean);
  });

  it('retries reads that time out', async () => {
    const logged = google.requests().length;
    google.faults.slowNext(2, 1_500, { ops: ['spreadsheets.get'] });
    await runMonth(fs.stores, googleAdapters(google, { timeoutMs: 300 }).source);
    const timedOut = google.requests().slice(logged).filter((r) => r.status === 0).length;
    expect(timedOut).toBe(2);
    counts.faults += timedOut;
    const state = await captureState(fs.stores.firestore);
    expectRowsAccounted(state);
    expectSameState(state, clean);
  });

  it.each([1, 2, 3])('the Sheets endpoint dies after %i of 4 gardens: the run fails whole, a re-run ends as a clean run', async (k) => {
    const proxy = await DyingProxy.start(google.rootUrl, k);
    await expect(runMonth(fs.stores, googleAdapters(google, { rootUrl: proxy.rootUrl }).source)).rejects.toThrow(/no response|failed/);
    expect(proxy.dead).toBe(true);
    counts.faults++;
    // Nothing was assessed from a partial county: no results are stored for the month.
    const partial = await captureState(fs.stores.firestore);
    expect(Object.keys(partial).filter((p) => p.startsWith(`${paths.assessments()}/`))).toEqual([]);

    await runMonth(fs.stores, googleAdapters(google).source);
    const state = await captureState(fs.stores.firestore);
    expectRowsAccounted(state);
    expectSameState(state, clean);
  });
});
