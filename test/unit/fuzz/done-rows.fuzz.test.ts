import fc from 'fast-check';
import { readPlanTable } from '../../../functions/src/core/intake';
import type { CellGrid } from '../../../schemas';
import { FORM_HEADER } from './hostile-grids';

/** Tasks that look like what intake skips: totals, notes, titles, sign-offs, headers, scaffolding. */
const LOOKALIKE_TASKS = [
  '总计划研讨：本学期帮扶安排', '合计划分区角', '合计', '合计 12项', '小计：1项', '共计3次', '总计', '备注：每月不少于三项',
  '注：见附件', '说明：疫情停课', '时间：3月5日 送教', '日期：3月5日', '填表人：王芳', '审核人：张淑沁', '光彩幼儿园（盖章）',
  '光彩幼儿园2020年结对帮扶工作计划表', '大班工作计划', '帮扶任务', '月份', '月    日', '序号', '第二学期', '2020年3月1日',
];
const task = fc.oneof(fc.constantFrom(...LOOKALIKE_TASKS), fc.string({ minLength: 1, maxLength: 20 }));
const person = fc.oneof(fc.constantFrom('王芳', '张淑沁', '李敏', '负责人：王芳', '签字', '2020年3月1日'), fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''));
const done = fc.constantFrom('已完成', '完成', '√', '已开展');
const month = fc.constantFrom(null, '三', '三月', '3月', '月份', '合计', '备注：');
const date = fc.constantFrom(null, '', '3月5日', '月    日', '3.12', '日期：');

describe('a done activity is never dropped', () => {
  it('a row with task + done status + person is accepted or has an error, never skipped', () => {
    fc.assert(fc.property(
      fc.record({ month, date, task, person, status: done, wide: fc.boolean(), above: fc.constantFrom(0, 1, 2) }),
      ({ month: m, date: d, task: t, person: p, status, wide, above }) => {
        const before = [['三', '3月2日', '送教下乡', '李敏', '已完成'], ['备注：每月不少于三项']].slice(0, above);
        const rows = [['光彩幼儿园2020年结对帮扶工作计划表'], FORM_HEADER, ...before, [m, d, t, p, status]];
        const r = rows.length;
        const merges = wide ? [{ startRow: r - 1, endRow: r, startCol: 0, endCol: 3 }] : [];
        const table = readPlanTable({ rows, merges } as CellGrid);
        const accepted = table.rows.some((x) => x.row === r);
        const errored = table.issues.some((i) => i.row === r && i.severity === 'error');
        expect(table.skipped.filter((s) => s.row === r)).toEqual([]);
        expect(accepted || errored).toBe(true);
      },
    ), { numRuns: 1000 });
  });
});
