/** The `Spreadsheet` resource as `spreadsheets.get` returns it (before the field mask is applied). */
import { cellAt, isEmpty, resolveA1, type FakeCell, type FakeSheet, type FakeSpreadsheet, type ResolvedRange } from './model';
import type { MaskTree } from './field-mask';

const ERROR_TYPES: Record<string, string> = {
  '#NULL!': 'NULL_VALUE', '#DIV/0!': 'DIVIDE_BY_ZERO', '#VALUE!': 'VALUE', '#REF!': 'REF',
  '#NAME?': 'NAME', '#NUM!': 'NUM', '#N/A': 'N_A', '#ERROR!': 'ERROR',
};

function extendedValue(cell: FakeCell): Record<string, unknown> | undefined {
  const v = cell.value;
  if (typeof v === 'string' && v in ERROR_TYPES) return { errorValue: { type: ERROR_TYPES[v], message: v } };
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  return undefined;
}

function cellData(cell: FakeCell | undefined): Record<string, unknown> {
  if (!cell) return {};
  const out: Record<string, unknown> = {};
  if (!isEmpty(cell)) {
    out.userEnteredValue = cell.formula !== undefined ? { formulaValue: cell.formula } : extendedValue(cell);
    const effective = extendedValue(cell);
    if (effective) {
      out.effectiveValue = effective;
      out.formattedValue = String(cell.value);
    }
  }
  if (cell.note) out.note = cell.note;
  if (cell.background) {
    out.userEnteredFormat = { backgroundColor: cell.background };
    out.effectiveFormat = { backgroundColor: cell.background };
  }
  return out;
}

function gridData(target: ResolvedRange): Record<string, unknown> {
  const { sheet } = target;
  const r1 = Math.min(target.r1, sheet.properties.gridProperties.rowCount);
  const c1 = Math.min(target.c1, sheet.properties.gridProperties.columnCount);
  const rowData: { values?: Record<string, unknown>[] }[] = [];
  for (let r = target.r0; r < r1; r++) {
    const values: Record<string, unknown>[] = [];
    for (let c = target.c0; c < c1; c++) values.push(cellData(cellAt(sheet, r, c)));
    while (values.length && Object.keys(values[values.length - 1]).length === 0) values.pop();
    rowData.push(values.length ? { values } : {});
  }
  while (rowData.length && !rowData[rowData.length - 1].values) rowData.pop();
  const out: Record<string, unknown> = { rowData };
  // proto3 JSON omits zero-valued fields.
  if (target.r0) out.startRow = target.r0;
  if (target.c0) out.startColumn = target.c0;
  return out;
}

function intersects(m: { startRowIndex: number; endRowIndex: number; startColumnIndex: number; endColumnIndex: number }, t: ResolvedRange): boolean {
  return m.startRowIndex < t.r1 && m.endRowIndex > t.r0 && m.startColumnIndex < t.c1 && m.endColumnIndex > t.c0;
}

function sheetView(book: FakeSpreadsheet, sheet: FakeSheet, ranges: ResolvedRange[] | null, withData: boolean): Record<string, unknown> {
  const whole: ResolvedRange = { sheet, r0: 0, c0: 0, r1: Infinity, c1: Infinity };
  const targets = ranges ?? [whole];
  const view: Record<string, unknown> = {
    properties: structuredClone(sheet.properties),
    merges: sheet.merges.filter((m) => targets.some((t) => intersects(m, t))).map((m) => ({ ...m })),
    protectedRanges: sheet.protectedRanges,
    conditionalFormats: sheet.conditionalFormats,
    charts: sheet.charts,
    developerMetadata: book.developerMetadata.filter((d) => d.location.sheetId === sheet.properties.sheetId),
  };
  if (withData) view.data = targets.map(gridData);
  return view;
}

/** `ranges` limits the sheets (and their data and merges) to those the ranges touch, as the API does. */
export function spreadsheetView(book: FakeSpreadsheet, ranges: string[], mask: MaskTree | null, includeGridData: boolean): unknown {
  const resolved = ranges.map((r) => resolveA1(book, r));
  const sheetsMask = mask?.get('sheets');
  const withData = mask ? sheetsMask === null || (sheetsMask?.has('data') ?? false) : includeGridData;
  const sheets = book.sheets
    .filter((s) => resolved.length === 0 || resolved.some((t) => t.sheet === s))
    .map((s) => sheetView(book, s, resolved.length ? resolved.filter((t) => t.sheet === s) : null, withData));
  return {
    spreadsheetId: book.spreadsheetId,
    properties: book.properties,
    sheets,
    developerMetadata: book.developerMetadata.filter((d) => d.location.spreadsheet),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${book.spreadsheetId}/edit`,
  };
}
