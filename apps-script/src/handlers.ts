import { INSTRUCTIONS_SHEET_NAME, PLAN_SHEET_NAME, buildTemplate } from '../../functions/src/core/template/model';
import { checkEdit, checkTable } from './edit-check';
import { applyMarks } from './marks';
import { addMenu } from './menu';
import type { EditEvent, Services, SheetPort, SpreadsheetPort } from './ports';
import { readGrid } from './sheet-grid';
import { CHECK_SIDEBAR_TITLE, problemsHtml, textHtml } from './sidebar';
import { submitMonth as postMonth, tokenAudience } from './submit';

/** How long a menu action waits for another user's check or submit of the same sheet. */
const LOCK_WAIT_MS = 10_000;

export function onOpen(services: Services): void {
  addMenu(services.ui());
}

/**
 * Simple trigger: must stay fast and cannot fetch. Reads the sheet once (values + merges), checks with the intake
 * core, then rewrites notes and colours of the affected rows in one batch. Never throws at the user: a failed
 * check is logged and typing goes on.
 */
export function onEdit(services: Services, e: EditEvent): void {
  try {
    const range = e.range;
    const sheet = range.getSheet();
    if (sheet.getName() === INSTRUCTIONS_SHEET_NAME) return;
    const rows = { first: range.getRow(), last: range.getRow() + range.getNumRows() - 1 };
    const columns = { first: range.getColumn(), last: range.getColumn() + range.getNumColumns() - 1 };
    const lastColumn = Math.max(sheet.getLastColumn(), columns.last);
    const lastRow = Math.max(sheet.getLastRow(), rows.last);
    const timeZone = (e.source ?? services.spreadsheet()).getSpreadsheetTimeZone();
    const grid = readGrid(sheet, lastRow, lastColumn, timeZone);
    const check = checkEdit(grid, { rows, columns }, { asOf: services.now().toISOString() });
    if (!check) return;
    applyMarks(sheet.getRange(check.rows.first, 1, check.rows.last - check.rows.first + 1, lastColumn), check.issues);
  } catch (error) {
    services.log(`onEdit check failed: ${(error as Error).stack ?? error}`);
  }
}

/** 全表检查: marks every data row and lists all problems in a sidebar. Holds the document lock while it writes. */
export function checkAll(services: Services): void {
  const ui = services.ui();
  const lock = services.documentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    ui.alert('其他老师正在检查或提交本表，请稍后再试。');
    return;
  }
  try {
    const spreadsheet = services.spreadsheet();
    const sheet = planSheet(spreadsheet);
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const grid = readGrid(sheet, lastRow, lastColumn, spreadsheet.getSpreadsheetTimeZone());
    const result = checkTable(grid, { asOf: services.now().toISOString() });
    if (result.headerRow !== null && lastRow > result.headerRow) {
      const first = result.headerRow + 1;
      applyMarks(sheet.getRange(first, 1, lastRow - first + 1, lastColumn), result.issues.filter((i) => i.row >= first));
    }
    ui.showSidebar(services.htmlOutput(problemsHtml(sheet.getName(), result.issues)).setTitle(CHECK_SIDEBAR_TITLE));
  } finally {
    lock?.releaseLock();
  }
}

/** 提交本月: the server decides; we show its verdict, and its problems in the sidebar when it lists any. */
export function submitMonth(services: Services): void {
  const ui = services.ui();
  const verdict = postMonth(services);
  ui.alert(verdict.ok ? '提交成功' : '未能提交', verdict.message, ui.ButtonSet.OK);
  if (verdict.issues.length > 0) {
    const sheet = planSheet(services.spreadsheet());
    ui.showSidebar(services.htmlOutput(problemsHtml(sheet.getName(), verdict.issues)).setTitle('服务器检查结果'));
  }
}

/** 填写说明: opens the tab the template carries, or shows the same text (generated from schemas/) in a sidebar. */
export function showHelp(services: Services): void {
  const spreadsheet = services.spreadsheet();
  const tab = spreadsheet.getSheetByName(INSTRUCTIONS_SHEET_NAME);
  if (tab) {
    spreadsheet.setActiveSheet(tab);
    return;
  }
  const lines = buildTemplate({ year: services.now().getFullYear() }).instructions.lines;
  services.ui().showSidebar(services.htmlOutput(textHtml(lines)).setTitle(INSTRUCTIONS_SHEET_NAME));
}

/** Called from the sidebar (google.script.run.jumpTo): selects the cell of a listed problem. */
export function jumpTo(services: Services, sheetName: unknown, cell: unknown): void {
  if (typeof sheetName !== 'string' || typeof cell !== 'string' || !/^[A-Z]{1,3}\d{1,7}$/.test(cell)) return;
  const spreadsheet = services.spreadsheet();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) return;
  spreadsheet.setActiveSheet(sheet);
  sheet.setActiveRange(sheet.getRange(cell));
}

/** The plan table: the active sheet, unless that is the instructions tab. */
function planSheet(spreadsheet: SpreadsheetPort): SheetPort {
  const active = spreadsheet.getActiveSheet();
  if (active.getName() !== INSTRUCTIONS_SHEET_NAME) return active;
  return spreadsheet.getSheetByName(PLAN_SHEET_NAME) ?? active;
}

/** For the operator (run from the script editor): logs the audience the sync function must accept. */
export function logTokenAudience(services: Services): void {
  const aud = tokenAudience(services.identityToken());
  services.info(aud ? `BANGFU audience (OAuth client id of this script): ${aud}` : 'No identity token: check the openid scope in appsscript.json.');
}
