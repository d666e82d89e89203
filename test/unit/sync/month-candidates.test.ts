import type { CellValue, Issue } from '../../../schemas';
import { readPlanTable } from '../../../functions/src/core/intake';
import { splitByMonth } from '../../../functions/src/core/sync/month-candidates';
import { FORM_HEADER, table } from '../intake/grids';

const source = { version: 'v1', modifiedAt: '2020-04-25T09:00:00.000Z' };
const SYNCED_AT = '2020-04-25T10:00:00+08:00';

function split(body: CellValue[][]) {
  const read = readPlanTable(table(FORM_HEADER, body));
  return { read, ...splitByMonth('光彩幼儿园', read.rows, read.issues, source, SYNCED_AT) };
}

const placed = (candidates: ReturnType<typeof split>['candidates']) =>
  candidates.map((c) => [c.month, c.rows.map((r) => r.row), c.issues.map((i) => i.cell)]);

describe('splitByMonth', () => {
  it("files a month's rejected first row under that month, not the month above", () => {
    const { candidates, unplaced } = split([
      ['三月', '3月10日', '送教下乡示范课', '李娜', '已完成'], // row 3
      ['', '3月20日', '教研观摩', '李娜', '已完成'], // row 4
      ['四月', '4月31日', '半日活动观摩', '王芳', '已完成'], // row 5: rejected, April's first row
      ['', '4月15日', '家长会指导', '王芳', '已完成'], // row 6
    ]);
    expect(placed(candidates)).toEqual([['2020-03', [3, 4], []], ['2020-04', [6], ['B5']]]);
    expect(unplaced).toEqual([]);
  });

  it("places a month whose only row is rejected, though no accepted row names it", () => {
    const { candidates } = split([
      ['三月', '3月10日', '送教下乡示范课', '李娜', '已完成'],
      ['五月', '5月32日', '半日活动观摩', '王芳', '已完成'],
    ]);
    expect(placed(candidates)).toEqual([['2020-03', [3], []], ['2020-05', [], ['B4']]]);
  });

  it('keeps issues with no month (unreadable month, table-wide) off every month, and drops month from snapshot issues', () => {
    const { read, candidates, unplaced } = split([
      ['十三月', '', '送教下乡示范课', '李娜', '已完成'], // row 3: month.unknown
      ['四月', '4月31日', '半日活动观摩', '王芳', '已完成'], // row 4
    ]);
    expect(read.issues.map((i) => [i.cell, i.code, i.month])).toEqual([['A3', 'month.unknown', undefined], ['B4', 'date.impossible', '2020-04']]);
    expect(unplaced.map((i) => i.code)).toEqual(['month.unknown']);
    expect(candidates).toHaveLength(1);
    expect(candidates[0].issues).toEqual([expect.not.objectContaining({ month: expect.anything() })]);
    expect(Object.keys(candidates[0].issues[0])).not.toContain('month');
  });

  it('never files a table-wide issue under a month, even one carrying a month', () => {
    const noYear: Issue = { row: 1, cell: 'A1', column: '', severity: 'error', code: 'table.no_year', message: 'A1：无年份', month: '2020-04' };
    const { candidates, unplaced } = splitByMonth('光彩幼儿园', [], [noYear], source, SYNCED_AT);
    expect(candidates).toEqual([]);
    expect(unplaced).toEqual([noYear]);
  });
});
