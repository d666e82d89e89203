import { PLAN_COLUMNS, type CellGrid, type Issue, type PlanColumnKey, type PlanRow } from '../../../../schemas';
import { a1, isBlankCell } from './cells';
import { findReusedEvidence } from './evidence';
import { findHeader, type ColumnMap } from './header';
import { buildMergeLookup, mergedValues } from './merges';
import { messages } from './messages';
import { checkPlanRow, type RowContext } from './row';
import type { CarriedMonth } from './row-fields';
import { compareIssues } from './row-issues';
import { parseTitle, parseUnitLine, type TitleInfo } from './title';
import { ValueBlocks } from './value-blocks';

export interface ReadPlanTableOptions {
  year?: number;
  /** ISO instant; done activities dated after it get a date.future warning */
  asOf?: string;
}

export interface SkippedRow {
  row: number;
  reason: 'scaffold' | 'note' | 'title';
}

export interface PlanTable {
  /** Garden name from the title; null for the form's **校（园） placeholder or no title. */
  garden: string | null;
  /** options.year, else the title's year, else null (then a table.no_year issue and no row can be dated). */
  year: number | null;
  /** 1-based. */
  headerRow: number | null;
  /** 0-based column index of each recognised column. */
  columns: Partial<Record<PlanColumnKey, number>>;
  /** Accepted activities, in sheet order. */
  rows: PlanRow[];
  /** Sorted by row, then column. */
  issues: Issue[];
  /** Rows that are template scaffolding, notes or titles, not activities. */
  skipped: SkippedRow[];
}

type Rows = unknown[][];

function asRows(grid: unknown): Rows {
  const rows = (grid as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? rows.map((r) => (Array.isArray(r) ? r : [])) : [];
}

/**
 * The title: the first filled cell above the header that reads as a garden/year title; the garden may instead
 * be on a line of its own (填报单位：光彩幼儿园).
 */
function findTitle(rows: Rows, headerIndex: number): TitleInfo & { row: number | null } {
  let found: (TitleInfo & { row: number }) | null = null;
  let unit: string | null = null;
  for (let r = 0; r < headerIndex; r++) {
    for (const value of rows[r]) {
      if (typeof value !== 'string' || isBlankCell(value)) continue;
      const unitName = parseUnitLine(value);
      unit ??= unitName;
      if (found || unitName !== null) continue;
      const title = parseTitle(value);
      if (title.year !== null || title.garden !== null) found = { ...title, row: r + 1 };
    }
  }
  if (!found) return { garden: unit, year: null, schoolYear: false, row: null };
  return { ...found, garden: found.garden ?? unit };
}

/** A month carried down from a cell, named (A1) only if a message needs it: most rows carry without one. */
class CarriedCell implements CarriedMonth {
  /** `row` is 1-based. */
  constructor(readonly value: unknown, readonly row: number, private readonly col: number) {}

  get cell(): string {
    return a1(this.row, this.col);
  }
}

function inTemplateOrder(columns: ColumnMap): ColumnMap {
  const ordered: ColumnMap = {};
  for (const { key } of PLAN_COLUMNS) if (columns[key] !== undefined) ordered[key] = columns[key];
  return ordered;
}

function validYear(year: unknown): number | null {
  return typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null;
}

/**
 * Reads a garden's plan table from its cells: finds the header (any row, header variants), the title's
 * garden and year, and turns every row below into an accepted plan row, issues (Chinese, naming the cell),
 * or a skip (scaffolding, notes, titles). Merged month/date/person/status cells apply to every row they
 * cover; a month typed once carries down until the next month, note or title. A bad value that reaches a block
 * of rows that way is one issue, at the cell it was typed in (see ValueBlocks). Never throws.
 */
export function readPlanTable(grid: CellGrid, options: ReadPlanTableOptions = {}): PlanTable {
  const rows = asRows(grid);
  const header = findHeader(rows);
  if (!header) {
    const issue: Issue = { row: 1, cell: 'A1', column: '', severity: 'error', code: 'table.no_header', message: messages.noHeader('A1') };
    return { garden: null, year: validYear(options.year), headerRow: null, columns: {}, rows: [], issues: [issue], skipped: [] };
  }
  const title = findTitle(rows, header.index);
  const year = validYear(options.year) ?? title.year;
  // A school-year title (2020—2021学年) puts months 1–8 in the next year; a year given outright is a calendar year.
  const schoolYear = validYear(options.year) === null && title.schoolYear;
  const issues: Issue[] = [];
  const skipped: SkippedRow[] = [];
  const accepted: PlanRow[] = [];
  for (let r = 0; r < header.index; r++) if (rows[r].some((v) => !isBlankCell(v))) skipped.push({ row: r + 1, reason: 'title' });
  if (year === null) {
    const row = title.row ?? header.index + 1;
    issues.push({ row, cell: a1(row, 0), column: '', severity: 'error', code: 'table.no_year', message: messages.noYear(a1(row, 0)) });
  }

  const { names } = header;
  // Rows read the column map by key many times each: one key order (the template's) for every table keeps those
  // reads fast, where maps built in each header's own column order would have as many shapes as layouts.
  const columns = inTemplateOrder(header.columns);
  const merges = buildMergeLookup((grid as { merges?: unknown } | null)?.merges, rows.length, columns);
  const asOf = options.asOf;
  const monthCol = columns.month!;
  let carried: CarriedCell | null = null;
  const blocks = new ValueBlocks();
  // One context for the table, its row fields set per row: checkPlanRow reads it and keeps nothing of it.
  const ctx: RowContext = { columns, names, year, schoolYear, asOf, row: 0, carriedMonth: null, merged: undefined, wideCols: undefined };
  for (let r = header.index + 1; r < rows.length; r++) {
    const merged = mergedValues(rows, r, merges);
    ctx.row = r + 1;
    ctx.carriedMonth = carried;
    ctx.merged = merged;
    ctx.wideCols = merges.wideCols(r);
    const check = checkPlanRow(rows[r], ctx);
    if (check.row) accepted.push(check.row);
    if (check.skipped) skipped.push({ row: r + 1, reason: check.skipped });
    if (check.issues.length > 0) {
      const from = carried;
      // The row a column's value was typed in: its own, a merge's first row, or the month's carried from above.
      const sourceRow = (col: number): number => {
        if (!isBlankCell(rows[r][col])) return r + 1;
        if (merged?.has(col)) return merges.anchorRow(col, r) + 1;
        return col === monthCol && from ? from.row : r + 1;
      };
      for (const issue of check.issues) if (!blocks.fold(issue, sourceRow)) issues.push(issue);
    }
    blocks.endRow(check.blank === true);

    // The month carries down within the table: a new month replaces it, a note or title ends it.
    const own = rows[r][monthCol];
    if (check.skipped === 'note' || check.skipped === 'title') carried = null;
    else if (!isBlankCell(own)) carried = new CarriedCell(own, r + 1, monthCol);
    else if (merged?.has(monthCol)) carried = new CarriedCell(merged.get(monthCol), merges.anchorRow(monthCol, r) + 1, monthCol);
  }
  for (const issue of findReusedEvidence(accepted, columns, names, rows)) issues.push(issue);
  issues.sort(compareIssues);
  return { garden: title.garden, year, headerRow: header.index + 1, columns: { ...header.columns }, rows: accepted, issues, skipped };
}
