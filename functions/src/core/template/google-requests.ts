import type { ColumnInput, PlanTemplate } from './model';

/*
 * Why the template is made through the Sheets API (spreadsheets.batchUpdate with these requests) and not by the bound
 * script on first open: the bureau provisions hundreds of gardens' copies from one place, with nobody opening them;
 * every copy is identical and can be re-checked or repaired by the same request list; and a simple onOpen trigger
 * cannot change protection for other users anyway. The bound script only adds its menu and checks what is typed.
 * (A spreadsheet made through the API has no bound script: the bureau builds one master with these requests, pushes
 * the script into it once with clasp, and provisions gardens with Drive files.copy, which copies the bound script.)
 *
 * The types below are the subset of `sheets_v4.Schema$Request` we emit, declared here because the core may not import
 * SDKs; test/unit/core/template checks they stay assignable to the SDK's type.
 */

export interface GridRange {
  sheetId: number;
  startRowIndex: number;
  endRowIndex: number;
  startColumnIndex: number;
  endColumnIndex: number;
}
interface Color { red: number; green: number; blue: number }
interface CellFormat {
  textFormat?: { bold?: boolean; fontSize?: number };
  horizontalAlignment?: 'LEFT' | 'CENTER' | 'RIGHT';
  verticalAlignment?: 'TOP' | 'MIDDLE' | 'BOTTOM';
  wrapStrategy?: 'WRAP' | 'CLIP' | 'OVERFLOW_CELL';
  backgroundColor?: Color;
  numberFormat?: { type: 'DATE' | 'NUMBER' | 'TEXT'; pattern: string };
}
interface CellData { userEnteredValue?: { stringValue: string }; userEnteredFormat?: CellFormat; note?: string }
interface ConditionValue { userEnteredValue: string }
interface BooleanCondition { type: string; values?: ConditionValue[] }

export type SheetsRequest =
  | { addSheet: { properties: { sheetId: number; title: string; index: number; gridProperties: { rowCount: number; columnCount: number; frozenRowCount?: number } } } }
  | { deleteSheet: { sheetId: number } }
  | { updateSheetProperties: { properties: { sheetId: number; gridProperties: { frozenRowCount: number } }; fields: string } }
  | { updateDimensionProperties: { range: { sheetId: number; dimension: 'ROWS' | 'COLUMNS'; startIndex: number; endIndex: number }; properties: { pixelSize: number }; fields: string } }
  | { updateCells: { start: { sheetId: number; rowIndex: number; columnIndex: number }; rows: { values: CellData[] }[]; fields: string } }
  | { repeatCell: { range: GridRange; cell: CellData; fields: string } }
  | { mergeCells: { range: GridRange; mergeType: 'MERGE_ALL' } }
  | { setDataValidation: { range: GridRange; rule: { condition: BooleanCondition; inputMessage?: string; strict: boolean; showCustomUi?: boolean } } }
  | { addProtectedRange: { protectedRange: { range: GridRange; description: string; warningOnly: boolean } } }
  | { addConditionalFormatRule: { index: number; rule: { ranges: GridRange[]; booleanRule: { condition: BooleanCondition; format: CellFormat } } } };

export interface TemplateSheetIds {
  planSheetId: number;
  instructionsSheetId: number;
  /** The blank sheet a new spreadsheet starts with, removed once ours exist. */
  removeSheetId?: number;
}

const HEADER_BACKGROUND = hexColor('#e8eef7');
/** Extra empty rows below the month blocks, so a garden can add rows without inserting. */
const SPARE_ROWS = 20;

