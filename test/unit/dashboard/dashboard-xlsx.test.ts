import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { assessMonth } from '../../../functions/src/core/assessment';
import { buildDashboard } from '../../../functions/src/core/dashboard';
import { REGISTER_SHEET } from '../../../functions/src/core/spot-checks';
import { WorkbookError, XlsxFolderSource, xlsxRef } from '../../../functions/src/adapters/workbook';
import { writeDashboardXlsx } from '../../../functions/src/adapters/workbook/dashboard-xlsx';
import { readRegister } from '../../../functions/src/usecases/spot-check-register';
import { gaotai, roster } from '../assessment/builders';
import { ASOF, FORMULA_TASK, dashboardInput, reports } from './scenario';

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const registerDeps = (file: string) => ({
  source: new XlsxFolderSource(path.dirname(file), { sheet: REGISTER_SHEET }),
  ref: xlsxRef(file),
  isMissing: (e: unknown) => e instanceof WorkbookError && (e.code === 'not_found' || e.code === 'no_sheet'),
});
const ctx = { roster: roster(), timezone: 'Asia/Shanghai' };

describe('dashboard .xlsx', () => {
  let file: string;
  const input = dashboardInput();
  beforeAll(async () => {
    file = path.join(await mkdtemp(path.join(os.tmpdir(), 'bangfu-dash-')), 'dashboard.xlsx');
    await writeDashboardXlsx(file, buildDashboard(input));
  });

  it('reads back with the assessment numbers and Chinese text intact', async () => {
    const wb = await open(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总览', '月度完成矩阵', '帮扶对子', '问题清单', '抽查登记', '学期考核']);
    const overview = wb.getWorksheet('总览')!;
    expect(overview.getCell('A1').value).toBe('高台县2020年幼儿园结对帮扶工作看板');
    expect(overview.getCell('B4').value).toBe(input.month.summary.reportingRate);
    expect(overview.getCell('C7').value).toBe(input.term!.summary.pairsPassed / input.term!.summary.pairs);
    expect(overview.getCell('B4').numFmt).toBe('0.0%');
    const term = wb.getWorksheet('学期考核')!;
    for (const g of input.term!.gardens) {
      const row = term.getRows(4, input.term!.gardens.length)!.find((r) => r.getCell(2).value === g.name)!;
      expect(row.getCell(5).value).toBe(g.score);
      expect(row.getCell(1).value).toBe(g.rank);
    }
    const matrix = wb.getWorksheet('月度完成矩阵')!;
    const leimeng = matrix.getRows(4, 5)!.find((r) => r.getCell(1).value === '蕾梦幼儿园')!;
    expect(leimeng.getCell(9).value).toBe('未报');
  });

  it('freezes and protects the header rows, leaving the rest editable', async () => {
    const ws = (await open(file)).getWorksheet('抽查登记')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getCell('A2').protection?.locked).not.toBe(false);
    expect(ws.getCell('A3').protection?.locked).toBe(false);
    expect(ws.getCell('E3').dataValidation).toMatchObject({ type: 'list', formulae: ['"属实,虚报"'] });
  });

  it('never writes a formula, even for user text that starts with =', async () => {
    const wb = await open(file);
    const seen: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
      expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof c.value === 'string' && c.value.includes('HYPERLINK')) seen.push(c.value);
    })));
    expect(seen).toContain(`'${FORMULA_TASK}`); // the register cell the bureau typed, neutralised
    expect(seen.some((v) => v.includes(`“${FORMULA_TASK}”经抽查`))).toBe(true);
  });

  it('round trip: a verdict typed into 抽查登记 changes the next run for the garden and its pair, and survives regeneration', async () => {
    const before = assessMonth({ roster: roster(), ruleSet: gaotai(), month: '2020-05', reports: reports(), spotChecks: (await readRegister(registerDeps(file), ctx)).checks, asOf: ASOF });
    const wb = await open(file);
    const ws = wb.getWorksheet(REGISTER_SHEET)!;
    ws.getRow(7).values = ['黑泉幼儿园', '2020-05', 5, new Date(Date.UTC(2020, 5, 8)), '虚报', '园内无活动记录', '闫康'];
    await wb.xlsx.writeFile(file);

    const register = await readRegister(registerDeps(file), ctx);
    expect(register.checks.map((c) => c.id)).toContain('抽查登记第7行');
    const after = assessMonth({ roster: roster(), ruleSet: gaotai(), month: '2020-05', reports: reports(), spotChecks: register.checks, asOf: ASOF });
    const g = (a: typeof after, id: string) => a.gardens.find((x) => x.gardenId === id)!;
    const p = (a: typeof after, id: string) => a.pairs.find((x) => x.pairId === id)!;
    expect(g(before, '黑泉幼儿园').meetsMonthlyMinimum).toBe(true);
    expect(p(before, '光彩幼儿园').passed).toBe(true);
    expect(g(after, '黑泉幼儿园').meetsMonthlyMinimum).toBe(false);
    expect(g(after, '黑泉幼儿园').falsified.map((f) => f.spotCheckId)).toEqual(['抽查登记第7行']);
    expect(g(after, '黑泉幼儿园').score).toBeLessThan(g(before, '黑泉幼儿园').score);
    expect(p(after, '光彩幼儿园')).toMatchObject({ passed: false, failedMemberIds: ['黑泉幼儿园'] });
    expect(p(after, '光彩幼儿园').score).toBeLessThan(p(before, '光彩幼儿园').score);

    await writeDashboardXlsx(file, buildDashboard({ ...input, month: after, register }));
    const again = (await open(file)).getWorksheet(REGISTER_SHEET)!;
    expect(again.getCell('A7').value).toBe('黑泉幼儿园');
    expect(again.getCell('F7').value).toBe('园内无活动记录');
    expect(again.getCell('E5').value).toBe('待定');
    expect(again.getCell('H7').value).toBe('已应用：虚报，相关项目按零分计算');
    expect(again.getCell('C3').value).toBe(`'${FORMULA_TASK}`);
    expect((await readRegister(registerDeps(file), ctx)).checks).toEqual(register.checks);
  });

  it('widens the name columns to the longest garden name (a 汉字 counts two), never below their usual width', async () => {
    const long = '骆驼城镇中心小学辖区内幼儿园'; // 14 汉字: 28 units, +2 margin
    const rename = <G extends { gardenId: string; name: string }>(g: G): G => (g.gardenId === '光彩幼儿园' ? { ...g, name: long } : g);
    const renamed = { ...input, month: { ...input.month, gardens: input.month.gardens.map(rename) }, term: { ...input.term!, gardens: input.term!.gardens.map(rename) } };
    const wide = path.join(path.dirname(file), 'wide.xlsx');
    await writeDashboardXlsx(wide, buildDashboard(renamed));
    const widths = async (f: string, sheet: string, ...cols: string[]) => {
      const ws = (await open(f)).getWorksheet(sheet)!;
      return cols.map((c) => ws.getColumn(c).width);
    };
    expect(await widths(wide, '学期考核', 'B')).toEqual([30]);
    expect(await widths(wide, '月度完成矩阵', 'A', 'D')).toEqual([30, 30]); // D: 所属对子, named by its helper (光彩)
    expect(await widths(wide, '帮扶对子', 'A')).toEqual([30]);
    expect(await widths(file, '学期考核', 'B')).toEqual([22]);
    expect(await widths(file, '月度完成矩阵', 'A', 'D')).toEqual([22, 16]);
  });

  it('reads a missing dashboard as an empty register', async () => {
    expect(await readRegister(registerDeps(path.join(path.dirname(file), 'none.xlsx')), ctx)).toEqual({ checks: [], issues: [], rows: [] });
  });
});
