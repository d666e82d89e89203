import { readPlanTable } from '../../../functions/src/core/intake';
import type { CellValue } from '../../../schemas';
import { EXTENDED_HEADER, FORM_HEADER, table } from './grids';

/** Reads one body row (sheet row 3) under the 5-column form header. */
function one(row: CellValue[], header = FORM_HEADER) {
  return readPlanTable(table(header, [row]));
}

describe('errors: the row is rejected and the cell named', () => {
  it.each<[string, CellValue[], string, string, string]>([
    ['impossible date', ['六月', '6月31日', '观摩', '王芳', ''], 'date.impossible', 'B3', 'B3：日期“6月31日”不存在'],
    ['30 February', ['二月', '2月30日', '观摩', '王芳', ''], 'date.impossible', 'B3', 'B3：日期“2月30日”不存在'],
    ['date in another month', ['三', '4月5日', '观摩', '王芳', ''], 'date.outside_month', 'B3', 'B3：日期“4月5日”不在本行月份（3月）之内'],
    ['date in another year', ['五月', '2019.5.21', '观摩', '王芳', ''], 'date.outside_month', 'B3', 'B3：日期“2019.5.21”不在本表年份（2020年）之内'],
    ['month-only date in another month', ['三', '4月上旬', '观摩', '王芳', ''], 'date.outside_month', 'B3', 'B3：日期“4月上旬”不在本行月份（3月）之内'],
    ['not a date', ['三', '下周二', '观摩', '王芳', ''], 'date.invalid', 'B3', 'B3：日期“下周二”无法识别，请写成“3月5日”的形式'],
    ['unknown month', ['13月', '', '观摩', '王芳', ''], 'month.unknown', 'A3', 'A3：月份“13月”无法识别，请写成“3月”或“三月”'],
    ['no month', [null, '3月5日', '观摩', '王芳', ''], 'month.missing', 'A3', 'A3：该行没有填写月份'],
    ['done without person', ['三', '3月5日', '观摩', '', '已完成'], 'person.missing', 'D3', 'D3：已完成的活动须填写负责人'],
    ['details without task', ['三', '3月5日', '', '王芳', '已完成'], 'task.missing', 'C3', 'C3：该行填写了其他内容，但没有填写帮扶任务'],
    ['unknown status', ['三', '3月5日', '观摩', '王芳', '差不多'], 'status.unknown', 'E3', 'E3：完成情况“差不多”无法识别，请填写“已完成”“未完成”“延期”或“取消”，未开展前留空'],
    ['#REF! task', ['三', '3月5日', '#REF!', '王芳', ''], 'cell.formula_error', 'C3', 'C3：单元格显示错误“#REF!”，请修正公式或直接填写内容'],
    ['#N/A date', ['三', '#N/A', '观摩', '王芳', ''], 'cell.formula_error', 'B3', 'B3：单元格显示错误“#N/A”，请修正公式或直接填写内容'],
    ['#VALUE! month', ['#VALUE!', '3月5日', '观摩', '王芳', ''], 'cell.formula_error', 'A3', 'A3：单元格显示错误“#VALUE!”，请修正公式或直接填写内容'],
  ])('%s', (_name, row, code, cell, message) => {
    const result = one(row);
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ row: 3, cell, code, message, severity: 'error' })]);
  });

  it('respects leap years: 2月29日 exists in 2020, not in 2021', () => {
    expect(one(['二月', '2月29日', '观摩', '王芳', '']).rows).toHaveLength(1);
    const y2021 = readPlanTable(table(FORM_HEADER, [['二月', '2月29日', '观摩', '王芳', '']], { title: '光彩幼儿园2021年结对帮扶工作计划表' }));
    expect(y2021.issues.map((i) => i.code)).toEqual(['date.impossible']);
  });

  it('reports every mistake in a row at once, in column order', () => {
    const row: CellValue[] = ['三', '3月32日', '观摩', '', '已完成', '吃饭吧', '两节半', '很多'];
    const result = one(row, EXTENDED_HEADER);
    expect(result.issues.map((i) => [i.cell, i.code])).toEqual([
      ['B3', 'date.impossible'], ['D3', 'person.missing'], ['F3', 'type.unknown'], ['G3', 'number.invalid'], ['H3', 'number.invalid'],
    ]);
    expect(result.issues.find((i) => i.cell === 'G3')?.message).toBe('G3：课时“两节半”应为不小于0的数字');
  });

  it('labels issues with the header the garden typed', () => {
    const result = one(['三', '3月5日', '', '王芳', ''], ['月份', '时间', '活动内容', '负责人', '完成情况']);
    expect(result.issues[0]).toMatchObject({ column: '活动内容', code: 'task.missing' });
  });

  it('needs a year: without one in the title or options the table and each activity are reported', () => {
    const grid = table(FORM_HEADER, [['三', '3月5日', '观摩', '王芳', ''], ['三', '月 日']], { title: '光彩幼儿园结对帮扶工作计划表' });
    const result = readPlanTable(grid);
    expect(result.garden).toBe('光彩幼儿园');
    expect(result.year).toBeNull();
    expect(result.rows).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([[1, 'table.no_year'], [3, 'table.no_year']]);
    expect(readPlanTable(grid, { year: 2020 }).rows.map((r) => r.date)).toEqual(['2020-03-05']);
  });

  it('reports a grid with no header', () => {
    const result = readPlanTable({ rows: [['随便写点什么'], ['三', '3月5日']], merges: [] });
    expect(result.headerRow).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['table.no_header']);
  });

  it('reports a month cell it cannot read even with nothing else on the row', () => {
    expect(one(['第一周', '月  日']).issues.map((i) => i.code)).toEqual(['month.unknown']);
  });
});

