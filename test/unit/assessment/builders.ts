import type { ActivityType } from '../../../schemas/activity';
import type { GardenMonth } from '../../../schemas/garden-month';
import type { PlanRow } from '../../../schemas/plan-row';
import type { Garden, Roster } from '../../../schemas/roster';
import type { RuleSet } from '../../../schemas/rule-set';
import type { SpotCheck } from '../../../schemas/spot-check';
import { assessMonth, type MonthInput } from '../../../functions/src/core/assessment';
import { loadRuleSet } from '../../../functions/src/core/rules';

/** Small builders for assessment inputs: real schema-shaped data, defaults that pass, overrides per test. */

export const gaotai = (): RuleSet => loadRuleSet('gaotai-2020');

export function garden(id: string, role: Garden['role'], pairId: string, over: Partial<Garden> = {}): Garden {
  return {
    id, name: id, role, kind: role === 'helper' ? 'demonstration' : 'rural', responsible: [], pairId, editors: [], ...over,
  };
}

/** Two pairs: 第一幼儿园 helps 新坝幼儿园 and 蕾梦幼儿园; 光彩幼儿园 helps 黑泉幼儿园. */
export function roster(): Roster {
  return {
    county: '高台县',
    year: 2020,
    gardens: [
      garden('第一幼儿园', 'helper', '第一幼儿园'),
      garden('新坝幼儿园', 'helped', '第一幼儿园'),
      garden('蕾梦幼儿园', 'helped', '第一幼儿园', { kind: 'private' }),
      garden('光彩幼儿园', 'helper', '光彩幼儿园'),
      garden('黑泉幼儿园', 'helped', '光彩幼儿园'),
    ],
    pairs: [
      { id: '第一幼儿园', helperId: '第一幼儿园', helpedIds: ['新坝幼儿园', '蕾梦幼儿园'] },
      { id: '光彩幼儿园', helperId: '光彩幼儿园', helpedIds: ['黑泉幼儿园'] },
    ],
  };
}

export const FULL_EVIDENCE = { plan: '方案.docx', record: '记录.docx', summary: '总结.docx', photos: 'https://drive/x' };

let nextRow = 100;
export function row(over: Partial<PlanRow> = {}): PlanRow {
  const month = over.month ?? over.date?.slice(0, 7) ?? '2020-03';
  return {
    row: nextRow++, month, date: `${month}-10`, task: '送教下乡', person: '张老师', type: '送教/示范课',
    typeSource: 'column', status: 'done', classHours: 1, participants: 10, evidence: { ...FULL_EVIDENCE }, note: null,
    ...over,
  };
}

/** `n` done rows of a type on distinct days of the month, numbered from sheet row 5. */
export function doneRows(n: number, type: ActivityType = '送教/示范课', month = '2020-03', over: Partial<PlanRow> = {}): PlanRow[] {
  return Array.from({ length: n }, (_, i) =>
    row({ row: 5 + i, month, date: `${month}-${String(i + 1).padStart(2, '0')}`, type, task: `${type}活动${i + 1}`, ...over }));
}

export function report(gardenId: string, month: string, rows: PlanRow[], over: Partial<GardenMonth> = {}): GardenMonth {
  return {
    gardenId, month, rows, issues: [], contentHash: `hash-${gardenId}-${month}`,
    source: { version: '1', modifiedAt: `${month}-20T10:00:00+08:00` }, version: 1,
    firstReportedAt: `${month}-20T10:00:00+08:00`, syncedAt: `${month}-20T10:05:00+08:00`, frozenAt: null, ...over,
  };
}

export function spotCheck(over: Partial<SpotCheck> & Pick<SpotCheck, 'gardenId' | 'activity'>): SpotCheck {
  return {
    id: 'sc-1', month: '2020-03', verdict: 'falsified', note: null, checkedBy: '基教股',
    checkedAt: '2020-04-10T09:00:00+08:00', ...over,
  };
}

/** A time well after every cutoff of 2020: verdicts are final. */
export const AFTER_2020 = '2021-01-15T09:00:00+08:00';

/** Rows every garden of `roster()` needs to meet the March minimum, on time, with full evidence. */
export function passingReports(month = '2020-03'): GardenMonth[] {
  return [
    report('第一幼儿园', month, doneRows(3, '送教/示范课', month)),
    report('新坝幼儿园', month, doneRows(1, '观摩交流', month)),
    report('蕾梦幼儿园', month, doneRows(1, '跟岗学习', month)),
    report('光彩幼儿园', month, doneRows(3, '专题讲座', month)),
    report('黑泉幼儿园', month, doneRows(1, '观摩交流', month)),
  ];
}

export function monthInput(over: Partial<MonthInput> = {}): MonthInput {
  return { roster: roster(), ruleSet: gaotai(), month: '2020-03', reports: passingReports(), spotChecks: [], asOf: AFTER_2020, ...over };
}

/** Assesses a single garden's month among the standard roster (other gardens reporting normally). */
export function assessOne(gardenId: string, rows: PlanRow[], over: Partial<MonthInput> & { reportOver?: Partial<GardenMonth> } = {}) {
  const month = over.month ?? '2020-03';
  const { reportOver, ...inputOver } = over;
  const others = passingReports(month).filter((r) => r.gardenId !== gardenId);
  const reports = [...others, report(gardenId, month, rows, reportOver)];
  const result = assessMonth(monthInput({ reports, ...inputOver, month }));
  const g = result.gardens.find((x) => x.gardenId === gardenId);
  if (!g) throw new Error(`no result for ${gardenId}`);
  return { month: result, garden: g, item: (id: string) => g.items.find((i) => i.id === id) };
}
