import type ExcelJS from 'exceljs';
import { ISSUE_LIST_COLUMNS, ISSUE_LIST_SHEET, type Issue } from '../../../../schemas';
import { neutraliseFormula } from '../../core/safe-text';
import { ISSUE_LIST_HEADER, issueListRows } from '../../core/template/issue-list';

export const NO_ISSUES_TEXT = '未发现问题。';

type SheetRow = Array<string | number>;

/**
 * The rows of the 问题清单 sheet for these issues, or null when there is nothing to show and no sheet yet.
 * Text typed by the garden (headers, quoted values in messages) is neutralised so it cannot become a formula.
 */
export function issueSheetRows(issues: readonly Issue[], sheetExists: boolean): SheetRow[] | null {
  if (issues.length === 0) return sheetExists ? [[...ISSUE_LIST_HEADER], [NO_ISSUES_TEXT]] : null;
  return issueListRows(issues).map((row) => row.map((value) => (typeof value === 'string' ? neutraliseFormula(value) : value)));
}

/** The current 问题清单 rows as plain values, or null when the sheet is absent. */
export function readIssueSheet(workbook: ExcelJS.Workbook): SheetRow[] | null {
  const sheet = workbook.getWorksheet(ISSUE_LIST_SHEET);
  if (!sheet) return null;
  const rows: SheetRow[] = [];
  sheet.eachRow((row) => {
    const values: SheetRow = [];
    row.eachCell((cell, col) => {
      values[col - 1] = typeof cell.value === 'number' ? cell.value : cell.text;
    });
    rows.push(values);
  });
  return rows;
}

/** Replaces our 问题清单 sheet (it is ours alone; the garden's sheets are never touched). */
export function writeIssueSheet(workbook: ExcelJS.Workbook, rows: SheetRow[] | null): void {
  const existing = workbook.getWorksheet(ISSUE_LIST_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  if (rows === null) return;
  const sheet = workbook.addWorksheet(ISSUE_LIST_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } });
  ISSUE_LIST_COLUMNS.forEach(({ width }, i) => { sheet.getColumn(i + 1).width = width; });
  // Plain string values: exceljs stores them as shared strings, never as formulas.
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}
