import type { CellGrid, CellValue, GardenMonth } from '../../../schemas';
import { assessMonth, assessTerm } from '../../../functions/src/core/assessment';
import type { DashboardInput } from '../../../functions/src/core/dashboard';
import { readSpotCheckRegister } from '../../../functions/src/core/spot-checks';
import { doneRows, gaotai, passingReports, report, roster, row } from '../assessment/builders';

/**
 * A small county in May 2020, assessed on 10 June: 蕾梦 did not report May, 黑泉 reported late, 新坝 has an
 * impossible date, 光彩 and 黑泉 share an evidence link, and 第一幼儿园 typed a task that looks like a formula.
 */
export const ASOF = '2020-06-10T09:00:00+08:00';
export const FORMULA_TASK = '=HYPERLINK("http://x")';

export function reports(): GardenMonth[] {
  const march = passingReports('2020-03');
  const april = passingReports('2020-04');
  const may = passingReports('2020-05').filter((r) => r.gardenId !== '蕾梦幼儿园').map((r) => {
    if (r.gardenId === '黑泉幼儿园') {
      return report(r.gardenId, '2020-05', doneRows(1, '观摩交流', '2020-05', { evidence: { plan: 'p.docx', record: 'r.docx', summary: 's.docx', photos: 'https://pan.example/shared' } }), {
        firstReportedAt: '2020-05-31T10:00:00+08:00', syncedAt: '2020-05-31T10:05:00+08:00',
      });
    }
    if (r.gardenId === '光彩幼儿园') {
      return report(r.gardenId, '2020-05', doneRows(3, '专题讲座', '2020-05', { evidence: { plan: 'p.docx', record: 'r.docx', summary: 's.docx', photos: 'https://pan.example/shared' } }));
    }
    if (r.gardenId === '第一幼儿园') {
      return report(r.gardenId, '2020-05', [...doneRows(3, '送教/示范课', '2020-05'), row({ row: 9, month: '2020-05', date: '2020-05-20', task: FORMULA_TASK })]);
    }
    if (r.gardenId === '新坝幼儿园') {
      return { ...r, issues: [{ row: 7, cell: 'B7', column: '帮扶时间', severity: 'error' as const, code: 'date.impossible' as const, message: 'B7：日期“5月32日”不存在' }] };
    }
    return r;
  });
  // The builders give every row the same photo link; here each activity has its own unless shared on purpose.
  return [...march, ...april, ...may].map((r) => ({
    ...r,
    rows: r.rows.map((x) => (x.evidence.photos === 'https://pan.example/shared' ? x : { ...x, evidence: { ...x.evidence, photos: `https://drive/${r.gardenId}/${r.month}/${x.row}` } })),
  }));
}

export const REGISTER_HEAD: CellValue[][] = [['说明'], ['园所', '月份', '活动', '抽查日期', '结论', '备注', '抽查人']];

/** The register as the bureau typed it: one falsified, one formula-looking task, one unmatched, one bad verdict. */
export const REGISTER_ROWS: CellValue[][] = [
  ['第一幼儿园', '5月', FORMULA_TASK, '2020-06-06', '虚报', '=1+1', null],
  ['光彩幼儿园', '2020-05', '第99行', '2020年6月6日', '属实', null, '郭栋梁'],
  ['黑泉幼儿园', '5月', '5月1日', '2020-06-07', '待定', null, null],
];

export function registerGrid(rows: CellValue[][] = REGISTER_ROWS): CellGrid {
  return { rows: [...REGISTER_HEAD, ...rows], merges: [] };
}

export function dashboardInput(grid: CellGrid = registerGrid(), asOf = ASOF): DashboardInput {
  const ruleSet = gaotai();
  const r = roster();
  const register = readSpotCheckRegister(grid, { roster: r, timezone: ruleSet.timezone });
  const all = reports();
  const month = assessMonth({ roster: r, ruleSet, month: '2020-05', reports: all, spotChecks: register.checks, asOf });
  const term = assessTerm({ roster: r, ruleSet, term: '2020-spring', reports: all, spotChecks: register.checks, asOf });
  return {
    month, term, reports: all, register,
    lateChanges: [{ gardenId: '新坝幼儿园', month: '2020-04', at: '2020-05-03T08:00:00+08:00', detail: '截止后修改了计划表（新增1行）' }],
    exceptions: [{ gardenId: '光彩幼儿园', month: '2020-03' }],
  };
}
