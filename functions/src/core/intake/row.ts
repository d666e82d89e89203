import { DateTime } from 'luxon';
import { ACTIVITY_TYPES, type ActivityType, type Issue, type PlanColumnKey, type PlanRow, type Status } from '../../../../schemas';
import { parseActivityType, inferActivityType } from './activity-type';
import { isBlankCell, isFormulaError } from './cells';
import { shownDate } from './date';
import { cellOf, classifyRow, textOrNull, type SkipReason } from './classify';
import { checkChildData } from './child-check';
import { parseCount } from './count';
import type { ColumnMap, HeaderNames } from './header';
import { messages } from './messages';
import { cellAt, layoutOf, type ColumnLayout } from './layout';
import { resolveDate, resolveMonth, type CarriedMonth, type RowMonth } from './row-fields';
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
  issues: readonly Issue[];
  /** Set when the row is template scaffolding, a note or a title: not an activity, no issue. */
  skipped?: SkipReason;
  /** Set when every cell is empty. */
  blank?: boolean;
}

export const EVIDENCE_KEYS = ['evidencePlan', 'evidenceRecord', 'evidenceSummary', 'evidencePhotos'] as const;

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

function readCount(value: unknown, key: 'classHours' | 'participants', out: RowIssues): number | null {
  // A plain count typed as a number (most are) needs no reading.
  if (typeof value === 'number' && value >= 0 && value <= 1_000_000 && (key === 'classHours' || Number.isInteger(value))) return value;
  const parsed = parseCount(value, key === 'participants' ? WHOLE : FRACTIONAL);
  if (parsed.kind === 'invalid') out.add(key, 'number.invalid', messages.numberInvalid(out.cell(key), out.header(key), value));
  return parsed.kind === 'number' ? parsed.value : null;
}

const WHOLE = Object.freeze({ integer: true });
const FRACTIONAL = Object.freeze({ integer: false });

type TypeReading = readonly [ActivityType, PlanRow['typeSource']];

/** One reading per type and source, shared by every row (rows only read them). */
const FROM_COLUMN = new Map(ACTIVITY_TYPES.map((t) => [t, Object.freeze([t, 'column'] as const)]));
const INFERRED = new Map(ACTIVITY_TYPES.map((t) => [t, Object.freeze([t, 'inferred'] as const)]));

function readType(value: unknown, task: string | null, out: RowIssues): TypeReading | null {
  if (isBlankCell(value)) return INFERRED.get(inferActivityType(task ?? ''))!;
  const type = parseActivityType(value);
  if (type) return FROM_COLUMN.get(type)!;
  out.add('type', 'type.unknown', messages.typeUnknown(out.cell('type'), value));
  return null;
}

function warnings(row: PlanRow, cells: readonly unknown[], ctx: RowContext, layout: ColumnLayout, out: RowIssues): void {
  if (row.status !== 'done') return;
  let missing: PlanColumnKey[] | undefined; // made only when some evidence is missing
  for (const key of EVIDENCE_KEYS) {
    const col = layout[key];
    if (col >= 0 && isBlankCell(cells[col])) (missing ??= []).push(key);
  }
  if (missing !== undefined) {
    out.add(missing[0], 'evidence.missing', messages.evidenceMissing(out.cell(missing[0]), missing.map(templateHeader)), 'warning');
  }
  const today = shanghaiDay(ctx.asOf);
  if (today === null) return;
  const future = row.date !== null ? row.date > today : row.month > todayMonth(today);
  if (future) {
    // Point at the date cell when it says something (a day, or 6月上旬); else at the month.
    const key: PlanColumnKey = isBlankCell(cellAt(cells, layout.date)) ? 'month' : 'date';
    const value = cellAt(cells, key === 'date' ? layout.date : layout.month);
    out.add(key, 'date.future', messages.dateFuture(out.cell(key), shownDate(value), today), 'warning');
  }
}

/** Columns whose formula errors were reported on this row, by key; null when none (almost every row). */
function formulaErrors(cells: readonly unknown[], layout: ColumnLayout, out: RowIssues): Set<PlanColumnKey> | null {
  let broken: Set<PlanColumnKey> | null = null;
  for (let i = 0; i < layout.formulaCols.length; i++) {
    const value = cells[layout.formulaCols[i]];
    if (!isFormulaError(value)) continue;
    const key = layout.formulaKeys[i];
    (broken ??= new Set()).add(key);
    out.add(key, 'cell.formula_error', messages.formulaError(out.cell(key), value));
  }
  return broken;
}

/** Whether a column's cell may be read: a broken formula was reported there instead. */
function ok(broken: ReadonlySet<PlanColumnKey> | null, key: PlanColumnKey): boolean {
  return broken === null || !broken.has(key);
}

function checkActivity(cells: readonly unknown[], ctx: RowContext): RowCheck {
  const layout = layoutOf(ctx.columns);
  const out = new RowIssues(ctx.row, ctx.columns, ctx.names);
  const broken = formulaErrors(cells, layout, out);

  const dateCell = cellAt(cells, layout.date);
  const month: RowMonth | null = ok(broken, 'month') ? resolveMonth(cellAt(cells, layout.month), ctx.carriedMonth, ctx, dateCell, out) : null;
  if (month) out.placeIn(monthKey(month.year, month.month));
  const date = ok(broken, 'date') ? resolveDate(dateCell, month, out) : undefined;
  const task = textOrNull(cellAt(cells, layout.task));
  if (task === null) out.add('task', 'task.missing', messages.taskMissing(out.cell('task')));
  const person = textOrNull(cellAt(cells, layout.person));
  let status: Status | null = null;
  if (ok(broken, 'status')) {
    const value = cellAt(cells, layout.status);
    status = parseStatus(value);
    if (status === null) out.add('status', 'status.unknown', messages.statusUnknown(out.cell('status'), value));
  }
  if (status === 'done' && person === null) out.add('person', 'person.missing', messages.personMissing(out.cell('person')));
  const type = ok(broken, 'type') ? readType(cellAt(cells, layout.type), task, out) : null;
  const classHours = ok(broken, 'classHours') ? readCount(cellAt(cells, layout.classHours), 'classHours', out) : null;
  const participants = ok(broken, 'participants') ? readCount(cellAt(cells, layout.participants), 'participants', out) : null;

  // Before the error return: a child's name is reported even in a row that is rejected for other reasons.
  const text = checkChildData({
    task, note: textOrNull(cellAt(cells, layout.note)), evidencePlan: textOrNull(cellAt(cells, layout.evidencePlan)),
    evidenceRecord: textOrNull(cellAt(cells, layout.evidenceRecord)), evidenceSummary: textOrNull(cellAt(cells, layout.evidenceSummary)),
    evidencePhotos: textOrNull(cellAt(cells, layout.evidencePhotos)),
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
  warnings(row, cells, ctx, layout, out);
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
