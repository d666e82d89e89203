import { MonthAssessment } from '../../../schemas';
import { bearer, CHENGGUAN_EDITOR, request, useFunctions } from '../functions/harness';
import { at, chengguanMay, TOPIC_MONTHLY, useFakeGoogle } from './county';
import { postCloudEvent, pushMessage } from './pubsub-push';

// The functions' clock starts on 1 June 2020, 09:00 in Gaotai: the scheduled firing for May.
const fs = useFunctions({ BANGFU_COUNTY: '高台县', BANGFU_CLOCK_START: '2020-06-01T09:00:00+08:00' });
const { google, seed } = useFakeGoogle();
beforeEach(() => {
  seed();
  google().clearLog();
});

const fire = (messageId: string, message: object = {}) =>
  pushMessage('monthlyAssessment', { project: fs.projectId, topic: TOPIC_MONTHLY, message, messageId });

/** Everything a monthly run leaves behind, for comparing end states. */
async function state() {
  const docs = async (name: string) => (await fs.stores.firestore.collection(name).get()).docs
    .map((d) => ({ id: d.id, ...d.data() })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const months = await Promise.all(['城关幼儿园', '巷道幼儿园'].map((g) => fs.stores.gardenMonths.get(g, '2020-05')));
  const history = await Promise.all(['城关幼儿园', '巷道幼儿园'].map((g) => fs.stores.gardenMonths.history(g, '2020-05')));
  return { runs: await docs('runs'), assessments: await docs('assessments'), months, history };
}

describe('monthlyAssessment (Pub/Sub CloudEvent)', () => {
  it('assesses the month just closed, freezes it and stores the result under the month', async () => {
    const res = await fire('m-1');
    expect(res.status).toBe(204);
    expect(await fs.stores.runs.get('assessment:2020-05')).toMatchObject({ status: 'completed', attempts: 1, summary: { month: '2020-05', pairs: 1 } });
    const result = await fs.stores.assessments(MonthAssessment).get('month:2020-05');
    expect(result?.result.gardens.map((g) => g.gardenId).sort()).toEqual(['城关幼儿园', '巷道幼儿园']);
    expect((await fs.stores.gardenMonths.get('城关幼儿园', '2020-05'))?.frozenAt).not.toBeNull();
  });

  it('a redelivery (same message id) and a second firing (new id, CloudEvent binary mode) change nothing', async () => {
    expect((await fire('m-1')).status).toBe(204);
    const clean = await state();
    expect((await fire('m-1')).status).toBe(204);
    const second = await postCloudEvent('monthlyAssessment', { project: fs.projectId, topic: TOPIC_MONTHLY, message: {}, id: 'scheduler-retry-2' });
    expect(second.status).toBe(204);
    expect(await state()).toEqual(clean);
    expect(google().requests('spreadsheets.get')).toHaveLength(2); // the one run read each sheet once
  });

  it('two firings at once: one runs, the other fails busy and, redelivered, finds the month done', async () => {
    const [a, b] = await Promise.all([fire('m-a'), fire('m-b')]);
    const statuses = [a.status, b.status].sort();
    // Either the second arrived while the first ran (500 → Pub/Sub redelivers) or after it finished (204).
    expect([[204, 204], [204, 500]]).toContainEqual(statuses);
    expect((await fire(a.status === 500 ? 'm-a' : 'm-b')).status).toBe(204);
    const after = await state();
    expect(after.runs.find((r) => r.id === 'assessment:2020-05')).toMatchObject({ status: 'completed', attempts: 1 });
    expect(after.assessments.filter((d) => d.id.startsWith('month:2020-05@'))).toHaveLength(1);
  });

  it('a sync arriving after the freeze is recorded as a late change; the verdict and a later firing stay put', async () => {
    expect((await fire('m-1')).status).toBe(204);
    const frozen = await fs.stores.gardenMonths.get('城关幼儿园', '2020-05');
    const verdict = await fs.stores.assessments(MonthAssessment).get('month:2020-05');
    google().clock.advance(at('2020-06-02T10:00:00+08:00') - google().clock.now());
    google().userEdit('sheet-chengguan', '帮扶计划!A6:E6', [['五月', '5月28日', '补记：家长开放日', '王芳', '已完成']]);

    const sync = await (await request('syncGarden')).post('/').set('Authorization', bearer(CHENGGUAN_EDITOR)).send({});
    expect(sync.status).toBe(200);
    expect(sync.body.months).toContainEqual(expect.objectContaining({ month: '2020-05', outcome: 'late' }));
    const history = await fs.stores.gardenMonths.history('城关幼儿园', '2020-05');
    expect(history.filter((h) => h.kind === 'late')).toHaveLength(1);
    expect((await fs.stores.gardenMonths.get('城关幼儿园', '2020-05'))?.rows).toEqual(frozen?.rows);

    expect((await fire('m-2')).status).toBe(204);
    expect(await fs.stores.assessments(MonthAssessment).get('month:2020-05')).toEqual(verdict);
  });

  it('an older version of a sheet read after a newer one was stored is ignored', async () => {
    // 25 May: 城关 adds a fourth activity and submits it.
    google().clock.advance(at('2020-05-25T10:00:00+08:00') - google().clock.now());
    google().userEdit('sheet-chengguan', '帮扶计划!A6:E6', [['五月', '5月25日', '家园共育：家长讲座', '李红', '已完成']]);
    expect((await (await request('syncGarden')).post('/').set('Authorization', bearer(CHENGGUAN_EDITOR)).send({})).status).toBe(200);
    const newer = await fs.stores.gardenMonths.get('城关幼儿园', '2020-05');
    expect(newer?.rows).toHaveLength(4);
    // The monthly run then gets the 20 May state (a lagging replica): it must not roll the month back.
    google().addSpreadsheet({ id: 'sheet-chengguan', title: '高台县城关幼儿园 帮扶计划', modifiedTime: at('2020-05-20T10:00:00+08:00'), sheets: [{ title: '帮扶计划', rows: chengguanMay }] });
    expect((await fire('m-1')).status).toBe(204);
    const after = await fs.stores.gardenMonths.get('城关幼儿园', '2020-05');
    expect(after?.rows).toEqual(newer?.rows);
    expect(after?.version).toBe(newer?.version);
    const verdict = await fs.stores.assessments(MonthAssessment).get('month:2020-05');
    expect(verdict?.result.gardens.find((g) => g.gardenId === '城关幼儿园')).toBeDefined();
  });

  it('acknowledges without running a message for a month that has not closed yet', async () => {
    const res = await fire('m-early', { month: '2020-06' });
    expect(res.status).toBe(204);
    expect(await fs.stores.runs.get('assessment:2020-06')).toBeNull();
  });
});
