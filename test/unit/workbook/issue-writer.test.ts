import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { ISSUE_LIST_SHEET, type Issue } from '../../../schemas';
import { readPlanTable } from '../../../functions/src/core/intake';
import { CHECK_NOTE_PREFIX } from '../../../functions/src/core/template';
import {
  ERROR_FILL, WARNING_FILL, XlsxIssueWriter, readWorkbookFile, readWorkbookGrid, xlsxRef,
} from '../../../functions/src/adapters/workbook';
import { buildBadRows } from '../../fixtures/workbook/bad-rows';
import { makeTempDir, removeTempDir } from '../../fixtures/workbook/build';

const GARDEN_GREEN: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await removeTempDir(dir); });

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const noteText = (cell: ExcelJS.Cell): string | undefined => {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (note === undefined || typeof note === 'string') return note;
  return note.texts?.map((run) => run.text).join('');
};
const fillColour = (cell: ExcelJS.Cell): string | undefined =>
  cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? undefined) : undefined;

/** The bad-rows table as a garden kept it: its own notes and a green cell, saved in June. */
async function gardenCopy(name: string): Promise<{ file: string; issues: Issue[] }> {
  const fixture = await buildBadRows(dir, name);
  const workbook = await open(fixture.path);
  const sheet = workbook.getWorksheet('Sheet1')!;
  sheet.getCell('B3').note = '六月只有30天？';
  sheet.getCell('C3').note = '请张老师核对课题';
  sheet.getCell('B5').style = { ...sheet.getCell('B5').style, fill: GARDEN_GREEN };
  await workbook.xlsx.writeFile(fixture.path);
  return { file: fixture.path, issues: fixture.issues };
}

const warning: Issue = {
  row: 9, cell: 'C9', column: '帮扶任务', severity: 'warning', code: 'evidence.missing', message: 'C9：已完成的活动缺少方案、记录',
};

