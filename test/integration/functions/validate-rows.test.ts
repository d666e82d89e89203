import { bearer, BUREAU_EMAIL, CHENGGUAN_EDITOR, request, STRANGER, useFunctions, XIANGDAO_EDITOR } from './harness';

const fs = useFunctions();

const HEADER = ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况'];
const TITLE = ['高台县城关幼儿园2020年结对帮扶工作计划表'];
const body = {
  rows: [TITLE, HEADER, ['六月', '6月5日', '送教下乡：大班科学活动', '王芳', '已完成'], ['六月', '6月31日', '观摩半日活动', '王芳', '已完成']],
};
const now = () => Math.floor(Date.now() / 1000);

describe('validateRows: who may call', () => {
  it('refuses a request without a token', async () => {
    const res = await (await request('validateRows')).post('/').send(body);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'unauthenticated' });
  });

  it('refuses an expired token', async () => {
    const res = await (await request('validateRows')).post('/')
      .set('Authorization', bearer(CHENGGUAN_EDITOR, { iat: now() - 7200, exp: now() - 3600 })).send(body);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'unauthenticated' });
  });

  it('logs why a token was refused, never the token itself', async () => {
    const token = bearer(CHENGGUAN_EDITOR, { iat: now() - 7200, exp: now() - 3600 });
    const lines: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    try {
      await (await request('validateRows')).post('/').set('Authorization', token).send(body);
    } finally {
      spy.mockRestore();
    }
    const entries = lines.map((l) => JSON.parse(l));
    expect(entries).toContainEqual(expect.objectContaining({ severity: 'WARNING', function: 'validateRows', status: 401, reason: 'expired' }));
    expect(lines.join('')).not.toContain(token.slice(7).split('.')[1]);
  });

  it('refuses a token minted for another audience', async () => {
    const res = await (await request('validateRows')).post('/')
      .set('Authorization', bearer(CHENGGUAN_EDITOR, { aud: 'another-app.apps.googleusercontent.com' })).send(body);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'unauthenticated' });
  });

  it('refuses a token whose email is not verified', async () => {
    const res = await (await request('validateRows')).post('/')
      .set('Authorization', bearer(CHENGGUAN_EDITOR, { email_verified: false })).send(body);
    expect(res.status).toBe(401);
  });

  it('refuses a valid token of someone who edits no garden and is not the bureau', async () => {
    const res = await (await request('validateRows')).post('/').set('Authorization', bearer(STRANGER)).send(body);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'forbidden' });
  });

  it('does not describe the body to an anonymous caller', async () => {
    const res = await (await request('validateRows')).post('/').send({ nonsense: true });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'unauthenticated' });
  });

  it('accepts only POST', async () => {
    const res = await (await request('validateRows')).get('/').set('Authorization', bearer(CHENGGUAN_EDITOR));
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });
});

describe('validateRows: checking rows', () => {
  it('reports a bad date to a garden editor in Chinese, naming the cell', async () => {
    const res = await (await request('validateRows')).post('/').set('Authorization', bearer(CHENGGUAN_EDITOR)).send(body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 1, errors: 1, warnings: 0 });
    expect(res.body.issues).toEqual([
      { row: 4, cell: 'B4', column: '帮扶时间', severity: 'error', code: 'date.impossible', message: 'B4：日期“6月31日”不存在', month: '2020-06' },
    ]);
    expect(res.body.summary).toBe('1 条活动可以接收；发现1 处错误，请按提示修改。');
  });

  it('names the real sheet cells when rows are posted from further down the sheet', async () => {
    const res = await (await request('validateRows')).post('/').set('Authorization', bearer(XIANGDAO_EDITOR))
      .send({ rows: [HEADER, ['三月', '3月32日', '观摩', '李红', '']], startRow: 10, year: 2020 });
    expect(res.status).toBe(200);
    expect(res.body.issues.map((i: { cell: string; message: string }) => [i.cell, i.message])).toEqual([['B11', 'B11：日期“3月32日”不存在']]);
  });

  it('serves the bureau too', async () => {
    const res = await (await request('validateRows')).post('/').set('Authorization', bearer(BUREAU_EMAIL)).send(body);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBe(1);
  });

  it('answers a malformed body with invalid_request and a Chinese list of fields', async () => {
    const res = await (await request('validateRows')).post('/').set('Authorization', bearer(CHENGGUAN_EDITOR))
      .send({ rows: 'not rows', startRow: 0 });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'invalid_request', message: '请求内容不正确，请检查：rows、startRow' });
  });

  it('stores nothing: only syncGarden changes stored months', async () => {
    const res = await (await request('validateRows')).post('/').set('Authorization', bearer(CHENGGUAN_EDITOR)).send(body);
    expect(res.status).toBe(200);
    await expect(fs.stores.gardenMonths.listMonth('2020-06')).resolves.toEqual([]);
  });
});
