import { readPlanTable } from '../../../functions/src/core/intake';
import type { CellValue, MergeRange } from '../../../schemas';
import { FORM_HEADER, hmerge, vmerge } from './grids';

const NOTE = '备注：帮扶园每月开展帮扶工作不少于三项，要体现帮扶活动的连续性、目标性，确保帮扶出成效，要创新开展疫情防控期间的帮扶指导工作。被帮扶园每月安排观摩交流等活动不少于1次。';
const PLACEHOLDER = '月    日';

/**
 * The seed's 附件3 exactly: title merged across the five columns, the header, each month merged over its
 * block of `月    日` rows (三 ×2, 四…六 ×3, 九…十一 ×3, 十二 ×2), the 备注 row merged across, and a few
 * placeholder rows overwritten with real activities.
 */
function seedForm(fill: Record<number, (CellValue | undefined)[]>): { rows: CellValue[][]; merges: MergeRange[] } {
  const blocks: [string, number][] = [['三', 2], ['四', 3], ['五', 3], ['六', 3], ['九', 3], ['十', 3], ['十一', 3], ['十二', 2]];
  const rows: CellValue[][] = [['光彩幼儿园2020年结对帮扶工作计划表'], FORM_HEADER];
  const merges: MergeRange[] = [hmerge(1, 5)];
  for (const [month, size] of blocks) {
    const first = rows.length + 1;
    for (let i = 0; i < size; i++) rows.push([i === 0 ? month : null, PLACEHOLDER, null, null, null]);
    merges.push(vmerge(0, first, first + size - 1));
  }
  rows.push([NOTE]);
  merges.push(hmerge(rows.length, 5));
  for (const [row, cells] of Object.entries(fill)) {
    const target = rows[Number(row) - 1];
    cells.forEach((value, col) => {
      if (value !== undefined) target[col] = value;
    });
  }
  return { rows, merges };
}

describe('the seed 附件3 form', () => {
  it('reads a filled form into exact rows with no issues', () => {
    // Rows: 3–4 三, 5–7 四, 8–10 五, …; the note is row 25.
    const grid = seedForm({
      3: [undefined, '3月5日', '送教下乡：大班语言示范课《小蝌蚪找妈妈》', '张丽', '已完成'],
      4: [undefined, '3 月 20 日', '组织帮扶园教师观摩区域活动', '王芳', '√'],
      5: [undefined, '4.16', '幼儿园一日常规管理专题讲座', '李敏', '完成'],
      7: [undefined, '4月下旬', '环境创设现场指导', '张丽', null],
      8: [undefined, '5月20号', '跟岗学习：被帮扶园两名教师跟班一周', '赵强', '延期'],
    });
    const table = readPlanTable(grid);
    expect(table.garden).toBe('光彩幼儿园');
    expect(table.year).toBe(2020);
    expect(table.headerRow).toBe(2);
    expect(table.columns).toEqual({ month: 0, date: 1, task: 2, person: 3, status: 4 });
    expect(table.issues).toEqual([]);
    const none = { plan: null, record: null, summary: null, photos: null };
    const base = { typeSource: 'inferred', classHours: null, participants: null, evidence: none, note: null };
    expect(table.rows).toEqual([
      { ...base, row: 3, month: '2020-03', date: '2020-03-05', task: '送教下乡：大班语言示范课《小蝌蚪找妈妈》', person: '张丽', type: '送教/示范课', status: 'done' },
      { ...base, row: 4, month: '2020-03', date: '2020-03-20', task: '组织帮扶园教师观摩区域活动', person: '王芳', type: '观摩交流', status: 'done' },
      { ...base, row: 5, month: '2020-04', date: '2020-04-16', task: '幼儿园一日常规管理专题讲座', person: '李敏', type: '专题讲座', status: 'done' },
      { ...base, row: 7, month: '2020-04', date: null, task: '环境创设现场指导', person: '张丽', type: '环境创设指导', status: 'planned' },
      { ...base, row: 8, month: '2020-05', date: '2020-05-20', task: '跟岗学习：被帮扶园两名教师跟班一周', person: '赵强', type: '跟岗学习', status: 'postponed' },
    ]);
    const scaffold = table.skipped.filter((s) => s.reason === 'scaffold').map((s) => s.row);
    expect(scaffold).toEqual([6, ...Array.from({ length: 16 }, (_, i) => i + 9)]);
    expect(table.skipped).toContainEqual({ row: 1, reason: 'title' });
    expect(table.skipped).toContainEqual({ row: 25, reason: 'note' });
    expect(table.skipped).toHaveLength(19);
  });

  it('reads the blank form as pure scaffolding: no rows, no issues', () => {
    const grid = seedForm({});
    grid.rows[0] = ['**校（园）2020年结对帮扶工作计划表'];
    const table = readPlanTable(grid);
    expect(table.garden).toBeNull();
    expect(table.rows).toEqual([]);
    expect(table.issues).toEqual([]);
    expect(table.skipped.filter((s) => s.reason === 'scaffold')).toHaveLength(22);
  });

  it('keeps the placeholder title as no garden but still reads the year', () => {
    const grid = seedForm({ 3: [undefined, '3月5日', '观摩交流', '张丽', ''] });
    grid.rows[0] = ['**校（园）2020年结对帮扶工作计划表'];
    const table = readPlanTable(grid);
    expect(table.garden).toBeNull();
    expect(table.year).toBe(2020);
    expect(table.rows.map((r) => r.month)).toEqual(['2020-03']);
  });

  it('reports a mistake inside a merged month block on the row and cell typed', () => {
    const table = readPlanTable(seedForm({ 9: [undefined, '6月31日', '观摩半日活动', '王芳', '已完成'] }));
    expect(table.rows).toEqual([]);
    expect(table.issues).toEqual([
      { row: 9, cell: 'B9', column: '帮扶时间', severity: 'error', code: 'date.impossible', message: 'B9：日期“6月31日”不存在', month: '2020-05' },
    ]);
  });
});
