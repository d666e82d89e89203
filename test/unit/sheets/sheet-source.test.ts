/** GoogleSheetSource over real HTTP against the fake: the grid it builds, its retries, its quota discipline. */
import type { FakeGoogleServer } from '../../fakes/sheets-server';
import { GoogleApiError } from '../../../functions/src/adapters/sheets';
import { PLAN_HEADER, adaptersFor, busiestMinute, startFake } from './harness';

let fake: FakeGoogleServer;
beforeEach(async () => { fake = await startFake(); });
afterEach(() => fake.stop());

function addGarden(id: string, extra: Partial<Parameters<FakeGoogleServer['addSpreadsheet']>[0]> = {}) {
  return fake.addSpreadsheet({
    id, title: `${id}幼儿园2020年帮扶计划`, parents: ['gardens'],
    sheets: [
      {
        title: '计划表',
        rows: [
          ['2020年城关幼儿园结对帮扶工作计划'],
          PLAN_HEADER,
          ['三月', 43895, '送教下乡：大班科学活动', '张老师', '已完成'],
          [null, 43905, '专题讲座：幼儿一日常规'],
          [],
          ['四月', '4月8日', '#REF!', null, null, null, null, null],
        ],
        merges: ['A1:E1', 'A3:A4'],
      },
      { title: '填写说明', rows: [['请勿删除']] },
    ],
    ...extra,
  });
}

const ref = (id: string) => ({ location: id, title: id });

describe('read', () => {
  it('turns merges, serial dates, ragged rows and error cells into the CellGrid, with one Sheets request', async () => {
    addGarden('g1');
    const { source } = adaptersFor(fake);
    const [listed] = await source.list(null);
    const snap = await source.read(ref('g1'));
    expect(snap.grid).toEqual({
      sheetName: '计划表',
      rows: [
        ['2020年城关幼儿园结对帮扶工作计划'],
        PLAN_HEADER,
        ['三月', 43895, '送教下乡：大班科学活动', '张老师', '已完成'],
        [null, 43905, '专题讲座：幼儿一日常规'],
        [],
        ['四月', '4月8日', '#REF!'],
      ],
      merges: [{ startRow: 0, endRow: 1, startCol: 0, endCol: 5 }, { startRow: 2, endRow: 4, startCol: 0, endCol: 1 }],
    });
    expect(snap.source).toEqual(listed.source);
    expect(fake.requests().filter((r) => r.path.startsWith('/v4/')).map((r) => r.op)).toEqual(['spreadsheets.get']);
  });

  it('reads a renamed first tab, or a named one', async () => {
    addGarden('g1');
    fake.spreadsheet('g1').sheets[0].properties.title = '我的计划';
    const first = await adaptersFor(fake).source.read(ref('g1'));
    expect(first.grid.sheetName).toBe('我的计划');
    const named = await adaptersFor(fake, { planSheetTitle: '填写说明' }).source.read(ref('g1'));
    expect(named.grid.rows).toEqual([['请勿删除']]);
  });

  it('labels a read without a prior list with the Drive version taken before the cells', async () => {
    addGarden('g1');
    const snap = await adaptersFor(fake).source.read(ref('g1'));
    expect(snap.source).toEqual({ version: '1', modifiedAt: new Date(fake.clock.now()).toISOString() });
    expect(fake.requests().map((r) => r.op)).toEqual(['drive.files.get', 'spreadsheets.get']);
  });
});

