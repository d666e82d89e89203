import { DateTime } from 'luxon';
import type { ActivityType, Issue, PlanColumnKey, PlanRow, Status } from '../../../../schemas';
import { parseActivityType, inferActivityType } from './activity-type';
import { isBlankCell, isFormulaError } from './cells';
import { shownDate } from './date';
import { cellOf, classifyRow, DETAIL_KEYS, textOrNull, type SkipReason } from './classify';
import { checkChildData } from './child-check';
import { parseCount } from './count';
import type { ColumnMap, HeaderNames } from './header';
import { messages } from './messages';
import { resolveDate, resolveMonth, yearOfMonth, type CarriedMonth, type RowMonth } from './row-fields';
import { RowIssues, templateHeader } from './row-issues';
import { monthKey } from './serial';
import { parseStatus } from './status';

export interface RowContext {
  /** 1-based sheet row. */
  row: number;
  columns: ColumnMap;
  /** Headers as the garden typed them, to label issues; the template's headers otherwise. */
  names?: HeaderNames;
  /** The table's year; a month cell with its own year (2020年3月, a date serial) overrides it. */
  year: number | null;
  /** The year is a school year's first (2020—2021学年): months 1–8 fall in the next calendar year. */
  schoolYear?: boolean;
  /** The month typed above, used when this row's month cell is blank (merges already filled in). */
  carriedMonth?: CarriedMonth | null;
  /** ISO instant: done activities dated after its day (Asia/Shanghai) get a date.future warning. */
  asOf?: string;
  /** Columns where a merge at least three wide starts on this row (a heading, not an activity). */
  wideCols?: ReadonlySet<number>;
  /**
   * Values shown in this row through vertical merges anchored above (0-based column → value). They apply
   * to the row's activity but do not make an otherwise empty row one.
   */
  merged?: ReadonlyMap<number, unknown>;
}

export interface RowCheck {
  /** The activity, when the row is one and has no error. */
  row?: PlanRow;
  issues: Issue[];
  /** Set when the row is template scaffolding, a note or a title: not an activity, no issue. */
  skipped?: SkipReason;
  /** Set when every cell is empty. */
  blank?: boolean;
}

export const EVIDENCE_KEYS = ['evidencePlan', 'evidenceRecord', 'evidenceSummary', 'evidencePhotos'] as const;
/** Cells where a broken formula is reported (the month and every detail column). */
const FORMULA_KEYS: readonly PlanColumnKey[] = ['month', ...DETAIL_KEYS];

let todayCache: { asOf: string; day: string | null } | null = null;
/** The calendar day of an instant in Asia/Shanghai (one-entry cache: a table is checked against one instant). */
function shanghaiDay(asOf: string | undefined): string | null {
  if (!asOf) return null;
  if (todayCache?.asOf !== asOf) {
    const dt = DateTime.fromISO(asOf, { setZone: true });
    todayCache = { asOf, day: dt.isValid ? dt.setZone('Asia/Shanghai').toISODate() : null };
  }
  return todayCache.day;
}

let monthCache: { day: string; month: string } | null = null;
/** `YYYY-MM` of a day (one-entry cache, like shanghaiDay). */
function todayMonth(day: string): string {
  if (monthCache?.day !== day) monthCache = { day, month: day.slice(0, 7) };
  return monthCache.month;
}

function readCount(cells: readonly unknown[], ctx: RowContext, key: 'classHours' | 'participants', out: RowIssues): number | null {
  const value = cellOf(cells, ctx.columns, key);
  const parsed = parseCount(value, { integer: key === 'participants' });
  if (parsed.kind === 'invalid') out.add(key, 'number.invalid', messages.numberInvalid(out.cell(key), out.header(key), value));
  return parsed.kind === 'number' ? parsed.value : null;
}

function readType(value: unknown, task: string | null, out: RowIssues): [ActivityType, PlanRow['typeSource']] | null {
  if (isBlankCell(value)) return [inferActivityType(task ?? ''), 'inferred'];
  const type = parseActivityType(value);
  if (type) return [type, 'column'];
  out.add('type', 'type.unknown', messages.typeUnknown(out.cell('type'), value));
  return null;
}

function warnings(row: PlanRow, cells: readonly unknown[], ctx: RowContext, out: RowIssues): void {
  if (row.status !== 'done') return;
  let missing: PlanColumnKey[] | undefined; // made only when some evidence is missing
  for (const key of EVIDENCE_KEYS) {
    if (ctx.columns[key] !== undefined && isBlankCell(cellOf(cells, ctx.columns, key))) (missing ??= []).push(key);
  }
  if (missing !== undefined) {
    out.add(missing[0], 'evidence.missing', messages.evidenceMissing(out.cell(missing[0]), missing.map(templateHeader)), 'warning');
  }
  const today = shanghaiDay(ctx.asOf);
  if (today === null) return;
  const future = row.date !== null ? row.date > today : row.month > todayMonth(today);
  if (future) {
    // Point at the date cell when it says something (a day, or 6月上旬); else at the month.
    const key: PlanColumnKey = isBlankCell(cellOf(cells, ctx.columns, 'date')) ? 'month' : 'date';
    out.add(key, 'date.future', messages.dateFuture(out.cell(key), shownDate(cellOf(cells, ctx.columns, key)), today), 'warning');
  }
}

