import { SubmitMonthResponse } from '../../../schemas';
import { FakeGoogleServer, SimulatedClock } from '../../fakes/sheets-server';
import { bearer, BUREAU_EMAIL, CHENGGUAN_EDITOR, request, STRANGER, useFunctions, XIANGDAO_EDITOR } from './harness';

const fs = useFunctions();
let google: FakeGoogleServer;

const HEADER = ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况'];
const chengguanRows = [
  ['高台县城关幼儿园2020年结对帮扶工作计划表'],
  HEADER,
  ['五月', '5月12日', '到巷道镇中心幼儿园送教：大班科学活动', '王芳', '已完成'],
  ['五月', '5月31日', '园本教研：区角活动观摩', '王芳', '已完成'],
  ['五月', '5月32日', '专题讲座：幼小衔接', '李红', '已完成'],
];
const xiangdaoRows = [['巷道镇中心幼儿园2020年结对帮扶工作计划表'], HEADER, ['五月', '5月15日', '观摩城关幼儿园半日活动', '赵静', '已完成']];

beforeAll(async () => {
  google = await FakeGoogleServer.start(new SimulatedClock('2020-05-20T02:00:00Z'));
  // Read by the functions' lazy runtime on the first request of this file.
  process.env.BANGFU_GOOGLE_ROOT_URL = google.rootUrl;
});
afterAll(() => google.stop());
beforeEach(() => {
  google.addSpreadsheet({ id: 'sheet-chengguan', title: '高台县城关幼儿园 帮扶计划', sheets: [{ title: '帮扶计划', rows: chengguanRows }] });
  google.addSpreadsheet({ id: 'sheet-xiangdao', title: '巷道镇中心幼儿园 帮扶计划', sheets: [{ title: '帮扶计划', rows: xiangdaoRows }] });
});

const sync = async (who: string, body: object = {}) => (await request('syncGarden')).post('/').set('Authorization', bearer(who)).send(body);

