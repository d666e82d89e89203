import ExcelJS from 'exceljs';
import { ISSUE_LIST_SHEET, type CellGrid, type CellValue, type MergeRange } from '../../../../schemas';
import { parseA1 } from '../../core/sheet-address';
import { toCellValue } from './cell-value';
import { workbookError } from './errors';
import { looksLikePlanTable } from './plan-sheet';

/** Worksheets we add to a garden's workbook ourselves; never read as the plan table. */
export const MARKS_SHEET = '_bangfu_marks';

/** A worksheet's cells as a CellGrid: ragged rows without trailing empties, values only in merge anchors. */
export function worksheetToGrid(sheet: ExcelJS.Worksheet): CellGrid {
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // exceljs answers a merged cell's value with its anchor's; the grid holds it in the anchor only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toCellValue(cell.value);
      if (value === null) return;
      while (values.length < colNumber - 1) values.push(null);
      values[colNumber - 1] = value;
    });
    if (values.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = values;
  });
  return { sheetName: sheet.name, rows, merges: sheet.model.merges.map(toMergeRange) };
}

function toMergeRange(range: string): MergeRange {
  const [from, to = from] = range.split(':');
  const start = cellOf(from);
  const end = cellOf(to);
  return { startRow: start.row - 1, endRow: end.row, startCol: start.col, endCol: end.col + 1 };
}

function cellOf(address: string): { row: number; col: number } {
  const cell = parseA1(address);
  if (!cell) throw new Error(`not an A1 cell address: ${address}`);
  return cell;
}

/**
 * The worksheet holding the plan table: the one named, else the first visible sheet that looks like a plan
 * table, else the first visible sheet. Our own issues and marks sheets are never chosen.
 */
export function choosePlanSheet(workbook: ExcelJS.Workbook, label: string, name?: string): { sheet: ExcelJS.Worksheet; grid: CellGrid } {
  if (name !== undefined) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw workbookError('no_sheet', label, `找不到工作表“${name}”`);
    return { sheet, grid: worksheetToGrid(sheet) };
  }
  const candidates = workbook.worksheets.filter(
    (sheet) => sheet.state === 'visible' && sheet.name !== ISSUE_LIST_SHEET && sheet.name !== MARKS_SHEET,
  );
  if (candidates.length === 0) throw workbookError('no_sheet', label);
  let first: { sheet: ExcelJS.Worksheet; grid: CellGrid } | undefined;
  for (const sheet of candidates) {
    const grid = worksheetToGrid(sheet);
    if (looksLikePlanTable(grid)) return { sheet, grid };
    first ??= { sheet, grid };
  }
  return first as { sheet: ExcelJS.Worksheet; grid: CellGrid };
}
