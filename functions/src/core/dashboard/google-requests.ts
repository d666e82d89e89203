import type { Cell, CellStyle, ChartSpec, ConditionalRule, Dashboard, Range, Tab } from './model';

/*
 * The dashboard as ONE spreadsheets.batchUpdate (atomic: the bureau never sees a half-written dashboard). Tabs are
 * updated in place — never deleted and re-added — so formulas in the bureau's own tabs that point at ours, and
 * bookmarks (#gid=), keep working; each tab has a fixed sheetId. Text is userEnteredValue.stringValue, which the
 * API stores verbatim (like valueInputOption=RAW): `=…` typed by a garden never becomes a formula. In the 抽查登记
 * tab only the header and the system column are written once it exists; the bureau's rows are never touched (not
 * even rewritten with what we read, which could undo an edit made during the run). Data bars are xlsx-only: Sheets gets charts.
 * Plain JSON in the shape of sheets_v4.Schema$Request (the core may not import the SDK).
 */
export type SheetsRequest = Record<string, unknown>;

/** What the spreadsheet holds now (from spreadsheets.get). */
export interface ExistingSheet {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
  conditionalFormats: number;
  chartIds: number[];
  /** Protected ranges we added earlier (description starts with PROTECTION_TAG). */
  ourProtectedRangeIds: number[];
}

export const PROTECTION_TAG = 'bangfu:';
const MIN_ROWS = 1000;

const hex = (h: string) => ({ red: parseInt(h.slice(1, 3), 16) / 255, green: parseInt(h.slice(3, 5), 16) / 255, blue: parseInt(h.slice(5, 7), 16) / 255 });
const grid = (sheetId: number, r: Range) => ({ sheetId, startRowIndex: r.startRow, endRowIndex: r.endRow, startColumnIndex: r.startCol, endColumnIndex: r.endCol });

function format(s: CellStyle | undefined): Record<string, unknown> {
  const f: Record<string, unknown> = { verticalAlignment: 'MIDDLE' };
  if (!s) return f;
  f.textFormat = { bold: s.bold ?? false, ...(s.fontSize ? { fontSize: s.fontSize } : {}), ...(s.color ? { foregroundColor: hex(s.color) } : {}) };
  if (s.fill) f.backgroundColor = hex(s.fill);
  if (s.align) f.horizontalAlignment = s.align.toUpperCase();
  if (s.wrap) f.wrapStrategy = 'WRAP';
  if (s.numberFormat) f.numberFormat = { type: s.numberFormat.includes('%') ? 'PERCENT' : s.numberFormat.includes('yy') ? 'DATE' : 'NUMBER', pattern: s.numberFormat };
  return f;
}

export function cellData(c: Cell | undefined): Record<string, unknown> {
  if (!c) return {};
  const value = typeof c.value === 'string' ? { stringValue: c.value } : typeof c.value === 'number' ? { numberValue: c.value } : undefined;
  return { ...(value ? { userEnteredValue: value } : {}), userEnteredFormat: format(c.style) };
}

function clearRequests(tab: Tab, sheet: ExistingSheet): SheetsRequest[] {
  const id = sheet.sheetId;
  const all = { sheetId: id, startRowIndex: 0, endRowIndex: sheet.rowCount, startColumnIndex: 0, endColumnIndex: sheet.columnCount };
  const header = { ...all, endRowIndex: tab.headerRows };
  const fields = 'userEnteredValue,userEnteredFormat,note,dataValidation';
  const cleared = tab.userArea
    ? [header, { ...all, startRowIndex: tab.userArea.firstRow - 1, startColumnIndex: tab.userArea.columns }]
    : [all];
  return [
    ...sheet.chartIds.map((objectId) => ({ deleteEmbeddedObject: { objectId } })),
    ...Array.from({ length: sheet.conditionalFormats }, (_, i) => ({ deleteConditionalFormatRule: { sheetId: id, index: sheet.conditionalFormats - 1 - i } })),
    ...sheet.ourProtectedRangeIds.map((protectedRangeId) => ({ deleteProtectedRange: { protectedRangeId } })),
    { unmergeCells: { range: tab.userArea ? header : all } },
    ...cleared.map((range) => ({ updateCells: { range, fields } })),
  ];
}

function rule(sheetId: number, r: ConditionalRule, index: number): SheetsRequest[] {
  if (r.kind === 'dataBar') return [];
  return [{ addConditionalFormatRule: { index, rule: { ranges: [grid(sheetId, r.range)], booleanRule: {
    condition: { type: 'TEXT_EQ', values: [{ userEnteredValue: r.text }] },
    format: { backgroundColor: hex(r.fill), textFormat: { foregroundColor: hex(r.color) } },
  } } } }];
}