describe('warnings: the row is still accepted', () => {
  const done = (evidence: CellValue[]): CellValue[] => ['三', '3月5日', '送教', '张丽', '已完成', '', 2, 12, ...evidence];

  it('lists the evidence a done activity lacks, once per row', () => {
    const result = one(done(['https://x/plan', '', 'https://x/sum', '']), EXTENDED_HEADER);
    expect(result.rows).toHaveLength(1);
    expect(result.issues).toEqual([
      { row: 3, cell: 'J3', column: '记录', severity: 'warning', code: 'evidence.missing', message: 'J3：已完成的活动缺少记录、图片', month: '2020-03' },
    ]);
  });

  it('does not ask the 5-column form for evidence, nor a planned activity', () => {
    expect(one(['三', '3月5日', '送教', '张丽', '已完成']).issues).toEqual([]);
    expect(one(['三', '3月5日', '送教', '张丽', ''], EXTENDED_HEADER).issues).toEqual([]);
  });

  it('warns of a done activity dated after the check time (Asia/Shanghai day)', () => {
    const grid = table(FORM_HEADER, [['五', '5月31日', '观摩', '王芳', '已完成'], ['五', '5月30日', '观摩', '王芳', '已完成'], ['六', '6月', '讲座', '李', '已完成']]);
    // 15:30Z is 23:30 on 30 May in Shanghai; 16:30Z is already 31 May there.
    const result = readPlanTable(grid, { asOf: '2020-05-30T15:30:00Z' });
    expect(result.rows).toHaveLength(3);
    expect(result.issues.map((i) => [i.cell, i.code, i.severity])).toEqual([['B3', 'date.future', 'warning'], ['B5', 'date.future', 'warning']]);
    expect(readPlanTable(grid, { asOf: '2020-05-30T16:30:00Z' }).issues.map((i) => i.cell)).toEqual(['B5']);
  });

  it('warns of a date kept as a number that may have lost its zero (3.10 stored as 3.1)', () => {
    const rows: CellValue[][] = [
      ['三', 3.1, '观摩', '王芳', ''], // 3.1 or 3.10
      ['三', 3.3, '讲座', '王芳', ''], // 3.3 or 3.30
      ['二', 2.3, '观摩', '王芳', ''], // 2.30 does not exist: only 2月3日
      ['三', 3.4, '观摩', '王芳', ''], // 3.40 does not exist
      ['三', '3.1', '观摩', '王芳', ''], // typed as text: kept as typed
      ['三', 3.26, '观摩', '王芳', ''],
    ];
    const result = readPlanTable(table(FORM_HEADER, rows));
    expect(result.rows.map((r) => r.date)).toEqual(['2020-03-01', '2020-03-03', '2020-02-03', '2020-03-04', '2020-03-01', '2020-03-26']);
    expect(result.issues).toEqual([
      {
        row: 3, cell: 'B3', column: '帮扶时间', severity: 'warning', code: 'date.ambiguous', month: '2020-03',
        message: 'B3：日期“3.1”是按数字保存的，数字会去掉末尾的0（3.10会变成3.1），已按3月1日计算；如果是3月10日，请改写成“3月10日”',
      },
      expect.objectContaining({ cell: 'B4', code: 'date.ambiguous', severity: 'warning' }),
    ]);
    expect(result.issues[1].message).toContain('如果是3月30日');
  });

  it('warns when the same evidence link appears on different activities', () => {
    const link = 'https://drive.google.com/drive/folders/abc';
    const rows: CellValue[][] = [
      ['三', '3月5日', '送教', '张丽', '已完成', '', '', '', link, link, link, link],
      ['三', '3月9日', '观摩', '王芳', '已完成', '', '', '', 'a.docx', 'b.docx', 'c.docx', link],
      ['三', '3月12日', '讲座', '李敏', '已完成', '', '', '', '√', '√', '√', '√'],
    ];
    const result = readPlanTable(table(EXTENDED_HEADER, rows));
    expect(result.rows).toHaveLength(3);
    expect(result.issues).toEqual([
      { row: 4, cell: 'L4', column: '图片', severity: 'warning', code: 'evidence.reused', message: `L4：材料“${link.slice(0, 30)}…”已用于I3所在的活动，不同活动不应使用同一份材料`, month: '2020-03' },
    ]);
  });

  it('compares web links as typed (Drive ids differ by case alone) and file names in any case', () => {
    const rows: CellValue[][] = [
      ['三', '3月5日', '送教', '张丽', '已完成', '', '', '', 'https://drive.google.com/file/d/1AbC', ' 图片 01.JPG ', '', ''],
      ['三', '3月9日', '观摩', '王芳', '已完成', '', '', '', 'https://drive.google.com/file/d/1abc', '图片01.jpg', '', ''],
      ['三', '3月12日', '讲座', '李敏', '已完成', '', '', '', 'drive.google.com/file/d/2XyZ', '', '', ''],
      ['三', '3月19日', '讲座', '李敏', '已完成', '', '', '', 'drive.google.com/file/d/2xyz', '', '', ''],
    ];
    const result = readPlanTable(table(EXTENDED_HEADER, rows));
    expect(result.issues.filter((i) => i.code === 'evidence.reused').map((i) => i.cell)).toEqual(['J4']);
  });
});

