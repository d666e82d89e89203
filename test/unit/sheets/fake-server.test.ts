/** The fake speaks the documented API: checked with the real client, so adapter tests rest on solid ground. */
import { sheets, type sheets_v4 } from '@googleapis/sheets';
import { drive, type drive_v3 } from '@googleapis/drive';
import type { FakeGoogleServer } from '../../fakes/sheets-server';
import { serviceAccount, startFake } from './harness';

let fake: FakeGoogleServer;
let api: sheets_v4.Sheets;
let files: drive_v3.Drive;

beforeEach(async () => {
  fake = await startFake();
  const common = { auth: serviceAccount(), rootUrl: fake.rootUrl, retry: false, fetchImplementation: fetch };
  api = sheets({ version: 'v4', ...common });
  files = drive({ version: 'v3', ...common });
  fake.addSpreadsheet({
    id: 'book1', title: '城关幼儿园帮扶计划', parents: ['folder-a'],
    sheets: [
      { title: '计划表', rows: [['2020年帮扶计划'], ['月份', '帮扶时间', '帮扶任务'], ['三月', 43895, '送教', null, ''], [], ['四月', null, '讲座']], merges: ['A3:A4'] },
      { title: 'Sheet2', rows: [[1, true]] },
    ],
  });
});
afterEach(() => fake.stop());

