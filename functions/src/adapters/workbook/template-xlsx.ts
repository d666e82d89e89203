import ExcelJS from 'exceljs';
import type { ColumnInput, PlanTemplate } from '../../core/template';

const HEADER_FILL = 'FFE8EEF7';

/**
 * Renders the plan table template as an .xlsx workbook (offline gardens, WPS). Same model as the Google requests:
 * dropdowns, merged month cells, frozen header, date format, protected title and header, missing-evidence colours.
 */
export function templateWorkbook(template: PlanTemplate): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'bangfu';
  const sheet = workbook.addWorksheet(template.sheetName, {
    views: [{ state: 'frozen', ySplit: template.headerRow, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = template.columns.length;
  sheet.columns = template.columns.map((c) => ({ key: c.key, width: c.width * 2 + 2 }));

  const title = sheet.getCell(template.titleRow, 1);
  title.value = template.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(template.titleRow, 1, template.titleRow, width);
  sheet.getRow(template.titleRow).height = 30;

  for (const c of template.columns) {
    const cell = sheet.getCell(template.headerRow, c.column);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.note = c.help;
  }

  for (let row = template.firstDataRow; row <= template.lastDataRow; row++) {
    for (const c of template.columns) {
      const cell = sheet.getCell(row, c.column);
      // Sheet protection locks every cell by default: only the title and header stay locked.
      cell.protection = { locked: false };
      cell.alignment = { vertical: 'middle', wrapText: true };
      applyInput(cell, c.input, c.header);
    }
  }

  const monthColumn = template.columns.find((c) => c.key === 'month');
  if (monthColumn) {
    for (const block of template.months) {
      const cell = sheet.getCell(block.firstRow, monthColumn.column);
      cell.value = block.label;
      sheet.mergeCells(block.firstRow, monthColumn.column, block.lastRow, monthColumn.column);
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    }
  }

  for (const h of template.highlights) {
    sheet.addConditionalFormatting({
      ref: h.range,
      rules: [{ type: 'expression', priority: 1, formulae: [h.formula], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(h.background) } } } }],
    });
  }

  addInstructions(workbook, template);
  return workbook;
}

/** Writes the template to a Buffer. Protection has no password: it prevents accidents, not a determined editor. */
export async function templateXlsx(template: PlanTemplate): Promise<Buffer> {
  const workbook = templateWorkbook(template);
  await workbook.getWorksheet(template.sheetName)?.protect('', {
    selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true,
    insertRows: true, deleteRows: true, insertHyperlinks: true, sort: false, autoFilter: true,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function applyInput(cell: ExcelJS.Cell, input: ColumnInput, header: string): void {
  switch (input.kind) {
    case 'list':
      // A warning, not a stop: gardens type words like “√” that intake understands; the checker explains the rest.
      cell.dataValidation = {
        type: 'list', allowBlank: true, formulae: [`"${input.values.join(',')}"`],
        showErrorMessage: true, errorStyle: 'warning', errorTitle: header, error: `请从下拉列表选择${header}`,
        showInputMessage: true, promptTitle: header, prompt: `请从下拉列表选择${header}`,
      };
      return;
    case 'date':
      cell.numFmt = input.numberFormat;
      cell.dataValidation = {
        type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))],
        showErrorMessage: true, errorStyle: 'warning', errorTitle: header, error: '请输入日期，如 3月5日',
      };
      return;
    case 'number':
      cell.dataValidation = {
        type: input.integer ? 'whole' : 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0],
        showErrorMessage: true, errorStyle: 'warning', errorTitle: header, error: '请输入不小于 0 的数字',
      };
      return;
    default:
      return;
  }
}

function addInstructions(workbook: ExcelJS.Workbook, template: PlanTemplate): void {
  const sheet = workbook.addWorksheet(template.instructions.sheetName);
  sheet.getColumn(1).width = 110;
  template.instructions.lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
}

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}
