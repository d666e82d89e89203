import { checkPlanRow, readPlanTable } from '../../../functions/src/core/intake';
import type { CellValue } from '../../../schemas';
import { EXTENDED_HEADER, FORM_HEADER, hmerge, table, vmerge } from './grids';

describe('our extended template', () => {
  it('reads type, class hours, participants, evidence and note', () => {
    const row: CellValue[] = ['３月', '3月5日', '大班语言教学', '张丽', '已完成', '送教', '2课时', '１２人', 'p.docx', 'r.docx', 's.docx', 'https://photos/1', '雨天改室内'];
    const result = readPlanTable(table(EXTENDED_HEADER, [row]));
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([{
      row: 3, month: '2020-03', date: '2020-03-05', task: '大班语言教学', person: '张丽', type: '送教/示范课', typeSource: 'column',
      status: 'done', classHours: 2, participants: 12,
      evidence: { plan: 'p.docx', record: 'r.docx', summary: 's.docx', photos: 'https://photos/1' }, note: '雨天改室内',
    }]);
  });

  it('lets the type column override the inferred type, and infers when it is empty', () => {
    const rows: CellValue[][] = [['三', '', '观摩示范课', '张丽', '', '专题讲座'], ['三', '', '观摩示范课', '张丽', '', '']];
    const result = readPlanTable(table(EXTENDED_HEADER, rows));
    expect(result.rows.map((r) => [r.type, r.typeSource])).toEqual([['专题讲座', 'column'], ['观摩交流', 'inferred']]);
  });
});

describe('header variants', () => {
  it('finds a header below a preface, with 序号, spaces, full-width text and unknown columns', () => {
    const grid = {
      rows: [
        ['附件3：'],
        ['新坝幼儿园　２０２０年结对帮扶工作计划表'],
        [],
        ['序号', '月  份', '日期', '帮扶内容', '责任人', '完成情况（填写）', '佐证材料编号', '备注'],
        [1, '3月', '3.26', '教研：集体备课', '王芳', '完成', 'X-1', ''],
        [2],
        [3, '', '', '', '', '', '', '本月放假'],
      ] as CellValue[][],
      merges: [],
    };
    const result = readPlanTable(grid);
    expect(result.headerRow).toBe(4);
    expect(result.garden).toBe('新坝幼儿园');
    expect(result.columns).toEqual({ seq: 0, month: 1, date: 2, task: 3, person: 4, status: 5, note: 7 });
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.month, r.date, r.task, r.type])).toEqual([[5, '2020-03', '2020-03-26', '教研：集体备课', '园本教研']]);
    expect(result.skipped).toEqual([
      { row: 1, reason: 'title' }, { row: 2, reason: 'title' }, { row: 6, reason: 'scaffold' }, { row: 7, reason: 'note' },
    ]);
  });
});

describe('months over several rows', () => {
  it('carries a month typed once down the block, and stops at a note', () => {
    const rows: CellValue[][] = [
      ['三', '3月5日', '观摩', '王芳'],
      [null, '3月12日', '讲座', '李敏'],
      ['四', '4月2日', '送教', '张丽'],
      [null, '', '教研', '张丽'],
      ['备注：每月不少于三项'],
      [null, '5月2日', '送教', '张丽'],
    ];
    const result = readPlanTable(table(FORM_HEADER, rows));
    expect(result.rows.map((r) => [r.row, r.month])).toEqual([[3, '2020-03'], [4, '2020-03'], [5, '2020-04'], [6, '2020-04']]);
    expect(result.issues.map((i) => [i.cell, i.code])).toEqual([['A8', 'month.missing']]);
  });

  it('never takes the month from the header or title', () => {
    const result = readPlanTable(table(FORM_HEADER, [[null, '', '观摩', '王芳']]));
    expect(result.issues.map((i) => [i.cell, i.code])).toEqual([['A3', 'month.missing']]);
  });

  it('spreads a merged person or status over its block without turning empty rows into activities', () => {
    const rows: CellValue[][] = [
      ['三', '3月5日', '观摩', '王芳', '已完成'],
      [null, '3月9日', '讲座', null, null],
      [null, '月 日', null, null, null],
    ];
    const merges = [vmerge(0, 3, 5), vmerge(3, 3, 5), vmerge(4, 3, 5)];
    const result = readPlanTable(table(FORM_HEADER, rows, { merges }));
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.month, r.person, r.status])).toEqual([[3, '2020-03', '王芳', 'done'], [4, '2020-03', '王芳', 'done']]);
    expect(result.skipped).toContainEqual({ row: 5, reason: 'scaffold' });
  });

  it('treats a heading merged across the table as a title that ends the carried month', () => {
    const rows: CellValue[][] = [['三', '3月5日', '观摩', '王芳'], ['第二学期'], [null, '9月1日', '观摩', '王芳']];
    const result = readPlanTable(table(FORM_HEADER, rows, { merges: [hmerge(4, 5)] }));
    expect(result.skipped).toContainEqual({ row: 4, reason: 'title' });
    expect(result.issues.map((i) => [i.cell, i.code])).toEqual([['A5', 'month.missing']]);
  });
});

describe('checkPlanRow on its own (as a teacher types)', () => {
  const columns = { month: 0, date: 1, task: 2, person: 3, status: 4 };

  it('accepts a row, using a month carried from above', () => {
    const check = checkPlanRow([null, '3月5日', '送教', '张丽', '已完成'], { row: 9, columns, year: 2020, carriedMonth: { value: '三', cell: 'A7' } });
    expect(check.issues).toEqual([]);
    expect(check.row).toMatchObject({ row: 9, month: '2020-03', date: '2020-03-05', status: 'done' });
  });

  it('names the cell the carried month came from when it cannot be read', () => {
    const check = checkPlanRow([null, '', '送教'], { row: 9, columns, year: 2020, carriedMonth: { value: '13月', cell: 'A7' } });
    expect(check.row).toBeUndefined();
    expect(check.issues.map((i) => i.message)).toEqual(['A9：月份“13月”无法识别，请写成“3月”或“三月”（沿用自A7）']);
  });

  it('reads a column map that names a missing column as undefined like one that leaves it out', () => {
    // Positions no other test uses: layouts are shared by position, so this one is built from this map.
    const withHole = { task: 0, month: 1, date: 2, person: 3, status: 4, note: undefined, type: undefined };
    const check = checkPlanRow(['送教', '三', '3月5日', '张丽', '已完成'], { row: 9, columns: withHole, year: 2020 });
    expect(check.row).toMatchObject({ row: 9, month: '2020-03', task: '送教' });
  });

  it('skips scaffolding and reports blank rows as blank', () => {
    expect(checkPlanRow(['三', '月    日'], { row: 3, columns, year: 2020 })).toEqual({ issues: [], skipped: 'scaffold' });
    expect(checkPlanRow(['', '  ', null], { row: 3, columns, year: 2020 })).toEqual({ issues: [], blank: true });
  });
});
