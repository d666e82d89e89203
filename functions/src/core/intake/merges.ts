import type { PlanColumnKey } from '../../../../schemas';
import type { ColumnMap } from './header';

/**
 * Columns whose vertically merged cells apply to every row of the merge (a month, date, person or status
 * typed once for a block). Task, counts and evidence are not spread: that would invent activities or
 * double-count class hours.
 */
const SPREAD_KEYS: readonly PlanColumnKey[] = ['month', 'date', 'person', 'status', 'type'];

export interface MergeLookup {
  /**
   * Columns on this 0-based row where a merge over at least three of the table's columns starts (a heading or
   * note across the table; a task merged over blank spacer columns is still a task).
   */
  wideCols(row: number): ReadonlySet<number> | undefined;
  /** The spread columns that hold a vertical merge, with each row's anchor (-1 when the cell is its own). */
  readonly spread: readonly { col: number; rows: readonly number[] }[];
  /** The 0-based row of the merge's first cell that a spread column's cell on this row shows; -1 when none. */
  anchorRow(col: number, row: number): number;
}

interface Range {
  startRow: number;
  endRow: number;
  startCol: number;
  endCol: number;
}

function validRange(m: unknown, rowCount: number): Range | null {
  if (typeof m !== 'object' || m === null) return null;
  const { startRow, endRow, startCol, endCol } = m as Record<string, unknown>;
  const ints = [startRow, endRow, startCol, endCol].every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
  if (!ints) return null;
  const r = { startRow, endRow, startCol, endCol } as Range;
  if (r.endRow <= r.startRow || r.endCol <= r.startCol || r.startRow >= rowCount) return null;
  return { ...r, endRow: Math.min(r.endRow, rowCount) };
}

function coveredColumns(range: Range, tableCols: readonly number[]): number {
  return tableCols.filter((col) => col >= range.startCol && col < range.endCol).length;
}

/**
 * Precomputes, once per table, which cells show a merged value, so each row is O(1) to look up
 * (merges are 0-based, end-exclusive, like the Sheets API GridRange; out-of-range ones are ignored).
 */
export function buildMergeLookup(merges: unknown, rowCount: number, columns: ColumnMap): MergeLookup {
  const anchors = new Map<number, number[]>();
  const wide = new Map<number, Set<number>>();
  const spreadCols = new Set<number>();
  const tableCols = Object.values(columns) as number[];
  for (const key of SPREAD_KEYS) if (columns[key] !== undefined) spreadCols.add(columns[key]!);
  for (const m of Array.isArray(merges) ? merges : []) {
    const range = validRange(m, rowCount);
    if (!range) continue;
    if (coveredColumns(range, tableCols) >= 3) {
      const set = wide.get(range.startRow) ?? new Set<number>();
      set.add(range.startCol);
      wide.set(range.startRow, set);
    }
    if (range.endRow - range.startRow < 2 || !spreadCols.has(range.startCol)) continue;
    let rows = anchors.get(range.startCol);
    if (!rows) {
      // A plain array: a typed array's buffer costs more to make than a table's rows cost to read.
      rows = new Array<number>(rowCount).fill(-1);
      anchors.set(range.startCol, rows);
    }
    for (let r = range.startRow + 1; r < range.endRow; r++) rows[r] = range.startRow;
  }
  // Only columns holding a vertical merge are asked per row: most tables have one (the month) or none.
  const spread = [...anchors.entries()].map(([col, rows]) => ({ col, rows }));
  return {
    wideCols: (row) => wide.get(row),
    spread,
    anchorRow: (col, row) => anchors.get(col)?.[row] ?? -1,
  };
}

/** Values a row shows through vertical merges anchored above it, by 0-based column (undefined when none). */
export function mergedValues(rows: readonly unknown[][], index: number, lookup: MergeLookup): Map<number, unknown> | undefined {
  let result: Map<number, unknown> | undefined;
  for (const { col, rows: anchors } of lookup.spread) {
    const anchor = anchors[index];
    if (anchor < 0) continue;
    const value = rows[anchor]?.[col];
    if (value === undefined || value === null || value === '') continue;
    (result ??= new Map()).set(col, value);
  }
  return result;
}
