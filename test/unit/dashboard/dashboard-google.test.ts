import { googleClients, RequestGate, sheetsBudgets } from '../../../functions/src/adapters/sheets';
import { GoogleDashboardWriter } from '../../../functions/src/adapters/sheets/dashboard-google';
import { buildDashboard } from '../../../functions/src/core/dashboard';
import { REGISTER_SHEET } from '../../../functions/src/core/spot-checks';
import { readRegister } from '../../../functions/src/usecases/spot-check-register';
import type { FakeGoogleServer } from '../../fakes/sheets-server';
import { roster } from '../assessment/builders';
import { adaptersFor, seededRandom, serviceAccount, startFake } from '../sheets/harness';
import { FORMULA_TASK, dashboardInput } from './scenario';

const ID = 'dashboard-sheet';

describe('Google dashboard writer against the local Sheets server', () => {
  let fake: FakeGoogleServer;
  let writer: GoogleDashboardWriter;
  const input = dashboardInput();
  beforeAll(async () => {
    fake = await startFake();
    fake.addSpreadsheet({ id: ID, title: '高台县结对帮扶看板', sheets: [{ title: 'Sheet1' }] });
    const clients = googleClients({ auth: serviceAccount(), rootUrl: fake.rootUrl, fetchImplementation: fake.clock.trackFetch() });
    const gate = new RequestGate({ now: fake.clock.now, sleep: fake.clock.sleep, random: seededRandom() });
    writer = new GoogleDashboardWriter({ clients, gate, budgets: sheetsBudgets() });
  });
  afterAll(() => fake.stop());

  const sheet = (title: string) => fake.spreadsheet(ID).sheets.find((s) => s.properties.title === title)!;
  const bodyOf = (i: number) => (fake.requests('spreadsheets.batchUpdate')[i].body as { requests: Record<string, any>[] }).requests; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('creates the six tabs with one read and one atomic batchUpdate, text as stringValue only', async () => {
    await writer.write(ID, buildDashboard(input));
    expect(fake.requests().map((r) => r.op)).toEqual(['spreadsheets.get', 'spreadsheets.batchUpdate']);
    const requests = bodyOf(0);
    expect(requests.filter((r) => r.addSheet).map((r) => [r.addSheet.properties.sheetId, r.addSheet.properties.title])).toEqual([
      [101, '总览'], [102, '月度完成矩阵'], [103, '帮扶对子'], [104, '问题清单'], [105, '抽查登记'], [106, '学期考核'],
    ]);
    expect(requests.filter((r) => r.addChart).map((r) => r.addChart.chart.position.overlayPosition.anchorCell.sheetId)).toEqual([101, 101]);
    expect(JSON.stringify(requests)).not.toContain('formulaValue');
    expect(fake.cell(ID, "'总览'!B4")?.value).toBe(input.month.summary.reportingRate);
    expect(fake.cell(ID, "'抽查登记'!C3")).toEqual(expect.objectContaining({ value: FORMULA_TASK }));
    expect(fake.cell(ID, "'抽查登记'!C3")?.formula).toBeUndefined();
    expect(sheet('抽查登记').properties.gridProperties.frozenRowCount).toBe(2);
    expect(sheet('月度完成矩阵').conditionalFormats).toHaveLength(12);
    expect(sheet('总览').charts).toHaveLength(2);
    expect(sheet('抽查登记').protectedRanges).toEqual([
      expect.objectContaining({ description: 'bangfu:表头', range: expect.objectContaining({ startRowIndex: 0, endRowIndex: 2 }) }),
      expect.objectContaining({ description: 'bangfu:系统填写', range: expect.objectContaining({ startColumnIndex: 7, endColumnIndex: 8 }) }),
    ]);
    expect(sheet('抽查登记').dataValidations).toEqual(expect.arrayContaining([expect.objectContaining({
      range: expect.objectContaining({ startColumnIndex: 4 }), rule: expect.objectContaining({ condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: '属实' }, { userEnteredValue: '虚报' }] } }),
    })]));
  });

  it('reads a verdict the bureau typed back through the sheet port, and regenerating keeps it', async () => {
    fake.userEdit(ID, "'抽查登记'!A7:G7", [['黑泉幼儿园', '2020-05', 5, '2020-06-08', '虚报', '无活动记录', '闫康']], 'RAW');
    const { source } = adaptersFor(fake, { planSheetTitle: REGISTER_SHEET, spreadsheetIds: [ID] });
    const register = await readRegister({ source, ref: { location: ID, title: '看板' }, isMissing: () => false }, { roster: roster(), timezone: 'Asia/Shanghai' });
    expect(register.checks.find((c) => c.id === '抽查登记第7行')).toMatchObject({ gardenId: '黑泉幼儿园', verdict: 'falsified', activity: { row: 5 } });
    expect(register.checks.find((c) => c.id === '抽查登记第3行')?.activity).toEqual({ task: FORMULA_TASK });

    fake.clearLog();
    await writer.write(ID, buildDashboard({ ...input, register }));
    const requests = bodyOf(0);
    expect(requests.some((r) => r.addSheet)).toBe(false);
    expect(requests.filter((r) => r.deleteEmbeddedObject)).toHaveLength(2);
    // The bureau's cells are never in a write: below the header, 抽查登记 is written from column H only.
    const registerWrites = requests.filter((r) => r.updateCells?.start?.sheetId === 105).map((r) => r.updateCells);
    expect(registerWrites.map((u) => [u.start.rowIndex, u.start.columnIndex, u.rows.length])).toEqual([[0, 0, 2], [2, 7, 5]]);
    expect(fake.cell(ID, "'抽查登记'!A7")?.value).toBe('黑泉幼儿园');
    expect(fake.cell(ID, "'抽查登记'!F7")?.value).toBe('无活动记录');
    expect(fake.cell(ID, "'抽查登记'!H7")?.value).toBe('已应用：虚报，相关项目按零分计算');
    expect(sheet('总览').charts).toHaveLength(2);
    expect(sheet('月度完成矩阵').conditionalFormats).toHaveLength(12);
    expect(sheet('抽查登记').protectedRanges).toHaveLength(2);
    expect(fake.spreadsheet(ID).sheets.map((s) => s.properties.sheetId)).toEqual([101, 102, 103, 104, 105, 106, 0]);
  });
});
