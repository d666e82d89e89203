import type { PlanColumnKey } from '../../../../schemas';
import { cellText, compactText, firstShownChar, isBlankCell, isSpaceOrControl } from './cells';
import { isDatePlaceholder, parseDate } from './date';
import { columnForHeader, looksLikeHeader, type ColumnMap } from './header';
import { parseMonth } from './month';
import { cellAt, layoutOf, type ColumnLayout } from './layout';
import { looksLikeTitle } from './title';

export type SkipReason = 'scaffold' | 'note' | 'title';

/**
 * What a row is before its activity is checked. `monthOnly` is a row with nothing but a month cell that
 * cannot be read: not scaffolding, but not an activity either.
 */
export type RowShape = { kind: 'blank' } | { kind: 'skipped'; reason: SkipReason } | { kind: 'monthOnly' } | { kind: 'activity' };

/** Footnotes under the form (备注：…, 填表人：…). 备注 needs no colon; the shorter words do. */
const NOTE_PREFIX = /^(?:备注|(?:注|说明|填表说明|填表人|填报人|审核人|制表人?|签字|签名|联系电话|日期|时间)[:：])/;

/**
 * A totals label under the table: the word alone or with its count (合计, 合计 12项, 小计：1项, 共计3次). A task
 * that merely starts with the same characters (总计划研讨…, 合计划分区角…) is not one.
 */
const TOTALS = /^(?:合计|小计|总计|共计)[:：]?(?:共?(?:\d+|[一二两三四五六七八九十百零〇]+)(?:项|次|个|条|课时|学时|节|场|人次|人)?)?$/;
/** A sign-off or note label that can also start an activity typed in one cell (时间：3月5日 到黑泉送教). */
const TIME_LABEL = /^(?:日期|时间)[:：]/;
/** Longer than any month a garden writes (2020年十二月份): a sentence, not a month. */
const MAX_MONTH_TEXT = 12;

/**
 * Sign-off lines under the table, spread over several cells: 填表人：王芳 … 审核人：张淑沁, or
 * 光彩幼儿园（盖章） … 2020年3月1日. Every filled cell is a sign-off or a date, and at least one is a sign-off.
 */
const SIGN_OFF = /^(?:填表人|填报人|审核人|审批人|制表人?|经办人|联系人|联系电话|园长|校长|负责人|签字|签名|填报日期|填表日期|日期|时间)[:：]|(?:盖章|公章|签章|签字)[)）]?$/;

function isSignOff(cells: readonly unknown[], filled: readonly number[], task: number | undefined): boolean {
  // Sign-off words first: activity rows have none, and the date check below is the costly part.
  let signed = false;
  for (const col of filled) if (mayBeSignOff(cells[col]) && SIGN_OFF.test(compactText(cells[col]))) signed = true;
  if (signed && task !== undefined && TIME_LABEL.test(compactText(cells[task]))) return false;
  if (!signed) return false;
  for (const col of filled) {
    if (!SIGN_OFF.test(compactText(cells[col])) && parseDate(cells[col]).kind !== 'day') return false;
  }
  return true;
}

/** First characters of SIGN_OFF's leading words; its other branch ends in 章 or 字, maybe before a bracket. */
const SIGN_OFF_FIRST = charTable('填审制经联园校负签日时');
const SIGN_OFF_LAST = charTable('章字)）');

/** A lookup by char code (every cell of every row is asked; a Set of numbers hashes each time). */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * Whether a cell could match SIGN_OFF, from the first and last characters of its text (a cheap test first: task
 * text, with its colons, would otherwise be cleaned and matched on every row). Cleaning only trims, drops
 * spaces and control characters and makes full-width ASCII half-width, none of which makes or unmakes these;
 * the ends are found by skipping what cellText drops, without cleaning the whole text.
 */
function mayBeSignOff(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let first = 0;
  while (first < value.length && isSpaceOrControl(value.charCodeAt(first))) first++;
  if (first === value.length) return false;
  let last = value.length - 1;
  while (isSpaceOrControl(value.charCodeAt(last))) last--;
  return SIGN_OFF_FIRST[value.charCodeAt(first)] === 1 || SIGN_OFF_LAST[value.charCodeAt(last)] === 1;
}

export function cellOf(cells: readonly unknown[], columns: ColumnMap, key: PlanColumnKey): unknown {
  const col = columns[key];
  return col === undefined ? null : cells[col];
}

/**
 * The row holds what only an activity holds: a 完成情况, a 负责人 or a 帮扶时间 (a sign-off label such as 审核人：…
 * or a signing date in those columns does not count). Such a row is never skipped: it is accepted or reported.
 */
