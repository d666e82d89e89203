import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, readWorkbookGrid, WorkbookError } from '../../../functions/src/adapters/workbook';
import { workbookSourceVersion } from '../../../functions/src/adapters/workbook/load';
import { buildAttachment3, ATTACHMENT3_NOTE, DATE_PLACEHOLDER } from '../../fixtures/workbook/attachment3';
import { makeTempDir, newWorkbook, removeTempDir, saveWorkbook } from '../../fixtures/workbook/build';
import { buildRealDate } from '../../fixtures/workbook/real-date';

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await removeTempDir(dir); });

describe('readWorkbookGrid', () => {
  it('gives the 附件3 form as ragged rows with values only in merge anchors and 0-based end-exclusive merges', async () => {
    const fixture = await buildAttachment3(dir);
    const grid = await readWorkbookGrid(fixture.path);
    expect(grid.sheetName).toBe('Sheet1');
    expect(grid.rows[0]).toEqual(['光彩幼儿园2020年结对帮扶工作计划表']);
    expect(grid.rows[1]).toEqual(['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况']);
    expect(grid.rows[2]).toEqual(['三', '3月12日', '送教下乡示范课：大班科学《有趣的沉浮》', '张丽', '已完成']);
    // Row 4 sits under the merged 三: no month of its own.
    expect(grid.rows[3]).toEqual([null, '3 月 26 日', '区域活动观摩与交流', '王芳', '完成']);
    expect(grid.rows[7]).toEqual(['五', 5.14, '送教下乡：中班美术《春天的花》', '李娜', '已完成']);
    expect(grid.rows[12]).toEqual([null, DATE_PLACEHOLDER]);
    expect(grid.rows[24]).toEqual([ATTACHMENT3_NOTE]);
    expect(grid.rows).toHaveLength(25);
    expect(grid.merges).toEqual(expect.arrayContaining([
      { startRow: 0, endRow: 1, startCol: 0, endCol: 5 }, // title A1:E1
      { startRow: 2, endRow: 4, startCol: 0, endCol: 1 }, // 三 A3:A4
      { startRow: 4, endRow: 7, startCol: 0, endCol: 1 }, // 四 A5:A7
      { startRow: 22, endRow: 24, startCol: 0, endCol: 1 }, // 十二 A23:A24
      { startRow: 24, endRow: 25, startCol: 0, endCol: 5 }, // 备注 A25:E25
    ]));
    expect(grid.merges).toHaveLength(10);
  });

  it('normalises every kind of cell: rich text, formulas, errors, hyperlinks, booleans, dates', async () => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('杂项');
    sheet.getCell('A1').value = { richText: [{ text: '送教' }, { text: '下乡', font: { bold: true } }] };
    sheet.getCell('B1').value = { formula: '1+2', result: 3 };
    sheet.getCell('C1').value = { formula: 'A9', result: { error: '#REF!' } };
    sheet.getCell('D1').value = { error: '#VALUE!' };
    sheet.getCell('E1').value = { text: '活动方案', hyperlink: 'https://example.cn/plan.docx' };
    sheet.getCell('F1').value = true;
    sheet.getCell('G1').value = { formula: 'DATE(2020,5,20)', result: new Date(Date.UTC(2020, 4, 20)) };
    sheet.getCell('G1').numFmt = 'yyyy-mm-dd';
    sheet.getCell('H1').value = { formula: 'B1', result: undefined } as ExcelJS.CellFormulaValue;
    sheet.getCell('I1').value = '=1+1 typed as text';
    sheet.getCell('J1').value = '';
    sheet.getCell('A3').value = 'after a blank row';
    const grid = await readWorkbookGrid(await saveWorkbook(workbook, dir, 'kinds.xlsx'));
    expect(grid.rows).toEqual([
      ['送教下乡', 3, '#REF!', '#VALUE!', '活动方案', true, 43971, null, '=1+1 typed as text'],
      [],
      ['after a blank row'],
    ]);
  });

  it('gives dates as 1900-system serial numbers, also from a 1904 workbook', async () => {
    const g1900 = await readWorkbookGrid((await buildRealDate(dir)).path);
    const g1904 = await readWorkbookGrid((await buildRealDate(dir, { date1904: true })).path);
    // 2020-05-20 is serial 43971 counted from 1899-12-30.
    expect(g1900.rows[2][1]).toBe(43971);
    expect(g1900.rows[3][1]).toBe(43982);
    expect(g1904.rows[2][1]).toBe(43971);
  });

  it('reads the same grid from the file’s bytes', async () => {
    const fixture = await buildAttachment3(dir, 'bytes.xlsx');
    expect(await readWorkbookGrid(await readFile(fixture.path))).toEqual(await readWorkbookGrid(fixture.path));
  });

  it('picks the first sheet that looks like a plan table, a named sheet, or else the first sheet', async () => {
    const workbook = newWorkbook();
    workbook.addWorksheet('填写说明').getCell('A1').value = '请按月填写帮扶活动。';
    const plan = workbook.addWorksheet('计划');
    plan.addRow(['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况']);
    workbook.addWorksheet('统计').getCell('A1').value = 42;
    const file = await saveWorkbook(workbook, dir, 'sheets.xlsx');
    expect((await readWorkbookGrid(file)).sheetName).toBe('计划');
    expect((await readWorkbookGrid(file, { sheet: '统计' })).rows).toEqual([[42]]);
    await expect(readWorkbookGrid(file, { sheet: '五月' })).rejects.toThrow('无法读取文件“sheets.xlsx”：找不到工作表“五月”');

    const noPlan = newWorkbook();
    noPlan.addWorksheet('甲').getCell('A1').value = '甲';
    noPlan.addWorksheet('乙').getCell('A1').value = '乙';
    expect((await readWorkbookGrid(await saveWorkbook(noPlan, dir, 'noplan.xlsx'))).sheetName).toBe('甲');
  });
});

