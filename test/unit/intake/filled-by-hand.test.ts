import {
  inferActivityType, parseActivityType, parseCount, parseDate, parseStatus, readPlanTable,
} from '../../../functions/src/core/intake';
import type { CellValue } from '../../../schemas';
import { EXTENDED_HEADER, FORM_HEADER, table, vmerge } from './grids';

/**
 * Plan tables as teachers really fill them in Excel/WPS (found by building many such tables and checking them
 * against `bangfu validate`): each case here was once a false error or a lost row.
 */
describe('words a careful reader accepts without hesitation', () => {
  it.each<[unknown, object]>([
    ['3月第二周', { kind: 'month', year: null, month: 3 }],
    ['三月第一周', { kind: 'month', year: null, month: 3 }],
    ['3月5日、12日', { kind: 'day', year: null, month: 3, day: 5 }],
    ['3月5日、12日、19日', { kind: 'day', year: null, month: 3, day: 5 }],
    ['3月5日\n3月12日', { kind: 'day', year: null, month: 3, day: 5 }],
    ['3.5、3.12', { kind: 'day', year: null, month: 3, day: 5 }],
    ['暂定3月20日', { kind: 'day', year: null, month: 3, day: 20 }],
    ['待定', { kind: 'empty' }],
  ])('date %p', (value, expected) => {
    expect(parseDate(value)).toEqual(expected);
  });

  it.each<[unknown, string | null]>([
    ['√已完成', 'done'], ['因疫情延期', 'postponed'], ['因疫情取消', 'cancelled'], ['疫情原因未开展', 'not_done'],
    // Partly done is neither: the garden has to say which.
    ['部分完成', null],
  ])('status %p → %p', (value, status) => {
    expect(parseStatus(value)).toBe(status);
  });

  it.each<[string, number]>([['30余人', 30], ['30多人', 30], ['30人左右', 30], ['大约20人', 20]])('participants %p', (value, n) => {
    expect(parseCount(value, { integer: true })).toEqual({ kind: 'number', value: n });
  });

  it('reads 活动类型 typed without the dropdown by its keywords, and still rejects other words', () => {
    expect(parseActivityType('送教下乡')).toBe('送教/示范课');
    expect(parseActivityType('教研活动')).toBe('园本教研');
    expect(parseActivityType('唱歌跳舞')).toBeNull();
  });

  it('takes the type from the label before the task when there is one', () => {
    expect(inferActivityType('园本教研：区域活动材料投放研讨')).toBe('园本教研');
    expect(inferActivityType('1.送教下乡：大班科学活动\n2.评课研讨')).toBe('送教/示范课');
    // No label: the keyword order decides, as before.
    expect(inferActivityType('区域活动观摩与交流')).toBe('观摩交流');
  });
});