function holdsActivityFields(cells: readonly unknown[], columns: ColumnMap): boolean {
  for (const key of ['status', 'person'] as const) {
    const value = cellOf(cells, columns, key);
    if (!isBlankCell(value) && !isSignOffText(value) && columnForHeader(value) !== key && parseDate(value).kind !== 'day') return true;
  }
  const date = cellOf(cells, columns, 'date');
  return hasDetail(cells, columns, 'date') && !isSignOffText(date) && columnForHeader(date) !== 'date';
}

function isSignOffText(value: unknown): boolean {
  return mayBeSignOff(value) && SIGN_OFF.test(compactText(value));
}

function hasDetail(cells: readonly unknown[], columns: ColumnMap, key: PlanColumnKey): boolean {
  const col = columns[key];
  return col !== undefined && hasDetailAt(cells, col, key === 'date');
}

function hasDetailAt(cells: readonly unknown[], col: number, isDate: boolean): boolean {
  const value = cells[col];
  if (isBlankCell(value)) return false;
  return !isDate || !isDatePlaceholder(value);
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

/** First characters of TOTALS: a first cell starting otherwise cannot be a totals label. */
const TOTALS_FIRST = charTable('合小总共');

export function classifyRow(cells: readonly unknown[], columns: ColumnMap, wideCols?: ReadonlySet<number>): RowShape {
  const layout = layoutOf(columns);
  // One pass over the cells: what is filled, and whether any filled cell could be a sign-off. The list of filled
  // columns is made only for the rare rows that need it.
  let count = 0;
  let first = -1;
  let inTable = false;
  let maybeSigned = false;
  for (let col = 0; col < cells.length; col++) {
    const value = cells[col];
    if (isBlankCell(value)) continue;
    if (count++ === 0) first = col;
    if (layout.inTable[col] === 1) inTable = true;
    if (!maybeSigned && mayBeSignOff(value)) maybeSigned = true;
  }
  if (count === 0) return BLANK;

  if (!inTable) {
    return { kind: 'skipped', reason: columns.seq !== undefined && !isBlankCell(cells[columns.seq]) ? 'scaffold' : 'note' };
  }

  if (count === 1) {
    const value = cells[first];
    const text = compactText(value);
    if (first === columns.month && parseMonth(value).kind === 'month') return { kind: 'skipped', reason: 'scaffold' };
    if (NOTE_PREFIX.test(text) && !(first === columns.task && TIME_LABEL.test(text))) return { kind: 'skipped', reason: 'note' };
    // A task alone is an activity still being planned (or a broken one), whatever it looks like or spans.
    if (first !== columns.task && (looksLikeTitle(value) || wideCols?.has(first))) return { kind: 'skipped', reason: 'title' };
  }
  if ((mayBeTotals(cells[first]) && TOTALS.test(compactText(cells[first]))) || (maybeSigned && isSignOff(cells, filledColumns(cells), columns.task))) {
    if (!holdsActivityFields(cells, columns)) return { kind: 'skipped', reason: 'note' };
  }
  // A repeated header (a second block, a pasted template): cheap tests first, the full match only then.
  const month = cellAt(cells, layout.month);
  if (typeof month === 'string' && columnForHeader(month) === 'month' && columnForHeader(cellAt(cells, layout.task)) === 'task'
    && looksLikeHeader(cells) && !holdsActivityFields(cells, columns)) {
    return { kind: 'skipped', reason: 'title' };
  }
  return detailShape(cells, layout, month);
}

/** What the detail columns make of a row that is neither a note, a sign-off nor a title. */
function detailShape(cells: readonly unknown[], layout: ColumnLayout, month: unknown): RowShape {
  let note = false;
  for (let i = 0; i < layout.detailCols.length; i++) {
    const col = layout.detailCols[i];
    if (!hasDetailAt(cells, col, col === layout.date)) continue;
    // Any detail but a note makes an activity; a note alone is a note.
    if (col !== layout.note) return ACTIVITY;
    note = true;
  }
  if (note) return SKIPPED_NOTE;
  if (isBlankCell(month) || parseMonth(month).kind === 'month') return { kind: 'skipped', reason: 'scaffold' };
  // A sentence in the month column is the note typed without its 备注： label, not a mistyped month.
  return compactText(month).length > MAX_MONTH_TEXT ? { kind: 'skipped', reason: 'note' } : { kind: 'monthOnly' };
}

function filledColumns(cells: readonly unknown[]): number[] {
  const filled: number[] = [];
  for (let col = 0; col < cells.length; col++) if (!isBlankCell(cells[col])) filled.push(col);
  return filled;
}

function mayBeTotals(value: unknown): boolean {
  return typeof value === 'string' && TOTALS_FIRST[firstShownChar(value)] === 1;
}

/** Text of a cell, or null when blank. */
export function textOrNull(value: unknown): string | null {
  const text = cellText(value);
  return text === '' ? null : text;
}