describe('readWorkbookFile source version', () => {
  it('is the short sha256 of the bytes and the workbook’s own modified time', async () => {
    const fixture = await buildAttachment3(dir, 'version.xlsx');
    const { source } = await readWorkbookFile(fixture.path);
    expect(source.version).toBe(createHash('sha256').update(await readFile(fixture.path)).digest('hex').slice(0, 16));
    expect(source.modifiedAt).toBe('2020-06-30T02:00:00.000Z');
  });

  it('falls back to the file’s mtime when the workbook has no modified property', () => {
    // exceljs always writes `modified`, so the case is built in memory: a parsed file without it leaves it undefined.
    const workbook = new ExcelJS.Workbook();
    (workbook as { modified?: Date }).modified = undefined;
    const mtime = new Date('2020-07-01T08:30:00Z');
    expect(workbookSourceVersion(Buffer.from('x'), workbook, mtime)).toEqual({
      version: createHash('sha256').update('x').digest('hex').slice(0, 16),
      modifiedAt: '2020-07-01T08:30:00.000Z',
    });
    expect(workbookSourceVersion(Buffer.from('x'), null, mtime).modifiedAt).toBe('2020-07-01T08:30:00.000Z');
  });
});

describe('files that are not usable workbooks', () => {
  const cases: Array<[string, string, Buffer, WorkbookError['code'], string]> = [
    ['an old binary .xls', '旧表.xls', Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'), 'legacy_xls',
      '无法读取文件“旧表.xls”：这是旧版 Excel（.xls）格式或设置了打开密码的工作簿，请在 WPS 或 Excel 中“另存为” Excel 工作簿（*.xlsx）且不设密码后再试'],
    ['a CSV renamed to .xlsx', 'x.xlsx', Buffer.from('月份,帮扶任务\n三,送教\n'), 'not_xlsx', '无法读取文件“x.xlsx”：不是有效的 Excel 工作簿（.xlsx）'],
    ['an empty file', 'empty.xlsx', Buffer.alloc(0), 'not_xlsx', '无法读取文件“empty.xlsx”：不是有效的 Excel 工作簿（.xlsx）'],
    ['a truncated zip', 'cut.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 7)]), 'corrupt',
      '无法读取文件“cut.xlsx”：文件已损坏，不是有效的 Excel 工作簿'],
  ];

  it.each(cases)('rejects %s with a typed error and a Chinese message', async (_name, file, bytes, code, message) => {
    const target = path.join(dir, file);
    await writeFile(target, bytes);
    const error = await readWorkbookGrid(target).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code, message });
  });

  it('rejects a half-written copy of a real workbook as corrupt', async () => {
    const fixture = await buildAttachment3(dir, 'whole.xlsx');
    const bytes = await readFile(fixture.path);
    const target = path.join(dir, 'half.xlsx');
    await writeFile(target, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readWorkbookGrid(target)).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('reports a missing file by name', async () => {
    await expect(readWorkbookGrid(path.join(dir, '没有这个文件.xlsx'))).rejects.toMatchObject({
      code: 'not_found',
      message: '无法读取文件“没有这个文件.xlsx”：文件不存在',
    });
  });
});
