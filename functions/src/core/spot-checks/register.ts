import { DateTime } from 'luxon';
import type { CellGrid, CellValue } from '../../../../schemas/grid';
import type { Roster } from '../../../../schemas/roster';
import type { SpotCheck, SpotCheckVerdict } from '../../../../schemas/spot-check';
import { toInstant } from '../calendar';
import { a1, cellText, compactText, isBlankCell, parseDate, parseMonth } from '../intake';
import { quoteCell } from '../intake/cells';
import { matchGarden } from '../roster';
import { isRealDate, parseActivityCell } from './activity-cell';
import {
  DEFAULT_CHECKER, REGISTER_COL as COL, REGISTER_COLUMNS, REGISTER_FIRST_ROW, registerCheckId,
} from './layout';

/** A register row that could not be used, named by its cell; the message starts with the cell (`E5：…`). */
export interface RegisterIssue {
  row: number;
  cell: string;
  message: string;
}

/** One typed row of the register, as the bureau left it (kept verbatim so regenerating never loses it). */
export interface RegisterRow {
  row: number;
  values: CellValue[];
  /** The check this row became, or null when it has an issue. */
  checkId: string | null;
}

export interface RegisterRead {
  checks: SpotCheck[];
  issues: RegisterIssue[];
  rows: RegisterRow[];
}

export interface RegisterContext {
  roster: Roster;
  /** The zone the 抽查日期 is a local date in. */
  timezone: string;
}

const VERDICTS: Record<string, SpotCheckVerdict> = { 属实: 'passed', 虚报: 'falsified' };
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads the 抽查登记 tab (cells as a SheetSource delivers them) into spot checks. Every typed row is either a
 * check or an issue naming its cell — never silently dropped. Blank rows are skipped. Pure.
 */
export function readSpotCheckRegister(grid: CellGrid, ctx: RegisterContext): RegisterRead {
  const out: RegisterRead = { checks: [], issues: [], rows: [] };
  for (let r = REGISTER_FIRST_ROW - 1; r < grid.rows.length; r++) {
    const values = (grid.rows[r] ?? []).slice(0, REGISTER_COLUMNS.length);
    if (values.every(isBlankCell)) continue;
    const row = r + 1;
    const parsed = parseRow(row, values.map(restoreTypedText), ctx);
    if ('message' in parsed) out.issues.push(parsed);
    else out.checks.push(parsed);
    out.rows.push({ row, values: [...values], checkId: 'message' in parsed ? null : parsed.id });
  }
  return out;
}

/**
 * Our .xlsx writer prefixes text starting with `=`, `+`, `-`, `@` with an apostrophe (safe-text); reading the
 * register back, that prefix is ours, not the bureau's, so `'=…` reads as `=…` and a re-run matches the same rows.
 */
function restoreTypedText(value: CellValue): CellValue {
  return typeof value === 'string' && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function parseRow(row: number, values: CellValue[], ctx: RegisterContext): SpotCheck | RegisterIssue {
  const at = (col: number) => values[col] ?? null;
  const issue = (col: number, text: string): RegisterIssue => ({ row, cell: a1(row, col), message: `${a1(row, col)}：${text}，本行未予处理` });

  const gardenText = cellText(at(COL.garden));
  if (gardenText === '') return issue(COL.garden, '园所未填');
  const match = matchGarden([gardenText], ctx.roster);
  if (match.kind === 'unmatched') return issue(COL.garden, `园所“${quoteCell(gardenText)}”不在结对名单中`);
  if (match.kind === 'ambiguous') return issue(COL.garden, `园所“${quoteCell(gardenText)}”可能是${match.gardenIds.join('、')}，请写全称`);

  const month = parseMonth(at(COL.month));
  if (month.kind === 'empty') return issue(COL.month, '月份未填');
  if (month.kind === 'unknown') return issue(COL.month, `月份“${quoteCell(month.text)}”无法识别`);
  const year = month.year ?? ctx.roster.year;
  const monthKey = `${year}-${pad(month.month)}`;

  const activity = parseActivityCell(at(COL.activity), year);
  if (activity.kind === 'empty') return issue(COL.activity, '活动未填（请写计划表的行号，或日期加帮扶任务）');
  if (activity.kind === 'invalid') return issue(COL.activity, activity.reason);
  if (activity.matcher.date !== undefined && !activity.matcher.date.startsWith(monthKey)) {
    return issue(COL.activity, `活动日期${activity.matcher.date}不在${year}年${month.month}月`);
  }

  const date = parseDate(at(COL.date));
  if (date.kind === 'empty') return issue(COL.date, '抽查日期未填');
  if (date.kind !== 'day' || date.month === null) return issue(COL.date, `抽查日期“${quoteCell(at(COL.date))}”无法识别`);
  const checkedOn = `${date.year ?? year}-${pad(date.month)}-${pad(date.day)}`;
  if (!isRealDate(checkedOn)) return issue(COL.date, `抽查日期“${quoteCell(at(COL.date))}”不存在`);

  const verdictText = compactText(at(COL.verdict));
  if (verdictText === '') return issue(COL.verdict, '结论未填（请从下拉中选择“属实”或“虚报”）');
  const verdict = VERDICTS[verdictText];
  if (!verdict) return issue(COL.verdict, `结论“${quoteCell(at(COL.verdict))}”无法识别，应为“属实”或“虚报”`);

  const note = cellText(at(COL.note));
  return {
    id: registerCheckId(row),
    gardenId: match.gardenId,
    month: monthKey,
    activity: activity.matcher,
    verdict,
    note: note === '' ? null : note,
    checkedBy: cellText(at(COL.checkedBy)) || DEFAULT_CHECKER,
    // The start of the local day: a check typed on the day of a run is applied by that run.
    checkedAt: toInstant(DateTime.fromISO(checkedOn, { zone: ctx.timezone })),
  };
}
