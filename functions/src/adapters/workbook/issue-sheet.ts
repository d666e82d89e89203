import type ExcelJS from 'exceljs';
import type { Issue } from '../../../../schemas';
import { neutraliseFormula } from '../../core/safe-text';
import { ISSUES_SHEET } from './grid';

const HEADER = ['行', '单元格', '列', '级别', '问题'];
const WIDTHS = [6, 8, 12, 6, 60];
const SEVERITY_LABELS: Record<Issue['severity'], string> = { error: '错误', warning: '提醒' };
export const NO_ISSUES_TEXT = '未发现问题。';

type SheetRow = Array<string | number>;

/**
 * The rows of the 问题清单 sheet for these issues, or null when there is nothing to show and no sheet yet.
 * Text typed by the garden (headers, quoted values in messages) is neutralised so it cannot become a formula.
 */
export function issueSheetRows(issues: readonly Issue[], sheetExists: boolean): SheetRow[] | null {
  if (issues.length === 0) return sheetExists ? [HEADER, [NO_ISSUES_TEXT]] : null;
  const sorted = [...issues].sort((a, b) => a.row - b.row || a.cell.localeCompare(b.cell) || a.code.localeCompare(b.code));
  return [
    HEADER,
    ...sorted.map((issue) => [
      issue.row,
      issue.cell,
      neutraliseFormula(issue.column),
      SEVERITY_LABELS[issue.severity],
      neutraliseFormula(issue.message),
    ]),
  ];
}

/** The current 问题清单 rows as plain values, or null when the sheet is absent. */
export function readIssueSheet(workbook: ExcelJS.Workbook): SheetRow[] | null {
  const sheet = workbook.getWorksheet(ISSUES_SHEET);
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
  const existing = workbook.getWorksheet(ISSUES_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  if (rows === null) return;
  const sheet = workbook.addWorksheet(ISSUES_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } });
  WIDTHS.forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  // Plain string values: exceljs stores them as shared strings, never as formulas.
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}
