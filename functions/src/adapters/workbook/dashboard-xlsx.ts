/**
 * The dashboard model as an .xlsx workbook (exceljs): the local and offline form of the bureau's dashboard.
 * Every string goes through neutraliseFormula and is written as a plain value — exceljs only makes a formula
 * from `{ formula }` objects, and the prefix keeps Excel/WPS from reading `=…` typed text as one on re-entry.
 * exceljs cannot write charts: the 总览 tab carries data bars and █ glyph bars instead (see core/dashboard/tabs/overview.ts).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeFileAtomically } from '../local-files/atomic-write';
import type { Cell, CellStyle, ConditionalRule, Dashboard, Range, Tab } from '../../core/dashboard';
import { neutraliseFormula } from '../../core/safe-text';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const FONT_NAME = '宋体';

/** `A1:C4` of a model range (0-based, end-exclusive). */
export function rangeRef(r: Range): string {
  const col = (c: number) => {
    let n = c + 1;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  return `${col(r.startCol)}${r.startRow + 1}:${col(r.endCol - 1)}${r.endRow}`;
}

function styleCell(target: ExcelJS.Cell, style: CellStyle | undefined): void {
  target.font = { name: FONT_NAME, size: style?.fontSize ?? 11, bold: style?.bold, ...(style?.color ? { color: { argb: argb(style.color) } } : {}) };
  if (!style) return;
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.align || style.wrap) target.alignment = { horizontal: style.align, vertical: 'middle', wrapText: style.wrap };
  if (style.numberFormat) target.numFmt = style.numberFormat;
}

function writeCell(target: ExcelJS.Cell, c: Cell): void {
  if (typeof c.value === 'string') target.value = neutraliseFormula(c.value);
  else if (typeof c.value === 'number') target.value = c.value;
  styleCell(target, c.style);
}

function conditional(rule: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingOptions {
  if (rule.kind === 'dataBar') {
    return {
      ref: rangeRef(rule.range),
      rules: [{
        type: 'dataBar', priority, gradient: false, showValue: true,
        cfvo: [{ type: 'num', value: rule.min }, { type: 'num', value: rule.max }],
        color: { argb: argb(rule.color) },
      } as ExcelJS.DataBarRuleType],
    };
  }
  return {
    ref: rangeRef(rule.range),
    rules: [{
      type: 'cellIs', operator: 'equal', priority, formulae: [`"${rule.text.replace(/"/g, '""')}"`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } }, font: { color: { argb: argb(rule.color) } } },
    }],
  };
}

/** Excel caps an inline list at 255 characters; a longer list is left out rather than truncated wrongly. */
const MAX_LIST = 255;

async function addTab(workbook: ExcelJS.Workbook, tab: Tab): Promise<void> {
  const ws = workbook.addWorksheet(tab.name, { views: [{ state: 'frozen', ySplit: tab.headerRows, xSplit: 0 }] });
  tab.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  tab.rows.forEach((row, r) => row.forEach((c, col) => writeCell(ws.getCell(r + 1, col + 1), c)));
  for (const m of tab.merges) ws.mergeCells(m.startRow + 1, m.startCol + 1, m.endRow, m.endCol);
  tab.conditional.forEach((rule, i) => ws.addConditionalFormatting(conditional(rule, i + 1)));
  const validations = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of tab.validations) {
    const list = `"${v.values.join(',')}"`;
    if (list.length > MAX_LIST) continue;
    validations.add(rangeRef(v.range), {
      type: 'list', allowBlank: true, formulae: [list], showErrorMessage: v.strict, errorStyle: v.strict ? 'stop' : 'warning',
      showInputMessage: Boolean(v.prompt), prompt: v.prompt, error: `请从下拉列表中选择：${v.values.slice(0, 8).join('、')}`,
    });
  }
  // Header rows are locked; everything below stays editable (the bureau types in 抽查登记, and may annotate).
  const width = Math.max(tab.widths.length, ...tab.rows.map((r) => r.length));
  for (let c = 1; c <= width; c++) ws.getColumn(c).protection = { locked: false };
  for (let r = 1; r <= tab.headerRows; r++) {
    for (let c = 1; c <= width; c++) ws.getCell(r, c).protection = { locked: true };
  }
  // No password: the lock guards against slips, not people; a clerk can unprotect it in Excel/WPS if needed.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true, insertRows: true });
}

/** The workbook's bytes. */
export async function renderDashboardXlsx(dashboard: Dashboard, now?: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'bangfu';
  workbook.title = dashboard.title;
  if (now) workbook.created = workbook.modified = now;
  for (const tab of dashboard.tabs) await addTab(workbook, tab);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes through a temporary file and a rename: a crash never leaves a half-written dashboard (or lost register). */
export async function writeDashboardXlsx(file: string, dashboard: Dashboard, now?: Date): Promise<void> {
  const bytes = await renderDashboardXlsx(dashboard, now);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, bytes);
}
