/** The fake's in-memory Google Drive + Sheets state: spreadsheets with sheets, cells, merges, notes, backgrounds. */
import { parseA1, type A1Range } from './a1';

export type Scalar = string | number | boolean | null;
export interface Color { red?: number; green?: number; blue?: number; alpha?: number }
export interface GridRange { sheetId?: number; startRowIndex?: number; endRowIndex?: number; startColumnIndex?: number; endColumnIndex?: number }

export interface FakeCell {
  /** The effective value (what UNFORMATTED_VALUE returns). A formula the fake cannot evaluate keeps null. */
  value: Scalar;
  /** Set when the cell holds a formula (USER_ENTERED text starting with `=`, or formulaValue). */
  formula?: string;
  note?: string;
  background?: Color;
}

export interface FakeSheet {
  properties: {
    sheetId: number;
    title: string;
    index: number;
    sheetType: 'GRID';
    hidden?: boolean;
    gridProperties: { rowCount: number; columnCount: number; frozenRowCount?: number; frozenColumnCount?: number };
    [key: string]: unknown;
  };
  /** Sparse rows of cells: `cells[r][c]`. */
  cells: (FakeCell | undefined)[][];
  merges: Required<GridRange>[];
  protectedRanges: unknown[];
  conditionalFormats: unknown[];
  charts: unknown[];
  /** setDataValidation requests as sent (the fake does not enforce them). */
  dataValidations: unknown[];
}

export interface DeveloperMetadata {
  metadataId: number;
  metadataKey: string;
  metadataValue?: string;
  location: { spreadsheet?: boolean; sheetId?: number; locationType: string };
  visibility: 'DOCUMENT' | 'PROJECT';
}

export interface FakeSpreadsheet {
  spreadsheetId: string;
  properties: { title: string; locale: string; timeZone: string };
  sheets: FakeSheet[];
  developerMetadata: DeveloperMetadata[];
  /** Drive side. */
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** Drive `version`: bumped on every change. */
  version: number;
  /** Drive `modifiedTime`, epoch ms of the simulated clock. */
  modifiedTime: number;
  createdTime: number;
  permissions: { id: string; type: string; role: string; emailAddress?: string }[];
  /** The bytes of an uploaded (non-Google) file; Google files have none. */
  content?: Uint8Array;
}

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export class ApiError extends Error {
  constructor(readonly code: number, readonly status: string, message: string) {
    super(message);
  }
}

export function isEmpty(cell: FakeCell | undefined): boolean {
  return !cell || ((cell.value === null || cell.value === '') && cell.formula === undefined);
}

export function cellAt(sheet: FakeSheet, r: number, c: number): FakeCell | undefined {
  return sheet.cells[r]?.[c];
}

/** Gets or creates the cell, growing the grid like the API does when writing past its edge. */
export function touchCell(sheet: FakeSheet, r: number, c: number): FakeCell {
  const grid = sheet.properties.gridProperties;
  grid.rowCount = Math.max(grid.rowCount, r + 1);
  grid.columnCount = Math.max(grid.columnCount, c + 1);
  const row = (sheet.cells[r] ??= []);
  return (row[c] ??= { value: null });
}

export function newSheet(sheetId: number, title: string, index: number, rowCount = 1000, columnCount = 26): FakeSheet {
  return {
    properties: { sheetId, title, index, sheetType: 'GRID', gridProperties: { rowCount, columnCount } },
    cells: [],
    merges: [],
    protectedRanges: [],
    conditionalFormats: [],
    charts: [],
    dataValidations: [],
  };
}

export interface ResolvedRange { sheet: FakeSheet; r0: number; r1: number; c0: number; c1: number }

export function sheetByTitle(book: FakeSpreadsheet, title: string | null): FakeSheet {
  const sheet = title === null ? book.sheets.find((s) => !s.properties.hidden) : book.sheets.find((s) => s.properties.title === title);
  if (!sheet) throw new ApiError(400, 'INVALID_ARGUMENT', `Unable to parse range: ${title ?? ''}`);
  return sheet;
}

export function sheetById(book: FakeSpreadsheet, sheetId: number | undefined): FakeSheet {
  const sheet = book.sheets.find((s) => s.properties.sheetId === (sheetId ?? 0));
  if (!sheet) throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid requests: No grid with id: ${sheetId}`);
  return sheet;
}

/** Resolves an A1 range against a spreadsheet; unbounded ends run to the grid's edge. */
export function resolveA1(book: FakeSpreadsheet, range: string): ResolvedRange {
  let parsed: A1Range;
  try {
    parsed = parseA1(range);
  } catch {
    throw new ApiError(400, 'INVALID_ARGUMENT', `Unable to parse range: ${range}`);
  }
  const sheet = sheetByTitle(book, parsed.sheetTitle);
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  return {
    sheet,
    r0: parsed.startRow ?? 0,
    r1: parsed.endRow ?? rowCount,
    c0: parsed.startCol ?? 0,
    c1: parsed.endCol ?? columnCount,
  };
}

export function resolveGrid(book: FakeSpreadsheet, range: GridRange): ResolvedRange {
  const sheet = sheetById(book, range.sheetId);
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  return {
    sheet,
    r0: range.startRowIndex ?? 0,
    r1: range.endRowIndex ?? rowCount,
    c0: range.startColumnIndex ?? 0,
    c1: range.endColumnIndex ?? columnCount,
  };
}

/** Records a change: Drive bumps `version` and `modifiedTime` on every write. */
export function touchFile(book: FakeSpreadsheet, now: number): void {
  book.version += 1;
  book.modifiedTime = Math.max(now, book.modifiedTime);
}
