import ExcelJS from 'exceljs';
import { PLAN_COLUMNS, STATUS_LABELS } from '../../../../schemas';
import { DEMO_YEAR } from './gaotai-2020';
import type { DemoEntry, DemoGarden } from './scenario';

/** An entry as it stands in one month's folder: 完成情况 is empty until the garden reports it. */
export interface ShownEntry {
  entry: DemoEntry;
  status: string;
}

/** The bureau's 附件3 form: 三 has two rows, 四–十一 three, 十二 two, unfilled rows keep `月    日`. */
const FORM_MONTHS: ReadonlyArray<readonly [number, string, number]> = [
  [3, '三', 2], [4, '四', 3], [5, '五', 3], [6, '六', 3], [9, '九', 3], [10, '十', 3], [11, '十一', 3], [12, '十二', 2],
];
const FORM_NOTE = '备注：帮扶园每月开展帮扶工作不少于三项，要体现帮扶活动的连续性、目标性，确保帮扶出成效，要创新开展疫情防控期间的帮扶指导工作。被帮扶园每月安排观摩交流等活动不少于1次。';
const TEMPLATE = PLAN_COLUMNS.filter((c) => c.inTemplate);
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A garden's plan table as it stood when the garden last saved it (`modified` = that save). */
export function planWorkbook(garden: DemoGarden, shown: readonly ShownEntry[], savedAt: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = garden.name;
  workbook.lastModifiedBy = garden.teachers[0];
  workbook.created = new Date('2020-03-02T08:00:00+08:00');
  workbook.modified = new Date(savedAt);
  const title = `${garden.name}${DEMO_YEAR}年结对帮扶工作计划表`;
  if (garden.layout === 'attachment3') attachment3(workbook.addWorksheet('Sheet1'), title, shown);
  else template(workbook.addWorksheet('帮扶计划'), title, shown);
  return workbook;
}

function attachment3(sheet: ExcelJS.Worksheet, title: string, shown: readonly ShownEntry[]): void {
  [8, 14, 48, 10, 10].forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  titleRow(sheet, title, 5);
  headerRow(sheet, ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况']);
  let row = 3;
  for (const [month, label, slots] of FORM_MONTHS) {
    const inMonth = shown.filter((s) => s.entry.month === month);
    const count = Math.max(slots, inMonth.length);
    for (let i = 0; i < count; i++) {
      const s = inMonth[i];
      const values = s
        ? [s.entry.dateText ?? `${month}月${s.entry.day}日`, s.entry.task, s.entry.person, s.status]
        : ['月    日', null, null, null];
      bordered(sheet, row + i, [i === 0 ? label : null, ...values]);
    }
    if (count > 1) sheet.mergeCells(row, 1, row + count - 1, 1);
    sheet.getCell(row, 1).alignment = { horizontal: 'center', vertical: 'middle' };
    row += count;
  }
  sheet.getCell(row, 1).value = FORM_NOTE;
  sheet.mergeCells(row, 1, row, 5);
  sheet.getCell(row, 1).alignment = { wrapText: true };
}

function template(sheet: ExcelJS.Worksheet, title: string, shown: readonly ShownEntry[]): void {
  TEMPLATE.forEach((c, i) => { sheet.getColumn(i + 1).width = c.width * 2 + 2; });
  titleRow(sheet, title, TEMPLATE.length);
  headerRow(sheet, TEMPLATE.map((c) => c.header));
  let row = 3;
  for (const month of [...new Set(shown.map((s) => s.entry.month))].sort((a, b) => a - b)) {
    const inMonth = shown.filter((s) => s.entry.month === month);
    inMonth.forEach((s, i) => {
      const e = s.entry;
      const done = s.status === STATUS_LABELS.done;
      const stem = `${String(month).padStart(2, '0')}${String(e.day).padStart(2, '0')}`;
      const byKey: Record<string, ExcelJS.CellValue> = {
        month: i === 0 ? `${month}月` : null,
        date: e.dateText ?? new Date(Date.UTC(DEMO_YEAR, month - 1, e.day)),
        task: e.task, person: e.person, status: s.status, type: e.type,
        classHours: e.hours, participants: done ? e.participants : null,
        evidencePlan: `${stem}活动方案.docx`,
        evidenceRecord: done ? `${stem}活动记录.docx` : null,
        evidenceSummary: done ? `${stem}活动总结.docx` : null,
        // Every fifth activity has no photos yet: the evidence warning a bureau sees most.
        evidencePhotos: done && e.day % 5 !== 0 ? `${stem}活动图片` : null,
        note: null,
      };
      bordered(sheet, row + i, TEMPLATE.map((c) => byKey[c.key] ?? null));
      sheet.getCell(row + i, TEMPLATE.findIndex((c) => c.key === 'date') + 1).numFmt = 'm"月"d"日"';
    });
    if (inMonth.length > 1) sheet.mergeCells(row, 1, row + inMonth.length - 1, 1);
    row += inMonth.length;
  }
}

function titleRow(sheet: ExcelJS.Worksheet, title: string, width: number): void {
  sheet.getCell(1, 1).value = title;
  sheet.mergeCells(1, 1, 1, width);
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
}

function headerRow(sheet: ExcelJS.Worksheet, headers: readonly string[]): void {
  bordered(sheet, 2, headers);
  sheet.getRow(2).font = { bold: true };
}

function bordered(sheet: ExcelJS.Worksheet, row: number, values: readonly ExcelJS.CellValue[]): void {
  values.forEach((value, i) => {
    const cell = sheet.getCell(row, i + 1);
    if (value !== null && value !== undefined && value !== '') cell.value = value;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}