describe('syncGarden', () => {
  it("reads the caller's own registered sheet, stores its month and writes the issues back", async () => {
    const res = await sync(CHENGGUAN_EDITOR);
    expect(res.status).toBe(200);
    expect(SubmitMonthResponse.parse(res.body)).toMatchObject({ ok: true });
    expect(res.body).toMatchObject({ gardenId: '城关幼儿园', errors: 1, months: [{ month: '2020-05', outcome: 'created', rows: 2, issues: 1 }] });
    expect(res.body.issues.map((i: { message: string }) => i.message)).toEqual(['B5：日期“5月32日”不存在']);
    expect(res.body.message).toBe('“高台县城关幼儿园”同步完成。5月：2 条活动，已接收。发现1 处错误，已在表格中标注，请修改后重新同步。');

    const stored = await fs.stores.gardenMonths.get('城关幼儿园', '2020-05');
    expect(stored?.rows.map((r) => r.task)).toEqual(['到巷道镇中心幼儿园送教：大班科学活动', '园本教研：区角活动观摩']);
    expect(google.cell('sheet-chengguan', 'B5')?.note).toContain('5月32日');
  });

  it('leaves stored months alone when the table cannot be read as a whole (header deleted), and tells the garden why', async () => {
    await sync(CHENGGUAN_EDITOR);
    google.userEdit('sheet-chengguan', "'帮扶计划'!A2:E2", [['', '', '', '', '']]);
    const res = await sync(CHENGGUAN_EDITOR);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, months: [], errors: 1 });
    expect(res.body.issues.map((i: { code: string }) => i.code)).toEqual(['table.no_header']);
    expect(res.body.message).toBe('“高台县城关幼儿园”的表格无法读取，已保存的各月数据未改动：A1：没有找到计划表的表头（需要一行写有“月份”“帮扶任务”等列名）');
    const stored = await fs.stores.gardenMonths.get('城关幼儿园', '2020-05');
    expect(stored).toMatchObject({ version: 1 });
    expect(stored?.rows).toHaveLength(2);
    expect(google.cell('sheet-chengguan', 'A1')?.note).toContain('表头');
  });

  it('is idempotent: an unchanged sheet makes no new version', async () => {
    await sync(CHENGGUAN_EDITOR);
    const again = await sync(CHENGGUAN_EDITOR);
    expect(again.body.months).toEqual([expect.objectContaining({ month: '2020-05', outcome: 'unchanged', version: 1 })]);
  });

  it('ignores rows and other fields in the body: what is stored comes from the registered sheet', async () => {
    const forged = { rows: [HEADER, ['五月', '5月1日', '伪造的活动', '某人', '已完成']], gardenName: '巷道幼儿园', spreadsheetUrl: 'https://evil.example' };
    const res = await sync(CHENGGUAN_EDITOR, forged);
    expect(res.status).toBe(200);
    const stored = await fs.stores.gardenMonths.get('城关幼儿园', '2020-05');
    expect(stored?.rows.map((r) => r.task)).not.toContain('伪造的活动');
    expect(stored?.rows).toHaveLength(2);
  });

  it("refuses to sync another garden named by id, and stores nothing for it", async () => {
    const res = await sync(CHENGGUAN_EDITOR, { gardenId: '巷道幼儿园' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'forbidden' });
    await expect(fs.stores.gardenMonths.get('巷道幼儿园', '2020-05')).resolves.toBeNull();
  });

  it("refuses another garden's spreadsheet id (the 提交本月 request shape)", async () => {
    const res = await sync(CHENGGUAN_EDITOR, { spreadsheetId: 'sheet-xiangdao', month: '2020-05' });
    expect(res.status).toBe(403);
    await expect(fs.stores.gardenMonths.get('巷道幼儿园', '2020-05')).resolves.toBeNull();
  });

  it("accepts the caller's own spreadsheet id with the month, as the sheet's script sends it", async () => {
    const res = await sync(XIANGDAO_EDITOR, { spreadsheetId: 'sheet-xiangdao', month: '2020-05' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, gardenId: '巷道幼儿园', errors: 0 });
  });

  it('refuses a caller who edits no garden', async () => {
    expect((await sync(STRANGER)).status).toBe(403);
  });

  it('lets the bureau sync a garden it names, and asks it to name one', async () => {
    const named = await sync(BUREAU_EMAIL, { gardenId: '巷道幼儿园' });
    expect(named.status).toBe(200);
    expect(named.body.gardenId).toBe('巷道幼儿园');
    const unnamed = await sync(BUREAU_EMAIL);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body).toEqual({ error: 'invalid_request', message: '请在请求中指明要同步的园所（gardenId）。' });
  });

  it('answers 404 with a Chinese message for a garden that is not registered', async () => {
    const res = await sync(BUREAU_EMAIL, { gardenId: '不存在幼儿园' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not_found', message: '该园所尚未登记，请联系教育局基教股。' });
  });
});

describe('grantException (bureau only)', () => {
  const grant = async (who: string) => (await request('grantException')).post('/').set('Authorization', bearer(who))
    .send({ gardenId: '城关幼儿园', month: '2020-05', reason: '5月30日全县停电，补报' });

  it('refuses a garden editor, even for its own garden', async () => {
    await sync(CHENGGUAN_EDITOR);
    const res = await grant(CHENGGUAN_EDITOR);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'forbidden' });
    const history = await fs.stores.gardenMonths.history('城关幼儿园', '2020-05');
    expect(history.some((h) => h.kind === 'exception')).toBe(false);
  });

  it('records the grant for the bureau, with the verified caller as grantor', async () => {
    await sync(CHENGGUAN_EDITOR);
    const res = await grant(BUREAU_EMAIL);
    expect(res.status).toBe(200);
    const history = await fs.stores.gardenMonths.history('城关幼儿园', '2020-05');
    expect(history).toContainEqual(expect.objectContaining({ kind: 'exception', by: BUREAU_EMAIL, reason: '5月30日全县停电，补报' }));
  });

  it('answers not_found for a month never reported', async () => {
    const res = await grant(BUREAU_EMAIL);
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('not_found');
  });
});
