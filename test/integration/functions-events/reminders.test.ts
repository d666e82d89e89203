import { paths } from '../../../functions/src/adapters/firestore/paths';
import { useFunctions } from '../functions/harness';
import { HEADER, TOPIC_REMINDERS, useFakeGoogle } from './county';
import { pushMessage } from './pubsub-push';

// 25 May 2020, 09:00 in Gaotai: the first "due" firing of May.
const fs = useFunctions({ BANGFU_COUNTY: '高台县', BANGFU_CLOCK_START: '2020-05-25T09:00:00+08:00' });
const { google } = useFakeGoogle();

const fire = (messageId: string, message: object) => pushMessage('reminders', { project: fs.projectId, topic: TOPIC_REMINDERS, message, messageId });

beforeEach(() => {
  google().clearLog();
  // 城关 typed its May rows but never pressed 提交本月; 巷道's table holds only April.
  google().addSpreadsheet({
    id: 'sheet-chengguan', title: '高台县城关幼儿园 帮扶计划', modifiedTime: Date.parse('2020-05-18T10:00:00+08:00'),
    sheets: [{ title: '帮扶计划', rows: [['高台县城关幼儿园2020年结对帮扶工作计划表'], HEADER, ['五月', '5月12日', '到巷道镇中心幼儿园送教', '王芳', '已完成']] }],
  });
  google().addSpreadsheet({
    id: 'sheet-xiangdao', title: '巷道镇中心幼儿园 帮扶计划', modifiedTime: Date.parse('2020-04-20T10:00:00+08:00'),
    sheets: [{ title: '帮扶计划', rows: [['巷道镇中心幼儿园2020年结对帮扶工作计划表'], HEADER, ['四月', '4月15日', '观摩城关幼儿园半日活动', '赵静', '已完成']] }],
  });
});

describe('reminders (Pub/Sub CloudEvent)', () => {
  it('before the 30th, reads the sheets and reminds only the garden with nothing for May', async () => {
    expect((await fire('r-1', { kind: 'due' })).status).toBe(204);
    const record = await fs.stores.firestore.doc(paths.reminder('reminders:2020-05:due:2020-05-25')).get();
    expect(record.data()).toMatchObject({
      kind: 'due', month: '2020-05', date: '2020-05-25', county: '高台县', total: 2,
      gardens: [{ gardenId: '巷道幼儿园', status: 'not_reported', message: '巷道镇中心幼儿园：5月的帮扶材料尚未上报，请在5月30日前填写计划表并提交。' }],
    });
    // The typed-but-unsubmitted table now counts as reported, from when it was last saved.
    expect((await fs.stores.gardenMonths.get('城关幼儿园', '2020-05'))?.firstReportedAt).toBe('2020-05-18T02:00:00.000Z');
  });

  it('a redelivery rewrites the same record and adds no snapshot version', async () => {
    expect((await fire('r-1', { kind: 'due' })).status).toBe(204);
    const first = (await fs.stores.firestore.collection(paths.reminders()).get()).docs.map((d) => d.data());
    expect((await fire('r-1', { kind: 'due' })).status).toBe(204);
    const again = (await fs.stores.firestore.collection(paths.reminders()).get()).docs.map((d) => d.data());
    expect(again).toHaveLength(1);
    expect(again[0].gardens).toEqual(first[0].gardens);
    expect((await fs.stores.gardenMonths.get('城关幼儿园', '2020-05'))?.version).toBe(1);
  });

  it('after the cutoff lists who missed the month just closed (April)', async () => {
    await fs.stores.gardenMonths.applySnapshot({
      gardenId: '巷道幼儿园', month: '2020-04', rows: [], issues: [], source: { version: '3', modifiedAt: '2020-04-20T02:00:00Z' }, syncedAt: '2020-04-20T02:00:00Z',
    });
    expect((await fire('r-2', { kind: 'missed' })).status).toBe(204);
    const record = (await fs.stores.firestore.doc(paths.reminder('reminders:2020-04:missed:2020-05-25')).get()).data();
    expect(record?.gardens.map((g: { gardenId: string; status: string }) => [g.gardenId, g.status])).toEqual([['城关幼儿园', 'missed'], ['巷道幼儿园', 'missed']]);
    expect(google().requests('spreadsheets.get')).toHaveLength(0);
  });
});
