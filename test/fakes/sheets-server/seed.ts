/** Building spreadsheets for tests: what a garden's sheet looks like before the code under test touches it. */
import { parseA1 } from './a1';
import { newSheet, SPREADSHEET_MIME, touchCell, type FakeSpreadsheet, type Scalar } from './model';

export interface SheetInit {
  title: string;
  sheetId?: number;
  hidden?: boolean;
  /** Values as typed (RAW): `rows[0]` is row 1. Ragged rows are fine. */
  rows?: Scalar[][];
  /** Merged ranges in A1 without a sheet name, e.g. `A3:A8`. */
  merges?: string[];
  /** Notes by A1 cell, e.g. `{ B7: '…' }`. */
  notes?: Record<string, string>;
  /** Formulas by A1 cell, e.g. `{ C2: '=A1' }` (effective value stays empty in the fake). */
  formulas?: Record<string, string>;
  rowCount?: number;
  columnCount?: number;
}

export interface SpreadsheetInit {
  id: string;
  title: string;
  parents?: string[];
  mimeType?: string;
  sheets?: SheetInit[];
  /** Epoch ms; defaults to the clock's now. */
  modifiedTime?: number;
}

function corner(a1: string): { r: number; c: number } {
  const p = parseA1(a1);
  return { r: p.startRow ?? 0, c: p.startCol ?? 0 };
}

export function buildSpreadsheet(init: SpreadsheetInit, now: number): FakeSpreadsheet {
  const sheets = (init.sheets ?? [{ title: 'Sheet1' }]).map((s, index) => {
    const sheet = newSheet(s.sheetId ?? (index === 0 ? 0 : 1000 + index), s.title, index, s.rowCount, s.columnCount);
    if (s.hidden) sheet.properties.hidden = true;
    (s.rows ?? []).forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== '') touchCell(sheet, r, c).value = value;
    }));
    for (const [a1, note] of Object.entries(s.notes ?? {})) touchCell(sheet, corner(a1).r, corner(a1).c).note = note;
    for (const [a1, formula] of Object.entries(s.formulas ?? {})) touchCell(sheet, corner(a1).r, corner(a1).c).formula = formula;
    sheet.merges = (s.merges ?? []).map((a1) => {
      const p = parseA1(a1);
      return {
        sheetId: sheet.properties.sheetId,
        startRowIndex: p.startRow ?? 0, endRowIndex: p.endRow ?? sheet.properties.gridProperties.rowCount,
        startColumnIndex: p.startCol ?? 0, endColumnIndex: p.endCol ?? sheet.properties.gridProperties.columnCount,
      };
    });
    return sheet;
  });
  const time = init.modifiedTime ?? now;
  return {
    spreadsheetId: init.id,
    properties: { title: init.title, locale: 'zh_CN', timeZone: 'Asia/Shanghai' },
    sheets,
    developerMetadata: [],
    mimeType: init.mimeType ?? SPREADSHEET_MIME,
    parents: init.parents ?? ['root'],
    trashed: false,
    version: 1,
    modifiedTime: time,
    createdTime: time,
    permissions: [],
  };
}