describe('values', () => {
  it('batchGet returns ragged rows without trailing empties, quoted sheet names and serial dates', async () => {
    const res = await api.spreadsheets.values.batchGet({
      spreadsheetId: 'book1', ranges: ["'计划表'!A1:M200", 'Sheet2!A1:B2'],
      valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER', majorDimension: 'ROWS',
    });
    expect(res.data.valueRanges).toEqual([
      { range: "'计划表'!A1:M200", majorDimension: 'ROWS', values: [['2020年帮扶计划'], ['月份', '帮扶时间', '帮扶任务'], ['三月', 43895, '送教'], [], ['四月', '', '讲座']] },
      { range: 'Sheet2!A1:B2', majorDimension: 'ROWS', values: [[1, true]] },
    ]);
  });

  it('USER_ENTERED turns "=…" into a formula, RAW keeps it as text', async () => {
    await api.spreadsheets.values.update({ spreadsheetId: 'book1', range: 'Sheet2!A1', valueInputOption: 'USER_ENTERED', requestBody: { values: [['=HYPERLINK("http://x","y")']] } });
    await api.spreadsheets.values.batchUpdate({ spreadsheetId: 'book1', requestBody: { valueInputOption: 'RAW', data: [{ range: 'Sheet2!B1', values: [['=1+1']] }] } });
    expect(fake.cell('book1', 'Sheet2!A1')).toMatchObject({ formula: '=HYPERLINK("http://x","y")', value: null });
    expect(fake.cell('book1', 'Sheet2!B1')).toEqual({ value: '=1+1' });
  });

  it('USER_ENTERED parses numbers and dates the way typing does', async () => {
    await api.spreadsheets.values.update({ spreadsheetId: 'book1', range: 'Sheet2!A2:C2', valueInputOption: 'USER_ENTERED', requestBody: { values: [['12', '2020-03-05', "'007"]] } });
    const res = await api.spreadsheets.values.get({ spreadsheetId: 'book1', range: 'Sheet2!A2:C2', valueRenderOption: 'UNFORMATTED_VALUE' });
    expect(res.data.values).toEqual([[12, 43895, '007']]);
  });

  it('values.clear empties a range and writes bump the Drive version', async () => {
    const before = fake.spreadsheet('book1').version;
    await api.spreadsheets.values.clear({ spreadsheetId: 'book1', range: "'计划表'!C3:C5" });
    const res = await api.spreadsheets.values.get({ spreadsheetId: 'book1', range: "'计划表'!A3:C5" });
    expect(res.data.values).toEqual([['三月', '43895'], [], ['四月']]);
    expect(fake.spreadsheet('book1').version).toBe(before + 1);
  });

  it('rejects a write without valueInputOption and an unknown sheet, with Google error bodies', async () => {
    await expect(api.spreadsheets.values.update({ spreadsheetId: 'book1', range: 'Sheet2!A1', requestBody: { values: [['x']] } }))
      .rejects.toMatchObject({ status: 400 });
    await expect(api.spreadsheets.values.get({ spreadsheetId: 'book1', range: "'没有'!A1" }))
      .rejects.toMatchObject({ status: 400, response: { data: { error: { status: 'INVALID_ARGUMENT' } } } });
    await expect(api.spreadsheets.values.get({ spreadsheetId: 'nope', range: 'A1' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('spreadsheets', () => {
  it('get honours the field mask and returns merges', async () => {
    const res = await api.spreadsheets.get({ spreadsheetId: 'book1', fields: 'sheets(properties(sheetId,title,gridProperties),merges)' });
    expect(res.data).toEqual({
      sheets: [
        { properties: { sheetId: 0, title: '计划表', gridProperties: { rowCount: 1000, columnCount: 26 } }, merges: [{ sheetId: 0, startRowIndex: 2, endRowIndex: 4, startColumnIndex: 0, endColumnIndex: 1 }] },
        { properties: { sheetId: 1001, title: 'Sheet2', gridProperties: { rowCount: 1000, columnCount: 26 } }, merges: [] },
      ],
    });
  });

  it('get with ranges returns only the sheets they touch, with grid data when the mask asks for it', async () => {
    const res = await api.spreadsheets.get({ spreadsheetId: 'book1', ranges: ['A2:C3'], fields: 'sheets(properties.title,data(startRow,rowData(values(effectiveValue))))' });
    expect(res.data.sheets).toEqual([{
      properties: { title: '计划表' },
      data: [{ startRow: 1, rowData: [
        { values: [{ effectiveValue: { stringValue: '月份' } }, { effectiveValue: { stringValue: '帮扶时间' } }, { effectiveValue: { stringValue: '帮扶任务' } }] },
        { values: [{ effectiveValue: { stringValue: '三月' } }, { effectiveValue: { numberValue: 43895 } }, { effectiveValue: { stringValue: '送教' } }] },
      ] }],
    }]);
  });

  it('batchUpdate applies atomically: one bad request and nothing changes', async () => {
    const requests = [
      { updateCells: { start: { sheetId: 0, rowIndex: 0, columnIndex: 0 }, rows: [{ values: [{ note: 'n' }] }], fields: 'note' } },
      { addSheet: { properties: { title: '计划表' } } },
    ];
    await expect(api.spreadsheets.batchUpdate({ spreadsheetId: 'book1', requestBody: { requests } })).rejects.toMatchObject({ status: 400 });
    expect(fake.cell('book1', "'计划表'!A1")?.note).toBeUndefined();
  });

  it('batchUpdate records and applies sheet, protection, validation, format and chart requests', async () => {
    const res = await api.spreadsheets.batchUpdate({ spreadsheetId: 'book1', requestBody: { requests: [
      { addSheet: { properties: { title: '汇总', gridProperties: { rowCount: 10, columnCount: 3 } } } },
      { updateSheetProperties: { properties: { sheetId: 0, gridProperties: { frozenRowCount: 2 } }, fields: 'gridProperties.frozenRowCount' } },
      { repeatCell: { range: { sheetId: 0, startRowIndex: 1, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 3 }, cell: { userEnteredFormat: { backgroundColor: { red: 1 } } }, fields: 'userEnteredFormat.backgroundColor' } },
      { addProtectedRange: { protectedRange: { range: { sheetId: 0, startRowIndex: 0, endRowIndex: 2 }, warningOnly: true } } },
      { setDataValidation: { range: { sheetId: 0, startRowIndex: 2, startColumnIndex: 4, endColumnIndex: 5 }, rule: { condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: '已完成' }] } } } },
      { addConditionalFormatRule: { index: 0, rule: { ranges: [{ sheetId: 0 }], booleanRule: { condition: { type: 'BLANK' }, format: {} } } } },
      { addChart: { chart: { spec: { title: '完成率' }, position: { sheetId: 0 } } } },
    ] } });
    expect(res.data.replies?.[0].addSheet?.properties).toMatchObject({ title: '汇总', index: 2 });
    expect(res.data.replies?.[3].addProtectedRange?.protectedRange?.protectedRangeId).toEqual(expect.any(Number));
    const sheet = fake.spreadsheet('book1').sheets[0];
    expect(sheet.properties.gridProperties).toMatchObject({ frozenRowCount: 2, rowCount: 1000 });
    expect(fake.cell('book1', "'计划表'!C2")).toMatchObject({ value: '帮扶任务', background: { red: 1 } });
    expect([sheet.protectedRanges.length, sheet.dataValidations.length, sheet.conditionalFormats.length, sheet.charts.length]).toEqual([1, 1, 1, 1]);
    expect(fake.requests('spreadsheets.batchUpdate')[0].body).toMatchObject({ requests: expect.any(Array) });
  });
});

describe('faults', () => {
  it('enforces per-user and per-project quota with Google\'s RESOURCE_EXHAUSTED body', async () => {
    fake.faults.quota = { perUser: 2, perProject: 3 };
    const read = (user: string) => sheets({ version: 'v4', auth: serviceAccount(user), rootUrl: fake.rootUrl, retry: false, fetchImplementation: fetch })
      .spreadsheets.get({ spreadsheetId: 'book1', fields: 'spreadsheetId' });
    await read('a');
    await read('a');
    const err = await read('a').catch((e) => e);
    expect(err.status).toBe(429);
    expect(err.response.data.error).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED', details: [{ reason: 'RATE_LIMIT_EXCEEDED', metadata: { quota_limit: 'ReadRequestsPerMinutePerUser' } }] });
    await read('b');
    await expect(read('c')).rejects.toMatchObject({ response: { data: { error: { details: [{ metadata: { quota_limit: 'ReadRequestsPerMinutePerProject' } }] } } } });
    // Writes have their own quota; a minute later reads are allowed again.
    await api.spreadsheets.values.batchUpdate({ spreadsheetId: 'book1', requestBody: { valueInputOption: 'RAW', data: [] } });
    fake.clock.advance(60_000);
    await expect(read('a')).resolves.toMatchObject({ status: 200 });
  });

  it('scripted storms, failures and slow answers hit only the matching operations', async () => {
    fake.faults.storm({ durationMs: 90_000, status: 503, ops: ['values.batchGet'], retryAfterSeconds: 7 });
    const err = await api.spreadsheets.values.batchGet({ spreadsheetId: 'book1', ranges: ['A1'] }).catch((e) => e);
    expect([err.status, err.response.headers.get('retry-after')]).toEqual([503, '7']);
    await expect(api.spreadsheets.get({ spreadsheetId: 'book1', fields: 'spreadsheetId' })).resolves.toMatchObject({ status: 200 });
    fake.clock.advance(90_000);
    fake.faults.failNext(1, 500);
    await expect(api.spreadsheets.values.batchGet({ spreadsheetId: 'book1', ranges: ['A1'] })).rejects.toMatchObject({ status: 500 });
    await expect(api.spreadsheets.values.batchGet({ spreadsheetId: 'book1', ranges: ['A1'] })).resolves.toMatchObject({ status: 200 });
    expect(fake.requests().map((r) => [r.op, r.status, r.user])).toEqual([
      ['values.batchGet', 503, 'svc-bangfu'], ['spreadsheets.get', 200, 'svc-bangfu'], ['values.batchGet', 500, 'svc-bangfu'], ['values.batchGet', 200, 'svc-bangfu'],
    ]);
  });
});

describe('drive', () => {
  beforeEach(() => {
    fake.clock.advance(60_000);
    fake.addSpreadsheet({ id: 'book2', title: '二园', parents: ['folder-a'] });
    fake.addSpreadsheet({ id: 'doc', title: '说明', parents: ['folder-a'], mimeType: 'application/vnd.google-apps.document' });
    fake.addSpreadsheet({ id: 'book3', title: '外园', parents: ['folder-b'] });
  });

  it('lists by modifiedTime, mimeType, parent and trashed, with version and modifiedTime', async () => {
    const since = new Date(fake.clock.now() - 1).toISOString();
    const res = await files.files.list({
      q: `modifiedTime > '${since}' and mimeType = 'application/vnd.google-apps.spreadsheet' and 'folder-a' in parents and trashed = false`,
      fields: 'nextPageToken,files(id,name,version,modifiedTime)',
    });
    expect(res.data).toEqual({ files: [{ id: 'book2', name: '二园', version: '1', modifiedTime: new Date(fake.clock.now()).toISOString() }] });
  });

  it('pages with pageSize and pageToken, and without fields returns the default subset', async () => {
    const first = await files.files.list({ q: "mimeType = 'application/vnd.google-apps.spreadsheet'", pageSize: 2 });
    expect(first.data.files).toEqual([
      { kind: 'drive#file', id: 'book1', name: '城关幼儿园帮扶计划', mimeType: 'application/vnd.google-apps.spreadsheet' },
      { kind: 'drive#file', id: 'book2', name: '二园', mimeType: 'application/vnd.google-apps.spreadsheet' },
    ]);
    const second = await files.files.list({ q: "mimeType = 'application/vnd.google-apps.spreadsheet'", pageSize: 2, pageToken: first.data.nextPageToken ?? undefined });
    expect(second.data.files?.map((f) => f.id)).toEqual(['book3']);
    expect(second.data.nextPageToken).toBeUndefined();
  });

  it('rejects a query it does not understand, like Drive', async () => {
    await expect(files.files.list({ q: "fullText contains 'x'" })).rejects.toMatchObject({ status: 400 });
  });

  it('copies a file and shares it', async () => {
    const copy = await files.files.copy({ fileId: 'book1', requestBody: { name: '新园计划', parents: ['folder-b'] }, fields: 'id,name,parents' });
    expect(copy.data).toMatchObject({ name: '新园计划', parents: ['folder-b'] });
    const perm = await files.permissions.create({ fileId: copy.data.id as string, requestBody: { type: 'user', role: 'writer', emailAddress: 'a@b.cn' } });
    expect(perm.data).toMatchObject({ type: 'user', role: 'writer' });
    expect(fake.spreadsheet(copy.data.id as string).sheets[0].cells[2][0]?.value).toBe('三月');
    const got = await files.files.get({ fileId: copy.data.id as string, fields: 'id,version' });
    expect(got.data).toEqual({ id: copy.data.id, version: '1' });
  });
});
