/** A1 notation as Apps Script's Range.getA1Notation() writes it and Sheet.getRange(a1) reads it (within one sheet). */

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface Box {
  /** 1-based. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** `B7` → a 1×1 box; `A1:C3` → 3×3. Whole rows/columns (`A:A`, `3:5`) are not used by the script and rejected. */
export function parseA1(a1: string): Box {
  const m = /^(?:'[^']*'!|[^!]*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Range not found`);
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  if (r1 < 1 || r2 < 1) throw new Error('Range not found');
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

export function formatA1(box: Box): string {
  const start = `${columnLetters(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnLetters(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

export function intersects(a: Box, b: Box): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}