describe('retries', () => {
  it('outlasts a 90-second 429 storm and then completes', async () => {
    addGarden('g1');
    const retries: number[] = [];
    const { source } = adaptersFor(fake, {}, (e) => retries.push(e.delayMs));
    const start = fake.clock.now();
    fake.faults.storm({ durationMs: 90_000, ops: ['spreadsheets.get'] });
    const snap = await source.read(ref('g1'));
    expect(snap.grid.rows[1]).toEqual(PLAN_HEADER);
    const gets = fake.requests('spreadsheets.get');
    expect(gets.slice(0, -1).every((r) => r.status === 429)).toBe(true);
    expect(gets[gets.length - 1]).toMatchObject({ status: 200 });
    expect(gets[gets.length - 1].time - start).toBeGreaterThanOrEqual(90_000);
    // Backoff grows: the storm is ridden out with a handful of attempts, not hammered.
    expect(gets.length).toBeLessThan(15);
    expect(Math.max(...retries)).toBeGreaterThan(8_000);
  });

  it('honours Retry-After', async () => {
    addGarden('g1');
    const { source } = adaptersFor(fake);
    fake.faults.storm({ durationMs: 1, ops: ['spreadsheets.get'], status: 503, retryAfterSeconds: 30 });
    await source.read(ref('g1'));
    const [failed, ok] = fake.requests('spreadsheets.get');
    expect(ok.time - failed.time).toBeGreaterThanOrEqual(30_000);
  });

  it('retries 500 and 503, and gives up after its time budget', async () => {
    addGarden('g1');
    const { source } = adaptersFor(fake);
    fake.faults.failNext(2, 500, { ops: ['spreadsheets.get'] });
    fake.faults.failNext(1, 503, { ops: ['spreadsheets.get'] });
    await source.read(ref('g1'));
    expect(fake.requests('spreadsheets.get').map((r) => r.status)).toEqual([500, 500, 503, 200]);

    fake.faults.storm({ durationMs: 3_600_000, status: 500, ops: ['spreadsheets.get'] });
    const start = fake.clock.now();
    await expect(source.read(ref('g1'))).rejects.toBeInstanceOf(GoogleApiError);
    expect(fake.clock.now() - start).toBeGreaterThanOrEqual(60_000);
    expect(fake.clock.now() - start).toBeLessThanOrEqual(300_000);
  });

  it('does not retry a client error', async () => {
    const { source } = adaptersFor(fake);
    await expect(source.read(ref('missing'))).rejects.toMatchObject({ status: 404, attempts: 1 });
  });

  it('times out a slow response and retries it', async () => {
    addGarden('g1');
    const { source } = adaptersFor(fake, { timeoutMs: 1_000 });
    await source.list(null);
    fake.faults.slowNext(1, 60_000, { ops: ['spreadsheets.get'] });
    const snap = await source.read(ref('g1'));
    expect(snap.grid.sheetName).toBe('计划表');
    const gets = fake.requests('spreadsheets.get');
    expect(gets[0].status).toBe(0); // abandoned by the client
    expect(gets[gets.length - 1].status).toBe(200);
  });
});

describe('quota', () => {
  it('reads N spreadsheets with exactly N Sheets requests, never over 60 in any minute', async () => {
    const n = 130;
    for (let i = 0; i < n; i++) addGarden(`g${i}`);
    const { source } = adaptersFor(fake);
    const listed = await source.list(null);
    expect(listed).toHaveLength(n);
    // Four workers at once, as a sync would run them.
    const queue = [...listed];
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await source.read(next);
    }));
    const sheetsRequests = fake.requests().filter((r) => r.path.startsWith('/v4/'));
    expect(sheetsRequests).toHaveLength(n);
    expect(sheetsRequests.every((r) => r.status === 200)).toBe(true);
    expect(busiestMinute(sheetsRequests.map((r) => r.time))).toBe(60);
    expect(new Set(sheetsRequests.map((r) => r.path)).size).toBe(n);
  });

  it('without the budget the same run hits the per-user quota, and backoff still gets every read through', async () => {
    for (let i = 0; i < 61; i++) addGarden(`g${i}`);
    const { source } = adaptersFor(fake, { readsPerMinute: 1_000 });
    await source.list(null);
    for (let i = 0; i < 61; i++) await source.read(ref(`g${i}`));
    const gets = fake.requests('spreadsheets.get');
    const rejected = gets.filter((r) => r.status === 429);
    expect(rejected.length).toBeGreaterThan(0);
    expect(gets.filter((r) => r.status === 200)).toHaveLength(61);
    expect(gets[gets.length - 1].time - gets[0].time).toBeGreaterThanOrEqual(60_000);
  });
});

describe('list', () => {
  it('returns only spreadsheets modified after since, in the folder or registered, across pages', async () => {
    for (let i = 0; i < 5; i++) addGarden(`old${i}`);
    const since = new Date(fake.clock.now()).toISOString();
    fake.clock.advance(60_000);
    fake.userEdit('old2', "'计划表'!C7", [['新增活动']]);
    addGarden('new1');
    addGarden('elsewhere', { parents: ['other'] });
    const inFolder = await adaptersFor(fake, { folderId: 'gardens' }).source.list(since);
    expect(inFolder.map((s) => [s.location, s.source.version])).toEqual([['old2', '2'], ['new1', '1']]);
    expect(inFolder[0].source.modifiedAt).toBe(new Date(fake.clock.now()).toISOString());
    const registered = await adaptersFor(fake, { spreadsheetIds: ['old2', 'elsewhere'] }).source.list(since);
    expect(registered.map((s) => s.location).sort()).toEqual(['elsewhere', 'old2']);
    expect(fake.requests().filter((r) => r.path.startsWith('/v4/'))).toHaveLength(0);
  });

  it('follows nextPageToken', async () => {
    for (let i = 0; i < 1_005; i++) fake.addSpreadsheet({ id: `s${i}`, title: `园${i}` });
    const all = await adaptersFor(fake).source.list(null);
    expect(all).toHaveLength(1_005);
    expect(fake.requests('drive.files.list')).toHaveLength(2);
  });
});