describe('table shapes', () => {
  it('skips sign-off lines under the table spread over several cells', () => {
    const rows: CellValue[][] = [
      ['三', '3月5日', '送教下乡', '张淑沁', '已完成'],
      ['备注：每月不少于三项'],
      ['填表人：王芳', null, null, '审核人：张淑沁'],
      ['光彩幼儿园（盖章）', null, null, '2020年3月1日'],
    ];
    const result = readPlanTable(table(FORM_HEADER, rows));
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.row)).toEqual([3]);
    expect(result.skipped).toEqual(expect.arrayContaining([{ row: 5, reason: 'note' }, { row: 6, reason: 'note' }]));
  });

  it('reads placeholders with the month filled in, totals rows and an unlabelled note as no activity and no error', () => {
    const rows: CellValue[][] = [
      ['三', '3月5日', '送教下乡', '张淑沁', '已完成'],
      [null, '3月    日'],
      ['四', '四月  日'],
      ['合计', null, '共开展帮扶活动1项'],
      ['小计：1项'],
      ['帮扶园每月开展帮扶工作不少于三项，要体现帮扶活动的连续性、目标性。'],
    ];
    const result = readPlanTable(table(FORM_HEADER, rows));
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.row)).toEqual([3]);
    expect(result.skipped.filter((s) => s.row > 3)).toEqual([
      { row: 4, reason: 'scaffold' }, { row: 5, reason: 'scaffold' }, { row: 6, reason: 'note' }, { row: 7, reason: 'note' }, { row: 8, reason: 'note' },
    ]);
  });

  it('still reports a short unreadable month and a placeholder month outside its block once the row is an activity', () => {
    const result = readPlanTable(table(FORM_HEADER, [['十三'], ['三', '4月  日', '观摩']]));
    expect(result.issues.map((i) => [i.cell, i.code])).toEqual([['A3', 'month.unknown'], ['B4', 'date.outside_month']]);
  });

  it('keeps a task merged over spacer columns as an activity, while a heading across the table stays a title', () => {
    // 月份 帮扶时间 帮扶任务(C:F merged) 负责人 完成情况
    const header: CellValue[] = ['月份', '帮扶时间', '帮扶任务', null, null, null, '负责人', '完成情况'];
    const rows: CellValue[][] = [['四', '4月2日', '专题讲座', null, null, null, '张淑沁'], [null, null, '园本教研（时间待定）'], ['秋季学期']];
    const merges = [
      { startRow: 1, endRow: 2, startCol: 2, endCol: 6 },
      { startRow: 2, endRow: 3, startCol: 2, endCol: 6 },
      { startRow: 3, endRow: 4, startCol: 2, endCol: 6 },
      vmerge(0, 3, 4),
      { startRow: 4, endRow: 5, startCol: 0, endCol: 8 },
    ];
    const result = readPlanTable(table(header, rows, { merges }));
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.month, r.date, r.task])).toEqual([
      [3, '2020-04', '2020-04-02', '专题讲座'], [4, '2020-04', null, '园本教研（时间待定）'],
    ]);
    expect(result.skipped).toContainEqual({ row: 5, reason: 'title' });
  });

  it('puts months 1–8 of a school-year title in the following year, unless a year is given', () => {
    const rows: CellValue[][] = [['九', '9月10日', '观摩'], ['三', '3月5日', '送教']];
    const grid = table(FORM_HEADER, rows, { title: '光彩幼儿园2020—2021学年结对帮扶工作计划表' });
    expect(readPlanTable(grid).rows.map((r) => r.date)).toEqual(['2020-09-10', '2021-03-05']);
    expect(readPlanTable(grid, { year: 2021 }).rows.map((r) => r.date)).toEqual(['2021-09-10', '2021-03-05']);
  });

  it('dates a row by its own full date when the title has no year, and says how to fix the title', () => {
    const rows: CellValue[][] = [['三', 43895, '送教'], ['四', '4月9日', '观摩']];
    const result = readPlanTable(table(FORM_HEADER, rows, { title: '光彩幼儿园结对帮扶工作计划表' }));
    expect(result.year).toBeNull();
    expect(result.rows.map((r) => [r.row, r.date])).toEqual([[3, '2020-03-05']]);
    expect(result.issues.map((i) => [i.cell, i.code])).toEqual([['A1', 'table.no_year'], ['A4', 'table.no_year']]);
    expect(result.issues[0].message).toContain('请在标题中写明年份');
  });

  it('finds the garden on a 填报单位 line when the title has none', () => {
    const grid = { rows: [['2020年结对帮扶工作计划表'], ['填报单位（盖章）：光彩幼儿园      填报人：王芳'], FORM_HEADER, ['三', '3月5日', '送教']], merges: [] };
    expect(readPlanTable(grid)).toMatchObject({ garden: '光彩幼儿园', year: 2020, headerRow: 3 });
  });

  it('quotes a date cell as the garden sees it, not as its serial number', () => {
    const result = readPlanTable(table(FORM_HEADER, [['九', 44112, '送教']]));
    expect(result.issues.map((i) => i.message)).toEqual(['B3：日期“2020年10月8日”不在本行月份（9月）之内']);
  });

  it('reads free-typed extended-template words', () => {
    const row: CellValue[] = ['四月', '4月9日', '教研', '张淑沁', '', '教研活动', '', '30余人'];
    const result = readPlanTable(table(EXTENDED_HEADER, [row]));
    expect(result.issues).toEqual([]);
    expect(result.rows[0]).toMatchObject({ type: '园本教研', typeSource: 'column', participants: 30 });
  });
});