function chart(sheetId: number, c: ChartSpec): SheetsRequest {
  const source = (r: Range) => ({ sourceRange: { sources: [grid(sheetId, r)] } });
  return { addChart: { chart: {
    spec: { title: c.title, basicChart: {
      chartType: 'COLUMN', legendPosition: 'BOTTOM_LEGEND', headerCount: 0,
      axis: [{ position: 'BOTTOM_AXIS' }, { position: 'LEFT_AXIS', ...(c.max !== undefined ? { viewWindowOptions: { viewWindowMin: 0, viewWindowMax: c.max } } : {}) }],
      domains: [{ domain: source(c.categories) }],
      series: c.series.map((s) => ({ series: source(s.values), targetAxis: 'LEFT_AXIS' })),
    } },
    position: { overlayPosition: { anchorCell: { sheetId, rowIndex: c.anchor.row, columnIndex: c.anchor.col }, widthPixels: 560, heightPixels: 300 } },
  } } };
}

const toRow = (row: readonly Cell[], from = 0) => ({ values: row.slice(from).map(cellData) });

/**
 * The cells to write. An empty CellData clears the masked fields, so the bureau's area is left out of the requests
 * altogether: the header rows, then the system columns beside the bureau's rows. `fresh`: the tab is being created,
 * so the bureau rows we were given (e.g. moved from an .xlsx register) are written once.
 */
function cellWrites(tab: Tab, sheetId: number, fresh: boolean): SheetsRequest[] {
  const fields = 'userEnteredValue,userEnteredFormat';
  const user = tab.userArea;
  if (fresh || !user) return [{ updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, rows: tab.rows.map((r) => toRow(r)), fields } }];
  const body = tab.rows.slice(user.firstRow - 1);
  return [
    { updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, rows: tab.rows.slice(0, user.firstRow - 1).map((r) => toRow(r)), fields } },
    ...(body.length ? [{ updateCells: { start: { sheetId, rowIndex: user.firstRow - 1, columnIndex: user.columns }, rows: body.map((r) => toRow(r, user.columns)), fields } }] : []),
  ];
}

function writeRequests(tab: Tab, sheetId: number, fresh: boolean): SheetsRequest[] {
  const user = tab.userArea;
  const protect = (range: Range, what: string) => ({ addProtectedRange: { protectedRange: { range: grid(sheetId, range), description: `${PROTECTION_TAG}${what}`, warningOnly: false } } });
  return [
    { updateSheetProperties: { properties: { sheetId, gridProperties: { frozenRowCount: tab.headerRows } }, fields: 'gridProperties.frozenRowCount' } },
    ...tab.widths.map((w, i) => ({ updateDimensionProperties: { range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: i + 1 }, properties: { pixelSize: Math.round(w * 7 + 10) }, fields: 'pixelSize' } })),
    ...cellWrites(tab, sheetId, fresh),
    ...tab.merges.map((m) => ({ mergeCells: { range: grid(sheetId, m), mergeType: 'MERGE_ALL' } })),
    ...tab.validations.map((v) => ({ setDataValidation: { range: grid(sheetId, v.range), rule: {
      condition: { type: 'ONE_OF_LIST', values: v.values.map((x) => ({ userEnteredValue: x })) }, strict: v.strict, showCustomUi: true, ...(v.prompt ? { inputMessage: v.prompt } : {}),
    } } })),
    ...tab.conditional.flatMap((r, i) => rule(sheetId, r, i)),
    protect({ startRow: 0, endRow: tab.headerRows, startCol: 0, endCol: Math.max(tab.widths.length, 1) }, '表头'),
    ...(user ? [protect({ startRow: user.firstRow - 1, endRow: Math.max(MIN_ROWS, tab.rows.length), startCol: user.columns, endCol: user.columns + 1 }, '系统填写')] : []),
    ...tab.charts.map((c) => chart(sheetId, c)),
  ];
}

/** Every request that brings the spreadsheet to the dashboard, given what it holds now. Pure. */
export function dashboardRequests(dashboard: Dashboard, existing: readonly ExistingSheet[]): SheetsRequest[] {
  const requests: SheetsRequest[] = [];
  dashboard.tabs.forEach((tab, index) => {
    // Match by our fixed id, else by title (a tab the bureau recreated by hand keeps its own id).
    const sheet = existing.find((s) => s.sheetId === tab.sheetId) ?? existing.find((s) => s.title === tab.name);
    const sheetId = sheet?.sheetId ?? tab.sheetId;
    if (sheet) {
      requests.push(...clearRequests(tab, sheet));
      if (sheet.title !== tab.name) requests.push({ updateSheetProperties: { properties: { sheetId, title: tab.name }, fields: 'title' } });
    } else {
      requests.push({ addSheet: { properties: { sheetId, title: tab.name, index, gridProperties: { rowCount: Math.max(MIN_ROWS, tab.rows.length + 50), columnCount: Math.max(26, tab.widths.length + 8) } } } });
    }
    requests.push(...writeRequests(tab, sheetId, !sheet));
  });
  return requests;
}
