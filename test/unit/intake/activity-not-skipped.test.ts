import { readPlanTable } from '../../../functions/src/core/intake';
import type { CellValue } from '../../../schemas';
import { FORM_HEADER, hmerge, table } from './grids';

const outcome = (rows: CellValue[][], merges = [] as ReturnType<typeof hmerge>[]) => {
  const t = readPlanTable(table(FORM_HEADER, rows, { merges }));
  return (r: number) => {
    if (t.rows.some((x) => x.row === r)) return 'accepted';
    if (t.issues.some((i) => i.row === r && i.severity === 'error')) return 'error';
    return t.skipped.find((s) => s.row === r)?.reason ?? 'none';
  };
};

describe('rows that could be activities are never skipped', () => {
  it('keeps done rows whose task starts like a totals label (总计划…, 合计划…)', () => {
    const t = readPlanTable(table(FORM_HEADER, [
      ['三', '3月5日', '总计划研讨：本学期帮扶工作安排', '王芳', '已完成'],
      [null, '3月9日', '合计划分区角材料投放', '李敏', '已完成'],
      [null, null, '共计划开展三次送教', '张丽', '已完成'],
    ]));
    expect(t.issues).toEqual([]);
    expect(t.rows.map((r) => [r.row, r.task, r.status])).toEqual([
      [3, '总计划研讨：本学期帮扶工作安排', 'done'], [4, '合计划分区角材料投放', 'done'], [5, '共计划开展三次送教', 'done'],
    ]);
  });

  it('still skips real totals rows: the word alone or with its count', () => {
    const of = outcome([['三', '3月5日', '送教', '王芳', '已完成'], ['合计 12项'], ['小计：1项'], [null, null, '共计3次'], ['总计', null, '共开展帮扶活动1项']]);
    expect([4, 5, 6, 7].map(of)).toEqual(['note', 'note', 'note', 'note']);
  });

  it('never takes a row with a 完成情况 for a totals, note or sign-off line', () => {
    const of = outcome([['三', '3月5日', '送教', '王芳', '已完成'], ['合计', null, '3项', null, '已完成'], ['填表人：王芳', null, null, null, '完成']]);
    expect([4, 5].map(of)).toEqual(['error', 'error']);
  });

  it('reads a task alone as an activity being planned, however it looks or spans', () => {
    const t = readPlanTable(table(FORM_HEADER, [
      ['三', '3月5日', '送教', '王芳', '已完成'],
      [null, null, '大班主题活动工作计划'],
      [null, null, '园本教研：区角材料投放研讨'],
      [null, null, '时间：3月20日 到黑泉幼儿园送教'],
    ], { merges: [{ startRow: 3, endRow: 4, startCol: 2, endCol: 5 }] }));
    expect(t.issues).toEqual([]);
    expect(t.rows.map((r) => [r.row, r.month, r.status])).toEqual([[3, '2020-03', 'done'], [4, '2020-03', 'planned'], [5, '2020-03', 'planned'], [6, '2020-03', 'planned']]);
  });

  it('still skips scaffolding, notes, headings across the table and sign-offs without an error', () => {
    const of = outcome([
      ['三', '月    日'], ['备注：每月不少于三项'], ['第二学期'], ['填表人：王芳', null, null, '审核人：张淑沁'], ['光彩幼儿园（盖章）', null, null, '2020年3月1日'],
    ], [hmerge(5, 5)]);
    expect([3, 4, 5, 6, 7].map(of)).toEqual(['scaffold', 'note', 'title', 'note', 'note']);
  });
});