/** The batchUpdate requests that turn an empty spreadsheet into the plan table template. Pure: same template, same list. */
export function templateRequests(template: PlanTemplate, ids: TemplateSheetIds): SheetsRequest[] {
  const sheetId = ids.planSheetId;
  const width = template.columns.length;
  const row0 = (row: number) => row - 1;
  const rows = (first: number, last: number, c0 = 0, c1 = width): GridRange =>
    ({ sheetId, startRowIndex: row0(first), endRowIndex: last, startColumnIndex: c0, endColumnIndex: c1 });
  const dataColumn = (column: number) => rows(template.firstDataRow, template.lastDataRow + SPARE_ROWS, column - 1, column);

  const requests: SheetsRequest[] = [
    { addSheet: { properties: { sheetId, title: template.sheetName, index: 0, gridProperties: { rowCount: template.lastDataRow + SPARE_ROWS, columnCount: width } } } },
    { addSheet: { properties: { sheetId: ids.instructionsSheetId, title: template.instructions.sheetName, index: 1, gridProperties: { rowCount: template.instructions.lines.length + 5, columnCount: 1 } } } },
    ...(ids.removeSheetId === undefined ? [] : [{ deleteSheet: { sheetId: ids.removeSheetId } }]),
    { updateSheetProperties: { properties: { sheetId, gridProperties: { frozenRowCount: template.headerRow } }, fields: 'gridProperties.frozenRowCount' } },
    ...template.columns.map((c): SheetsRequest => ({
      updateDimensionProperties: { range: { sheetId, dimension: 'COLUMNS', startIndex: c.column - 1, endIndex: c.column }, properties: { pixelSize: characterWidthToPixels(c.width) }, fields: 'pixelSize' },
    })),
    {
      updateCells: {
        start: { sheetId, rowIndex: row0(template.titleRow), columnIndex: 0 },
        rows: [{ values: [{ userEnteredValue: { stringValue: template.title }, userEnteredFormat: { textFormat: { bold: true, fontSize: 16 }, horizontalAlignment: 'CENTER' } }] }],
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
    { mergeCells: { range: rows(template.titleRow, template.titleRow), mergeType: 'MERGE_ALL' } },
    {
      updateCells: {
        start: { sheetId, rowIndex: row0(template.headerRow), columnIndex: 0 },
        rows: [{ values: template.columns.map((c) => ({
          userEnteredValue: { stringValue: c.header },
          userEnteredFormat: { textFormat: { bold: true }, horizontalAlignment: 'CENTER', verticalAlignment: 'MIDDLE', wrapStrategy: 'WRAP', backgroundColor: HEADER_BACKGROUND },
          note: c.help,
        })) }],
        fields: 'userEnteredValue,userEnteredFormat,note',
      },
    },
    ...monthRequests(template, sheetId, rows),
    ...template.columns.flatMap((c) => inputRequests(c.input, dataColumn(c.column), c.header)),
    { repeatCell: { range: rows(template.firstDataRow, template.lastDataRow + SPARE_ROWS), cell: { userEnteredFormat: { verticalAlignment: 'MIDDLE', wrapStrategy: 'WRAP' } }, fields: 'userEnteredFormat.verticalAlignment,userEnteredFormat.wrapStrategy' } },
    { addProtectedRange: { protectedRange: { range: rows(template.titleRow, template.headerRow), description: '标题和列名由系统生成，请勿修改', warningOnly: false } } },
    ...template.highlights.map((h, index): SheetsRequest => ({
      addConditionalFormatRule: {
        index,
        rule: {
          ranges: [rows(h.firstRow, h.lastRow, h.column - 1, h.column)],
          booleanRule: { condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: `=${h.formula}` }] }, format: { backgroundColor: hexColor(h.background) } },
        },
      },
    })),
    ...instructionRequests(template, ids.instructionsSheetId),
  ];
  return requests;
}

function monthRequests(template: PlanTemplate, sheetId: number, rows: (first: number, last: number, c0?: number, c1?: number) => GridRange): SheetsRequest[] {
  const monthColumn = template.columns.find((c) => c.key === 'month');
  if (!monthColumn) return [];
  const col = monthColumn.column - 1;
  return template.months.flatMap((block): SheetsRequest[] => [
    {
      updateCells: {
        start: { sheetId, rowIndex: block.firstRow - 1, columnIndex: col },
        rows: [{ values: [{ userEnteredValue: { stringValue: block.label }, userEnteredFormat: { horizontalAlignment: 'CENTER', verticalAlignment: 'MIDDLE' } }] }],
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
    { mergeCells: { range: rows(block.firstRow, block.lastRow, col, col + 1), mergeType: 'MERGE_ALL' } },
  ]);
}

function inputRequests(input: ColumnInput, range: GridRange, header: string): SheetsRequest[] {
  switch (input.kind) {
    case 'list':
      // Not strict: gardens type words like “√” that intake understands; the checker explains anything else in Chinese.
      return [{ setDataValidation: { range, rule: {
        condition: { type: 'ONE_OF_LIST', values: input.values.map((v) => ({ userEnteredValue: v })) },
        inputMessage: `请从下拉列表选择${header}`, strict: false, showCustomUi: true,
      } } }];
    case 'date':
      return [
        { repeatCell: { range, cell: { userEnteredFormat: { numberFormat: { type: 'DATE', pattern: input.numberFormat } } }, fields: 'userEnteredFormat.numberFormat' } },
        { setDataValidation: { range, rule: { condition: { type: 'DATE_IS_VALID' }, inputMessage: '请输入日期，如 3月5日', strict: false } } },
      ];
    case 'number':
      return [{ setDataValidation: { range, rule: { condition: { type: 'NUMBER_GREATER_THAN_EQ', values: [{ userEnteredValue: '0' }] }, inputMessage: '请输入不小于 0 的数字', strict: false } } }];
    default:
      return [];
  }
}

function instructionRequests(template: PlanTemplate, sheetId: number): SheetsRequest[] {
  const lines = template.instructions.lines;
  return [
    { updateDimensionProperties: { range: { sheetId, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 }, properties: { pixelSize: 900 }, fields: 'pixelSize' } },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: lines.map((line, i) => ({ values: [{
          userEnteredValue: { stringValue: line },
          userEnteredFormat: i === 0 ? { textFormat: { bold: true, fontSize: 14 }, wrapStrategy: 'WRAP' } : { wrapStrategy: 'WRAP' },
        }] })),
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
  ];
}

/** Template widths are in characters; a CJK character is about 15 px in the default 10 pt font. */
export function characterWidthToPixels(characters: number): number {
  return Math.round(characters * 15 + 10);
}

function hexColor(hex: string): Color {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}
