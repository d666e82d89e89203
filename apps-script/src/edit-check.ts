import type { CellGrid, Issue } from '../../schemas';
import { readPlanTable } from '../../functions/src/core/intake';

export interface Span {
  /** 1-based, inclusive. */
  first: number;
  last: number;
}

export interface EditCheck {
  /** The rows whose marks this check decides. */
  rows: Span;
  issues: Issue[];
}

/**
 * As-you-type check of an edit, with the server's own intake code: the core reads the grid exactly as a sync
 * would (title year, header, carried and merged months), and only issues on the affected rows are kept, so marks
 * elsewhere stay until their own rows are edited or 全表检查 runs. The affected rows are the edited data rows, to
 * the end of the sheet when the month column was touched (a month typed once carries down), and up to the first
 * row of any block issue reaching into them (a bad merged month at A3 names A3:A5: a task typed on row 6 grows it).
 * Null when the sheet is not a plan table or the edit is above its data.
 */
export function checkEdit(grid: CellGrid, edited: { rows: Span; columns: Span }, options: { asOf?: string } = {}): EditCheck | null {
  const table = readPlanTable(grid, { asOf: options.asOf });
  if (table.headerRow === null || edited.rows.last <= table.headerRow) return null;
  const monthColumn = table.columns.month === undefined ? undefined : table.columns.month + 1;
  const touchesMonth = monthColumn !== undefined && edited.columns.first <= monthColumn && monthColumn <= edited.columns.last;
  const rows = {
    first: Math.max(edited.rows.first, table.headerRow + 1),
    last: touchesMonth ? Math.max(edited.rows.last, grid.rows.length) : edited.rows.last,
  };
  for (const i of table.issues) if (i.lastRow !== undefined && i.row < rows.first && i.lastRow >= rows.first) rows.first = i.row;
  return { rows, issues: table.issues.filter((i) => i.row >= rows.first && i.row <= rows.last) };
}

/** The whole-table check behind 全表检查: every data row, plus table-level issues (no header, no year). */
export function checkTable(grid: CellGrid, options: { asOf?: string } = {}): { headerRow: number | null; issues: Issue[] } {
  const table = readPlanTable(grid, { asOf: options.asOf });
  return { headerRow: table.headerRow, issues: table.issues };
}
