import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACTIVITY_TYPES } from '../../../schemas';
import { templateXlsx } from '../../../functions/src/adapters/workbook/template-xlsx';
import { worksheetToGrid } from '../../../functions/src/adapters/workbook/grid';
import { main } from '../../../functions/src/cli/main';
import { memoryIo } from '../../../functions/src/cli/io';
import { readPlanTable } from '../../../functions/src/core/intake';
import { buildTemplate, type PlanTemplate } from '../../../functions/src/core/template';

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const col = (template: PlanTemplate, key: string) => template.columns.find((c) => c.key === key)!.column;

describe('template .xlsx', () => {
  const template = buildTemplate({ year: 2020, gardenName: '光彩幼儿园', rowsPerMonth: 3 });
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    workbook = await open(await templateXlsx(template));
    sheet = workbook.getWorksheet('帮扶计划表')!;
  });

  it('has the title, the header and a merged, labelled block per month', () => {
    expect(sheet.getCell('A1').value).toBe('光彩幼儿园2020年结对帮扶工作计划表');
    expect(sheet.getRow(2).values).toEqual([undefined, ...template.columns.map((c) => c.header)]);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:M1', 'A3:A5', 'A6:A8', 'A24:A26']));
    expect(sheet.getCell('A6').value).toBe('四月');
    expect(sheet.getCell('A7').isMerged).toBe(true);
  });

  it('offers the exact activity types and status words as dropdown lists on every data row', () => {
    const typeCell = sheet.getCell(3, col(template, 'type'));
    expect(typeCell.dataValidation).toMatchObject({ type: 'list', formulae: [`"${ACTIVITY_TYPES.join(',')}"`] });
    const statusCell = sheet.getCell(template.lastDataRow, col(template, 'status'));
    expect(statusCell.dataValidation).toMatchObject({ type: 'list', formulae: ['"已完成,未完成,延期,取消"'] });
    expect(sheet.getCell(3, col(template, 'task')).dataValidation).toBeUndefined();
  });

  it('freezes the header, formats dates, sets widths, protects only the title and header', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getCell(4, col(template, 'date')).numFmt).toBe('m"月"d"日"');
    expect(sheet.getColumn(col(template, 'task')).width).toBeGreaterThan(sheet.getColumn(col(template, 'month')).width!);
    expect(sheet.getCell('C3').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('C2').protection?.locked).not.toBe(false);
    expect((sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({ sheet: true, insertRows: true });
  });

  it('colours missing evidence of done rows and carries the 填写说明 tab', () => {
    const refs = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(refs.map((r) => r.ref)).toEqual(template.highlights.map((h) => h.range));
    expect(refs[0].rules[0].formulae[0]).toBe(template.highlights[0].formula);
    const help = workbook.getWorksheet('填写说明')!;
    expect(help.getCell('A1').value).toBe(template.instructions.lines[0]);
    expect(help.rowCount).toBe(template.instructions.lines.length);
  });

  it('reads back through the intake core: empty → no rows, no issues; filled with good rows → all accepted, zero issues', async () => {
    const empty = readPlanTable(worksheetToGrid(sheet));
    expect(empty).toMatchObject({ year: 2020, garden: '光彩幼儿园', headerRow: 2, rows: [], issues: [] });

    const filled = await open(await templateXlsx(template));
    const ws = filled.getWorksheet('帮扶计划表')!;
    const put = (row: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [key, value] of Object.entries(values)) ws.getCell(row, col(template, key)).value = value;
    };
    const evidence = (n: number) => ({ evidencePlan: `方案${n}.docx`, evidenceRecord: `记录${n}.docx`, evidenceSummary: `总结${n}.docx`, evidencePhotos: `https://pan.example.cn/p/${n}` });
    put(3, { date: new Date(Date.UTC(2020, 2, 12)), task: '送教下乡：大班科学示范课', person: '张丽', status: '已完成', type: '送教/示范课', classHours: 2, participants: 15, ...evidence(1) });
    put(4, { date: new Date(Date.UTC(2020, 2, 26)), task: '区域活动观摩交流', person: '王芳', status: '已完成', type: '观摩交流', participants: 12, ...evidence(2) });
    put(6, { date: new Date(Date.UTC(2020, 3, 9)), task: '专题讲座：一日生活常规', person: '李娜', status: '延期' });
    put(24, { date: new Date(Date.UTC(2020, 11, 3)), task: '亲子阅读指导', person: '王芳' });
    const reread = await open(Buffer.from(await filled.xlsx.writeBuffer()));
    const table = readPlanTable(worksheetToGrid(reread.getWorksheet('帮扶计划表')!));
    expect(table.issues).toEqual([]);
    expect(table.rows.map((r) => [r.row, r.month, r.date, r.status, r.type])).toEqual([
      [3, '2020-03', '2020-03-12', 'done', '送教/示范课'],
      [4, '2020-03', '2020-03-26', 'done', '观摩交流'],
      [6, '2020-04', '2020-04-09', 'postponed', '专题讲座'],
      [24, '2020-12', '2020-12-03', 'planned', '家园共育'],
    ]);
  });
});

describe('bangfu template', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'bangfu-template-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('writes the .xlsx for a garden and year', async () => {
    const io = memoryIo();
    const out = path.join(dir, 'plan.xlsx');
    const code = await main(['template', '--out', out, '--garden', '蕾梦幼儿园', '--year', '2020', '--rows', '4'], {}, io);
    expect(code).toBe(0);
    expect(io.stdout).toContain(out);
    const workbook = await open(await readFile(out));
    const ws = workbook.getWorksheet('帮扶计划表')!;
    expect(ws.getCell('A1').value).toBe('蕾梦幼儿园2020年结对帮扶工作计划表');
    expect(ws.model.merges).toContain('A3:A6');
  });

  it('rejects a bad year or month list in Chinese with exit code 2', async () => {
    const io = memoryIo();
    expect(await main(['template', '--year', '20x0'], {}, io)).toBe(2);
    expect(io.stderr).toContain('年份“20x0”无效');
    const io2 = memoryIo();
    expect(await main(['template', '--months', '3,13'], {}, io2)).toBe(2);
    expect(io2.stderr).toContain('月份“3,13”无效');
  });
});
