import ExcelJS from 'exceljs';
import { pairingCells } from './scenario';

/** The bureau's pairing table (附件2) as an .xlsx: title merged over the table, cells wrapped as in Word. */
export function rosterWorkbook(savedAt: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '高台县教育局基教股';
  workbook.created = new Date(savedAt);
  workbook.modified = new Date(savedAt);
  const sheet = workbook.addWorksheet('结对安排表');
  [14, 32, 20, 26].forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  pairingCells().forEach((values, r) => {
    values.forEach((value, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      if (value) cell.value = value;
      cell.alignment = { vertical: 'middle', wrapText: true };
      if (r >= 2) cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    });
  });
  sheet.mergeCells(2, 1, 2, 4);
  sheet.getCell(2, 1).font = { bold: true, size: 16 };
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };
  sheet.getRow(3).font = { bold: true };
  return workbook;
}
