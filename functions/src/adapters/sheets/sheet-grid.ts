/** A `spreadsheets.get` sheet (grid data + merges) → our CellGrid: the same cells `values.batchGet` would give. */
import type { sheets_v4 } from '@googleapis/sheets';
import type { CellGrid, CellValue, MergeRange } from '../../../../schemas';

/** The text Sheets shows for an error cell, which is what UNFORMATTED_VALUE reads return. */
const ERROR_TEXT: Record<string, string> = {
  NULL_VALUE: '#NULL!', DIVIDE_BY_ZERO: '#DIV/0!', VALUE: '#VALUE!', REF: '#REF!',
  NAME: '#NAME?', NUM: '#NUM!', N_A: '#N/A', ERROR: '#ERROR!', LOADING: 'Loading...',
};

export function cellValue(v: sheets_v4.Schema$ExtendedValue | undefined): CellValue {
  if (!v) return null;
  if (typeof v.stringValue === 'string') return v.stringValue === '' ? null : v.stringValue;
  if (typeof v.numberValue === 'number') return v.numberValue; // dates stay serial numbers (day 0 = 1899-12-30)
  if (typeof v.boolValue === 'boolean') return v.boolValue;
  if (v.errorValue) return ERROR_TEXT[v.errorValue.type ?? 'ERROR'] ?? '#ERROR!';
  return null;
}

function trimEnd(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

export function toCellGrid(sheet: sheets_v4.Schema$Sheet): CellGrid {
  const rows: CellValue[][] = [];
  for (const block of sheet.data ?? []) {
    const r0 = block.startRow ?? 0;
    const c0 = block.startColumn ?? 0;
    (block.rowData ?? []).forEach((rowData, i) => {
      const row = (rows[r0 + i] ??= []);
      (rowData.values ?? []).forEach((cell, j) => {
        const value = cellValue(cell.effectiveValue);
        if (value !== null || row.length > c0 + j) row[c0 + j] = value;
      });
    });
  }
  // Ragged, trailing empties dropped, holes filled with null: exactly the shape values.batchGet returns.
  const dense = Array.from({ length: rows.length }, (_, r) => trimEnd(Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => rows[r]?.[c] ?? null)));
  while (dense.length && dense[dense.length - 1].length === 0) dense.pop();
  const merges: MergeRange[] = (sheet.merges ?? []).map((m) => ({
    startRow: m.startRowIndex ?? 0,
    endRow: m.endRowIndex ?? 0,
    startCol: m.startColumnIndex ?? 0,
    endCol: m.endColumnIndex ?? 0,
  })).filter((m) => m.endRow > m.startRow && m.endCol > m.startCol);
  return { sheetName: sheet.properties?.title ?? undefined, rows: dense, merges };
}