function checkActivity(cells: readonly unknown[], ctx: RowContext): RowCheck {
  const out = new RowIssues(ctx.row, ctx.columns, ctx.names);
  const get = (key: PlanColumnKey) => cellOf(cells, ctx.columns, key);
  let broken: Set<PlanColumnKey> | undefined; // made on the first formula error: almost no row has one
  for (const key of FORMULA_KEYS) {
    if (isFormulaError(get(key))) {
      (broken ??= new Set()).add(key);
      out.add(key, 'cell.formula_error', messages.formulaError(out.cell(key), get(key)));
    }
  }
  const ok = (key: PlanColumnKey) => broken === undefined || !broken.has(key);

  const month: RowMonth | null = ok('month') ? resolveMonth(get('month'), ctx.carriedMonth, yearOfMonth(ctx, get('date')), out) : null;
  if (month) out.placeIn(monthKey(month.year, month.month));
  const date = ok('date') ? resolveDate(get('date'), month, out) : undefined;
  const task = textOrNull(get('task'));
  if (task === null) out.add('task', 'task.missing', messages.taskMissing(out.cell('task')));
  const person = textOrNull(get('person'));
  let status: Status | null = null;
  if (ok('status')) {
    status = parseStatus(get('status'));
    if (status === null) out.add('status', 'status.unknown', messages.statusUnknown(out.cell('status'), get('status')));
  }
  if (status === 'done' && person === null) out.add('person', 'person.missing', messages.personMissing(out.cell('person')));
  const type = ok('type') ? readType(get('type'), task, out) : null;
  const classHours = ok('classHours') ? readCount(cells, ctx, 'classHours', out) : null;
  const participants = ok('participants') ? readCount(cells, ctx, 'participants', out) : null;

  // Before the error return: a child's name is reported even in a row that is rejected for other reasons.
  const text = checkChildData({
    task, note: textOrNull(get('note')), evidencePlan: textOrNull(get('evidencePlan')), evidenceRecord: textOrNull(get('evidenceRecord')),
    evidenceSummary: textOrNull(get('evidenceSummary')), evidencePhotos: textOrNull(get('evidencePhotos')),
  }, type?.[0] === '困境幼儿资助', out);

  if (out.hasErrors || !month || date === undefined || task === null || status === null || type === null) {
    return { issues: out.list };
  }
  const row: PlanRow = {
    row: ctx.row,
    month: monthKey(month.year, month.month),
    date,
    task: text.task ?? task,
    person,
    type: type[0],
    typeSource: type[1],
    status,
    classHours,
    participants,
    evidence: { plan: text.evidencePlan, record: text.evidenceRecord, summary: text.evidenceSummary, photos: text.evidencePhotos },
    note: text.note,
  };
  warnings(row, cells, ctx, out);
  return { row, issues: out.list };
}

function withMerged(cells: readonly unknown[], merged: ReadonlyMap<number, unknown> | undefined): readonly unknown[] {
  if (!merged || merged.size === 0) return cells;
  const filled = cells.slice();
  for (const [col, value] of merged) if (isBlankCell(filled[col])) filled[col] = value;
  return filled;
}

/**
 * Checks one typed row of a plan table: an activity (with its warnings), issues (at least one error when
 * the row is a broken activity), or a skip reason for scaffolding/notes/titles. Usable on its own for
 * as-you-type checks; `readPlanTable` calls it for every row.
 */
export function checkPlanRow(cells: readonly unknown[], ctx: RowContext): RowCheck {
  const row = Array.isArray(cells) ? cells : [];
  const shape = classifyRow(row, ctx.columns, ctx.wideCols);
  switch (shape.kind) {
    case 'blank':
      return { issues: [], blank: true };
    case 'skipped':
      return { issues: [], skipped: shape.reason };
    case 'monthOnly': {
      const out = new RowIssues(ctx.row, ctx.columns, ctx.names);
      const value = cellOf(row, ctx.columns, 'month');
      if (isFormulaError(value)) out.add('month', 'cell.formula_error', messages.formulaError(out.cell('month'), value));
      else out.add('month', 'month.unknown', messages.monthUnknown(out.cell('month'), value));
      return { issues: out.list };
    }
    case 'activity':
      return checkActivity(withMerged(row, ctx.merged), ctx);
  }
}