describe('XlsxIssueWriter', () => {
  it('marks each offending cell with a note and a fill, lists the issues, and keeps the garden’s notes and colours', async () => {
    const { file, issues } = await gardenCopy('write.xlsx');
    const before = await readWorkbookFile(file);
    await new XlsxIssueWriter().writeIssues(xlsxRef(file), [...issues, warning]);

    const sheet = (await open(file)).getWorksheet('Sheet1')!;
    expect(noteText(sheet.getCell('B3'))).toBe(`${CHECK_NOTE_PREFIX}B3：日期“6月31日”不存在\n—— 原批注 ——\n六月只有30天？`);
    expect(noteText(sheet.getCell('A4'))).toBe(`${CHECK_NOTE_PREFIX}A4：月份“13月”无法识别，请写成“3月”或“三月”`);
    expect(noteText(sheet.getCell('D6'))).toBe(`${CHECK_NOTE_PREFIX}D6：已完成的活动须填写负责人`);
    expect(noteText(sheet.getCell('C9'))).toBe(`${CHECK_NOTE_PREFIX}C9：已完成的活动缺少方案、记录`);
    expect(noteText(sheet.getCell('C3'))).toBe('请张老师核对课题');
    for (const address of ['B3', 'A4', 'B5', 'D6', 'E7', 'B8']) expect([address, fillColour(sheet.getCell(address))]).toEqual([address, ERROR_FILL]);
    expect(fillColour(sheet.getCell('C9'))).toBe(WARNING_FILL);
    // Cells sharing a style with a marked cell stay as they were (exceljs shares style objects between cells).
    for (const address of ['C3', 'C4', 'B9', 'E9']) expect([address, fillColour(sheet.getCell(address))]).toEqual([address, undefined]);

    // The cells themselves are untouched, the plan sheet is still the one read, and the save time is kept.
    const after = await readWorkbookFile(file);
    expect(after.grid).toEqual(before.grid);
    expect(after.source.modifiedAt).toBe(before.source.modifiedAt);
    expect(after.source.version).not.toBe(before.source.version);
  });

  it('writes a 问题清单 sheet, errors and warnings by row, and user text cannot become a formula', async () => {
    const { file } = await gardenCopy('list.xlsx');
    const sneaky: Issue = { ...warning, cell: 'F3', row: 3, column: '=HYPERLINK("http://x.cn","点我")', message: '=1+1' };
    await new XlsxIssueWriter().writeIssues(xlsxRef(file), [warning, sneaky]);
    const list = (await open(file)).getWorksheet(ISSUE_LIST_SHEET)!;
    const rows = list.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1));
    expect(rows).toEqual([
      ['行号', '单元格', '栏目', '级别', '问题说明'],
      [3, 'F3', '\'=HYPERLINK("http://x.cn","点我")', '提醒', '\'=1+1'],
      [9, 'C9', '帮扶任务', '提醒', 'C9：已完成的活动缺少方案、记录'],
    ]);
    list.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('does not rewrite the file when it already shows exactly these issues', async () => {
    const { file, issues } = await gardenCopy('idempotent.xlsx');
    const writer = new XlsxIssueWriter();
    await writer.writeIssues(xlsxRef(file), issues);
    const once = await readFile(file);
    await writer.writeIssues(xlsxRef(file), [...issues].reverse());
    expect((await readFile(file)).equals(once)).toBe(true);
  });

  it('clears its own marks once fixed, restoring the garden’s note and colour, and leaves no trace when all is fixed', async () => {
    const { file, issues } = await gardenCopy('fixed.xlsx');
    const writer = new XlsxIssueWriter();
    await writer.writeIssues(xlsxRef(file), issues);

    // The garden fixes everything but 6月31日 and the missing 负责人.
    const remaining = issues.filter((issue) => issue.cell === 'B3' || issue.cell === 'D6');
    await writer.writeIssues(xlsxRef(file), remaining);
    let workbook = await open(file);
    let sheet = workbook.getWorksheet('Sheet1')!;
    expect(noteText(sheet.getCell('B3'))).toBe(`${CHECK_NOTE_PREFIX}B3：日期“6月31日”不存在\n—— 原批注 ——\n六月只有30天？`);
    expect(noteText(sheet.getCell('A4'))).toBeUndefined();
    expect(fillColour(sheet.getCell('A4'))).toBeUndefined();
    expect(fillColour(sheet.getCell('B5'))).toBe('FFC6EFCE'); // the garden's green is back
    expect(workbook.getWorksheet(ISSUE_LIST_SHEET)!.rowCount).toBe(3);

    await writer.writeIssues(xlsxRef(file), []);
    workbook = await open(file);
    sheet = workbook.getWorksheet('Sheet1')!;
    expect(noteText(sheet.getCell('B3'))).toBe('六月只有30天？');
    expect(noteText(sheet.getCell('C3'))).toBe('请张老师核对课题');
    expect(noteText(sheet.getCell('D6'))).toBeUndefined();
    expect(fillColour(sheet.getCell('B3'))).toBeUndefined();
    expect(fillColour(sheet.getCell('D6'))).toBeUndefined();
    expect(fillColour(sheet.getCell('B5'))).toBe('FFC6EFCE');
    sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => expect(noteText(cell) ?? '').not.toContain(CHECK_NOTE_PREFIX)));
    expect(workbook.getWorksheet(ISSUE_LIST_SHEET)!.getCell('A2').value).toBe('未发现问题。');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sheet1', ISSUE_LIST_SHEET]);
  });

  it('leaves a clean file alone when there is nothing to report', async () => {
    const { file } = await gardenCopy('clean.xlsx');
    const before = await readFile(file);
    await new XlsxIssueWriter().writeIssues(xlsxRef(file), []);
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('marks exactly the issues intake finds in the file, end to end', async () => {
    const { file } = await gardenCopy('intake.xlsx');
    const table = readPlanTable(await readWorkbookGrid(file));
    await new XlsxIssueWriter().writeIssues(xlsxRef(file), table.issues);
    const sheet = (await open(file)).getWorksheet('Sheet1')!;
    const marked: string[] = [];
    sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => {
      if (noteText(cell)?.startsWith(CHECK_NOTE_PREFIX)) marked.push(cell.address);
    }));
    expect(marked.sort()).toEqual(table.issues.map((issue) => issue.cell).sort());
  });
});
