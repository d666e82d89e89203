import type { PlanColumnKey } from '../../../../schemas';
import { cellText, compactText, isBlankCell } from './cells';
import { isDatePlaceholder, parseDate } from './date';
import { columnForHeader, looksLikeHeader, type ColumnMap } from './header';
import { parseMonth } from './month';
import { looksLikeTitle } from './title';

export type SkipReason = 'scaffold' | 'note' | 'title';

/**
 * What a row is before its activity is checked. `monthOnly` is a row with nothing but a month cell that
 * cannot be read: not scaffolding, but not an activity either.
 */
export type RowShape = { kind: 'blank' } | { kind: 'skipped'; reason: SkipReason } | { kind: 'monthOnly' } | { kind: 'activity' };

/** Columns whose content makes a row an activity (or a broken one). 序号/月份 alone do not. */
export const DETAIL_KEYS: readonly PlanColumnKey[] = [
  'date', 'task', 'person', 'status', 'type', 'classHours', 'participants',
  'evidencePlan', 'evidenceRecord', 'evidenceSummary', 'evidencePhotos', 'note',
];

/** Footnotes under the form (备注：…, 填表人：…). 备注 needs no colon; the shorter words do. */
const NOTE_PREFIX = /^(?:备注|(?:注|说明|填表说明|填表人|填报人|审核人|制表人?|签字|签名|联系电话|日期|时间)[:：])/;

/** A totals row under the table (合计 … 共12项, 小计：3项). */
const TOTALS = /^(?:合计|小计|总计|共计)/;
/** Longer than any month a garden writes (2020年十二月份): a sentence, not a month. */
const MAX_MONTH_TEXT = 12;

/**
 * Sign-off lines under the table, spread over several cells: 填表人：王芳 … 审核人：张淑沁, or
 * 光彩幼儿园（盖章） … 2020年3月1日. Every filled cell is a sign-off or a date, and at least one is a sign-off.
 */
const SIGN_OFF = /^(?:填表人|填报人|审核人|审批人|制表人?|经办人|联系人|联系电话|园长|校长|负责人|签字|签名|填报日期|填表日期|日期|时间)[:：]|(?:盖章|公章|签章|签字)[)）]?$/;

function isSignOff(cells: readonly unknown[], filled: readonly number[]): boolean {
  // Sign-off words first: activity rows have none, and the date check below is the costly part.
  let signed = false;
  for (const col of filled) if (mayBeSignOff(cells[col]) && SIGN_OFF.test(compactText(cells[col]))) signed = true;
  if (!signed) return false;
  for (const col of filled) {
    if (!SIGN_OFF.test(compactText(cells[col])) && parseDate(cells[col]).kind !== 'day') return false;
  }
  return true;
}

/** Every SIGN_OFF match holds a colon, 章 or 字: a cell without one cannot be a sign-off (a cheap test first). */
function mayBeSignOff(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || c === 0x7ae0 || c === 0x5b57) return true; // : ： 章 字
  }
  return false;
}

export function cellOf(cells: readonly unknown[], columns: ColumnMap, key: PlanColumnKey): unknown {
  const col = columns[key];
  return col === undefined ? null : cells[col];
}

const TABLE_COLUMNS = new WeakMap<ColumnMap, ReadonlySet<number>>();
/** Columns of the table other than 序号 (cached: a table's rows share one column map). */
function tableColumns(columns: ColumnMap): ReadonlySet<number> {
  let cols = TABLE_COLUMNS.get(columns);
  if (!cols) {
    cols = new Set((Object.keys(columns) as PlanColumnKey[]).filter((k) => k !== 'seq').map((k) => columns[k]!));
    TABLE_COLUMNS.set(columns, cols);
  }
  return cols;
}

function hasDetail(cells: readonly unknown[], columns: ColumnMap, key: PlanColumnKey): boolean {
  const value = cellOf(cells, columns, key);
  if (isBlankCell(value)) return false;
  return key !== 'date' || !isDatePlaceholder(value);
}

/**
 * Sorts a row into blank, template scaffolding (a `月 日` placeholder, a bare 序号, a month alone), a note
 * (备注：…), a title (a table title, a repeated header, a heading merged across the table) or an activity.
 * `wideCols` are the columns where a merge at least three columns wide starts on this row.
 */
// Shapes without details are shared rather than made per row (callers only read them).
const BLANK: RowShape = Object.freeze({ kind: 'blank' });
const ACTIVITY: RowShape = Object.freeze({ kind: 'activity' });
const SKIPPED_NOTE: RowShape = Object.freeze({ kind: 'skipped', reason: 'note' });

export function classifyRow(cells: readonly unknown[], columns: ColumnMap, wideCols?: ReadonlySet<number>): RowShape {
  const filled: number[] = [];
  for (let col = 0; col < cells.length; col++) if (!isBlankCell(cells[col])) filled.push(col);
  if (filled.length === 0) return BLANK;

  const tableCols = tableColumns(columns);
  if (!filled.some((col) => tableCols.has(col))) {
    return { kind: 'skipped', reason: columns.seq !== undefined && filled.includes(columns.seq) ? 'scaffold' : 'note' };
  }

  if (filled.length === 1) {
    const col = filled[0];
    const value = cells[col];
    if (col === columns.month && parseMonth(value).kind === 'month') return { kind: 'skipped', reason: 'scaffold' };
    if (NOTE_PREFIX.test(compactText(value))) return { kind: 'skipped', reason: 'note' };
    if (looksLikeTitle(value) || wideCols?.has(col)) return { kind: 'skipped', reason: 'title' };
  }
  if (TOTALS.test(compactText(cells[filled[0]])) || isSignOff(cells, filled)) return { kind: 'skipped', reason: 'note' };
  // A repeated header (a second block, a pasted template): cheap tests first, the full match only then.
  if (columnForHeader(cellOf(cells, columns, 'month')) === 'month' && columnForHeader(cellOf(cells, columns, 'task')) === 'task' && looksLikeHeader(cells)) {
    return { kind: 'skipped', reason: 'title' };
  }

  let details = 0;
  let lastDetail: PlanColumnKey | undefined;
  for (const key of DETAIL_KEYS) {
    if (hasDetail(cells, columns, key)) {
      details++;
      lastDetail = key;
    }
  }
  if (details === 0) {
    const month = cellOf(cells, columns, 'month');
    if (isBlankCell(month) || parseMonth(month).kind === 'month') return { kind: 'skipped', reason: 'scaffold' };
    // A sentence in the month column is the note typed without its 备注： label, not a mistyped month.
    return compactText(month).length > MAX_MONTH_TEXT ? { kind: 'skipped', reason: 'note' } : { kind: 'monthOnly' };
  }
  if (details === 1 && lastDetail === 'note') return SKIPPED_NOTE;
  return ACTIVITY;
}

/** Text of a cell, or null when blank. */
export function textOrNull(value: unknown): string | null {
  const text = cellText(value);
  return text === '' ? null : text;
}
