import type { CellGrid, MergeRange } from '../../schemas';
import { toCellRows } from './cell-values';
import type { SheetPort } from './ports';

/**
 * Rows 1..lastRow of a sheet as the CellGrid the intake core reads (the same shape the Sheets API and .xlsx
 * adapters produce): two service calls, one for values and one for merges, whatever the size.
 */
export function readGrid(sheet: SheetPort, lastRow: number, lastColumn: number, timeZone: string): CellGrid {
  if (lastRow < 1 || lastColumn < 1) return { sheetName: sheet.getName(), rows: [], merges: [] };
  const range = sheet.getRange(1, 1, lastRow, lastColumn);
  const merges = range.getMergedRanges().map((m) => toMergeRange(m.getA1Notation()));
  return { sheetName: sheet.getName(), rows: toCellRows(range.getValues(), timeZone), merges: merges.filter((m): m is MergeRange => m !== null) };
}

/**
 * A merge's A1 (`A3:A7`) → the grid's 0-based, end-exclusive MergeRange (like GridRange). One call per merge
 * (getA1Notation) instead of four (getRow, getColumn, getNumRows, getNumColumns).
 */
export function toMergeRange(a1: string): MergeRange | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [r1, c1] = [Number(m[2]), col(m[1])];
  const [r2, c2] = m[3] ? [Number(m[4]), col(m[3])] : [r1, c1];
  return { startRow: Math.min(r1, r2) - 1, endRow: Math.max(r1, r2), startCol: Math.min(c1, c2) - 1, endCol: Math.max(c1, c2) };
}
