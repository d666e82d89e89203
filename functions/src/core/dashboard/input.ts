import type { MonthAssessment } from '../../../../schemas/assessment';
import type { GardenMonth } from '../../../../schemas/garden-month';
import type { TermAssessment } from '../../../../schemas/term-assessment';
import type { RegisterRead } from '../spot-checks';

/** A change a garden made after its month was frozen (recorded, not counted). */
export interface LateChange {
  gardenId: string;
  month: string;
  /** When the change was seen (ISO instant), if known. */
  at: string | null;
  /** Chinese, e.g. `截止后修改了计划表（新增2行，删除1行）`. */
  detail: string;
}

export interface DashboardInput {
  month: MonthAssessment;
  /** The term to date; null in a vacation month. */
  term: TermAssessment | null;
  /** Garden-month snapshots of the term's months (their open issues and evidence links). */
  reports: readonly GardenMonth[];
  lateChanges: readonly LateChange[];
  /** Garden-months the bureau granted an exception for (例外). */
  exceptions: readonly { gardenId: string; month: string }[];
  /** The 抽查登记 tab as the bureau left it, read by this run: kept verbatim and annotated. */
  register: RegisterRead;
}

/** Stable tab ids and names: bookmarks (`#gid=`) and formulas pointing at them survive regeneration. */
export const TABS = {
  overview: { name: '总览', sheetId: 101 },
  matrix: { name: '月度完成矩阵', sheetId: 102 },
  pairs: { name: '帮扶对子', sheetId: 103 },
  issues: { name: '问题清单', sheetId: 104 },
  register: { name: '抽查登记', sheetId: 105 },
  term: { name: '学期考核', sheetId: 106 },
} as const;

/** Garden names by id, from whichever assessment lists them. */
export function gardenNames(input: DashboardInput): Map<string, string> {
  const names = new Map<string, string>();
  for (const g of input.term?.gardens ?? []) names.set(g.gardenId, g.name);
  for (const g of input.month.gardens) names.set(g.gardenId, g.name);
  return names;
}
