import { readPlanTable } from '../../../functions/src/core/intake';
import type { CellValue } from '../../../schemas';
import { FORM_HEADER, table, vmerge } from './grids';

const HINT = '请写成“3月”或“三月”';

describe('a bad value typed once for a block of rows is one issue', () => {
  it('reports a merged month it cannot read once, at the merge’s first cell, naming the rows it rejects', () => {
    const rows: CellValue[][] = [
      ['十三月', '3月5日', '观摩', '王芳', '已完成'],
      [null, '3月9日', '讲座', '王芳', '未完成'],
      [null, '', '教研', '李敏', ''],
      ['四', '4月2日', '送教', '张丽', ''],
    ];
    const result = readPlanTable(table(FORM_HEADER, rows, { merges: [vmerge(0, 3, 5)] }));
    expect(result.issues).toEqual([{
      row: 3, lastRow: 5, cell: 'A3', column: '月份', severity: 'error', code: 'month.unknown',
      message: `A3:A5：月份“十三月”无法识别，${HINT}（第3—5行都用这一格的内容，均未处理）`,
    }]);
    expect(result.rows.map((r) => r.row)).toEqual([6]);
  });

  it('does the same for a month typed once and carried down, across blank rows, until the next month', () => {
    const rows: CellValue[][] = [
      ['十三月', '', '观摩', '王芳', ''],
      [null, '', '讲座', '王芳', ''],
      [],
      [null, '', '教研', '李敏', ''],
      ['四', '4月2日', '送教', '张丽', ''],
    ];
    const result = readPlanTable(table(FORM_HEADER, rows));
    expect(result.issues.map((i) => [i.cell, i.row, i.lastRow, i.message])).toEqual([
      ['A3', 3, 6, `A3:A6：月份“十三月”无法识别，${HINT}（第3—6行都用这一格的内容，均未处理）`],
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([7]);
  });

  it('carries a merged month below the merge as the merge’s own first cell', () => {
    const rows: CellValue[][] = [['十三月', '', '观摩', '王芳', ''], [null, '', '讲座', '王芳', ''], [null, '', '教研', '李敏', '']];
    const result = readPlanTable(table(FORM_HEADER, rows, { merges: [vmerge(0, 3, 4)] }));
    expect(result.issues.map((i) => [i.cell, i.lastRow])).toEqual([['A3', 5]]);
  });

  it('leaves a lone row’s issue as it was', () => {
    const rows: CellValue[][] = [['十三月', '', '观摩', '王芳', '']];
    const result = readPlanTable(table(FORM_HEADER, rows));
    expect(result.issues).toEqual([expect.objectContaining({ cell: 'A3', message: `A3：月份“十三月”无法识别，${HINT}` })]);
    expect(result.issues[0]).not.toHaveProperty('lastRow');
  });

  it('starts a new issue after a row the value does not reject, naming the cell it came from', () => {
    const rows: CellValue[][] = [
      ['十三月', '', '观摩', '王芳', ''],
      [null, '', '讲座', '王芳', '差不多'],
      [null, '月    日'],
      [null, '', '教研', '李敏', ''],
    ];
    const result = readPlanTable(table(FORM_HEADER, rows));
    expect(result.skipped).toContainEqual({ row: 5, reason: 'scaffold' });
    expect(result.issues.map((i) => [i.cell, i.code, i.lastRow ?? null])).toEqual([
      ['A3', 'month.unknown', 4], ['E4', 'status.unknown', null], ['A6', 'month.unknown', null],
    ]);
    expect(result.issues[2].message).toBe(`A6：月份“十三月”无法识别，${HINT}（沿用自A3）`);
  });

  it('reports a merged status once per month: each month’s rows keep an issue of their own month', () => {
    const rows: CellValue[][] = [
      ['三', '3月5日', '观摩', '王芳', '差不多'],
      ['三', '3月9日', '讲座', '王芳', null],
      ['四', '4月2日', '送教', '张丽', null],
    ];
    const result = readPlanTable(table(FORM_HEADER, rows, { merges: [vmerge(4, 3, 5)] }));
    expect(result.issues.map((i) => [i.cell, i.row, i.lastRow ?? null, i.month])).toEqual([
      ['E3', 3, 4, '2020-03'], ['E5', 5, null, '2020-04'],
    ]);
    expect(result.issues[0].message).toMatch(/^E3:E4：完成情况“差不多”无法识别.*（第3—4行都用这一格的内容，均未处理）$/);
    expect(result.rows).toEqual([]);
  });
});