describe("the month of an issue: set whenever the row's month is known", () => {
  it("gives a rejected row's issues its own month, typed or carried, even when the date is bad", () => {
    const result = readPlanTable(table(FORM_HEADER, [
      ['三月', '3月10日', '送教', '李娜', '已完成'],
      ['四月', '4月31日', '观摩', '王芳', '已完成'], // row 4: April's own cell
      ['', '4月32日', '', '王芳', '差不多'], // row 5: April carried down; three mistakes
      ['二〇二〇年五月', '4月5日', '讲座', '王芳', ''], // row 6: date outside the row's month
    ]));
    expect(result.rows.map((r) => r.row)).toEqual([3]);
    expect(result.issues.map((i) => [i.cell, i.code, i.month])).toEqual([
      ['B4', 'date.impossible', '2020-04'],
      ['B5', 'date.impossible', '2020-04'], ['C5', 'task.missing', '2020-04'], ['E5', 'status.unknown', '2020-04'],
      ['B6', 'date.outside_month', '2020-05'],
    ]);
  });

  it('follows a school-year title into the next calendar year', () => {
    const grid = table(FORM_HEADER, [['三月', '3月32日', '送教', '李娜', '']], { title: '光彩幼儿园2020—2021学年结对帮扶工作计划表' });
    expect(readPlanTable(grid).issues.map((i) => i.month)).toEqual(['2021-03']);
  });

  it('leaves it out when the month or year cannot be read', () => {
    expect(one(['13月', '', '观摩', '王芳', '']).issues[0]).not.toHaveProperty('month');
    expect(one([null, '3月5日', '观摩', '王芳', '']).issues[0]).not.toHaveProperty('month');
    expect(one(['#VALUE!', '3月5日', '观摩', '王芳', '']).issues[0]).not.toHaveProperty('month');
    const noYear = readPlanTable(table(FORM_HEADER, [['三', '3月32日', '观摩', '王芳', '']], { title: '光彩幼儿园结对帮扶工作计划表' }));
    expect(noYear.issues.map((i) => [i.code, i.month])).toEqual([['table.no_year', undefined], ['table.no_year', undefined], ['date.impossible', undefined]]);
  });
});
