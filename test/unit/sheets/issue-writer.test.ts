/** GoogleIssueWriter against the fake: marks, the 问题清单 tab, clearing fixed issues, leaving the garden's own marks. */
import type { Issue } from '../../../schemas';
import type { FakeGoogleServer } from '../../fakes/sheets-server';
import { ERROR_COLOR, WARNING_COLOR } from '../../../functions/src/adapters/sheets/issue-marks';
import { PLAN_HEADER, adaptersFor, startFake } from './harness';

let fake: FakeGoogleServer;
beforeEach(async () => {
  fake = await startFake();
  fake.addSpreadsheet({
    id: 'g1', title: '城关幼儿园',
    sheets: [{
      title: '计划表',
      rows: [PLAN_HEADER, ['六月', '6月31日', '=HYPERLINK("http://evil.example","点我")', '', '已完成'], ['六月', '6月3日', '观摩', '李老师', '完成了吗']],
      notes: { E1: '园长的备注' },
    }],
  });
});
afterEach(() => fake.stop());

const ref = { location: 'g1', title: '城关幼儿园' };
const dateIssue: Issue = { row: 2, cell: 'B2', column: '帮扶时间', severity: 'error', code: 'date.impossible', message: 'B2：日期“6月31日”不存在' };
const taskIssue: Issue = { row: 2, cell: 'C2', column: '帮扶任务', severity: 'warning', code: 'evidence.missing', message: 'C2：活动“=HYPERLINK("http://evil.example","点我")”缺少方案、记录、总结、图片' };
const personIssue: Issue = { row: 2, cell: 'D2', column: '负责人', severity: 'error', code: 'person.missing', message: 'D2：已完成的活动必须填写负责人' };
const statusIssue: Issue = { row: 3, cell: 'E3', column: '完成情况', severity: 'error', code: 'status.unknown', message: 'E3：无法识别完成情况“完成了吗”' };

function tabRows(): unknown[][] {
  const tab = fake.spreadsheet('g1').sheets.find((s) => s.properties.title === '问题清单');
  return (tab?.cells ?? []).map((row) => (row ?? []).map((c) => c?.formula ?? c?.value ?? null)).filter((r) => r.some((v) => v !== null));
}

it('notes and colours the offending cells and lists the issues on a 问题清单 tab, in one write', async () => {
  const { writer } = adaptersFor(fake);
  await writer.writeIssues(ref, [dateIssue, taskIssue]);
  expect(fake.cell('g1', "'计划表'!B2")).toMatchObject({ value: '6月31日', note: '【帮扶检查】\nB2：日期“6月31日”不存在', background: ERROR_COLOR });
  expect(fake.cell('g1', "'计划表'!C2")).toMatchObject({ background: WARNING_COLOR });
  expect(tabRows()).toEqual([
    ['行号', '单元格', '栏目', '级别', '问题说明'],
    [2, 'B2', '帮扶时间', '错误', 'B2：日期“6月31日”不存在'],
    [2, 'C2', '帮扶任务', '提醒', taskIssue.message],
  ]);
  expect(fake.requests().filter((r) => r.method !== 'GET').map((r) => r.op)).toEqual(['spreadsheets.batchUpdate']);
});

it('user text starting with "=" stays text: nothing we write becomes a formula', async () => {
  const { writer } = adaptersFor(fake);
  await writer.writeIssues(ref, [{ ...taskIssue, message: '=HYPERLINK("http://evil.example","点我")' }]);
  const cells = fake.spreadsheet('g1').sheets.flatMap((s) => s.cells.flat()).filter((c) => c?.formula !== undefined);
  // The garden typed C2 as text; neither it nor our copy of it in the note and the list became a formula.
  expect(cells).toHaveLength(0);
  expect(tabRows()[1][4]).toBe('=HYPERLINK("http://evil.example","点我")');
});

it('clears the marks of fixed issues, keeps the garden\'s own notes, and updates the list', async () => {
  const { writer } = adaptersFor(fake);
  await writer.writeIssues(ref, [dateIssue, personIssue, statusIssue]);
  await writer.writeIssues(ref, [statusIssue]);
  expect(fake.cell('g1', "'计划表'!B2")).toEqual({ value: '6月31日' });
  expect(fake.cell('g1', "'计划表'!D2")?.note).toBeUndefined();
  expect(fake.cell('g1', "'计划表'!E3")).toMatchObject({ note: expect.stringContaining('无法识别完成情况'), background: ERROR_COLOR });
  expect(fake.cell('g1', "'计划表'!E1")).toMatchObject({ value: '完成情况', note: '园长的备注' });
  expect(tabRows()).toHaveLength(2);
  await writer.writeIssues(ref, []);
  expect(fake.cell('g1', "'计划表'!E3")?.note).toBeUndefined();
  expect(tabRows()).toEqual([['行号', '单元格', '栏目', '级别', '问题说明']]);
});

it('writes nothing when the issues did not change, so the sheet\'s Drive version stays put', async () => {
  const { writer } = adaptersFor(fake);
  await writer.writeIssues(ref, [dateIssue, statusIssue]);
  const version = fake.spreadsheet('g1').version;
  await writer.writeIssues(ref, [statusIssue, dateIssue]);
  expect(fake.spreadsheet('g1').version).toBe(version);
  expect(fake.requests('spreadsheets.batchUpdate')).toHaveLength(1);
});

it('retries an update (idempotent) after a 503, but not the first write that creates the tab and ledger', async () => {
  const { writer } = adaptersFor(fake);
  fake.faults.failNext(1, 503, { ops: ['spreadsheets.batchUpdate'] });
  await expect(writer.writeIssues(ref, [dateIssue])).rejects.toMatchObject({ status: 503, attempts: 1 });
  await writer.writeIssues(ref, [dateIssue]);
  fake.faults.failNext(1, 503, { ops: ['spreadsheets.batchUpdate'] });
  await writer.writeIssues(ref, [statusIssue]);
  expect(fake.requests('spreadsheets.batchUpdate').map((r) => r.status)).toEqual([503, 200, 503, 200]);
  expect(fake.cell('g1', "'计划表'!B2")?.note).toBeUndefined();
});

it('two write-backs to one sheet at once both land: the one whose creating batch is rejected reads again and updates', async () => {
  const { writer } = adaptersFor(fake);
  // Both read the sheet before either writes, so both try to create the 问题清单 tab and the ledger.
  await Promise.all([writer.writeIssues(ref, [dateIssue]), writer.writeIssues(ref, [statusIssue])]);
  const tabs = fake.spreadsheet('g1').sheets.filter((s) => s.properties.title === '问题清单');
  expect(tabs).toHaveLength(1);
  const writes = fake.requests().filter((r) => r.method !== 'GET').map((r) => r.op);
  expect(writes).toEqual(['spreadsheets.batchUpdate', 'spreadsheets.batchUpdate', 'spreadsheets.batchUpdate']);
  // Whichever landed last, the tab and the marks agree with it.
  const listed = tabRows().slice(1).map((r) => r[1]);
  expect(listed).toHaveLength(1);
  expect(fake.cell('g1', `'计划表'!${listed[0] as string}`)).toMatchObject({ background: ERROR_COLOR });
});
