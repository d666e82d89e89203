/**
 * A1 cell addresses, the one place that knows them. Rows are numbered as the sheet shows them (1-based), columns
 * are indices (0-based, as in our grids): a1(7, 1) is `B7` and parseA1('B7') is { row: 7, col: 1 }.
 */

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. Negative or fractional indices clamp down. */
export function columnLetters(index0: number): string {
  let n = Math.max(0, Math.floor(index0)) + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters of the first columns, made once: a1() runs for every issue and evidence link. */
const FIRST_COLUMNS = Array.from({ length: 64 }, (_, col) => columnLetters(col));

/** A1 name of a cell from its 1-based row and 0-based column: (7, 1) → `B7`. Rows below 1 read as 1. */
export function a1(row1: number, col0: number): string {
  const letters = Number.isInteger(col0) && col0 >= 0 && col0 < FIRST_COLUMNS.length ? FIRST_COLUMNS[col0] : columnLetters(col0);
  return `${letters}${Math.max(1, Math.floor(row1))}`;
}

const A1_CELL = /^\$?([A-Z]+)\$?(\d+)$/i;

/** The 1-based row and 0-based column of a cell address (`B7`, `$B$7`, `b7`); null when it is not one. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = A1_CELL.exec(ref);
  if (!m || Number(m[2]) < 1) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: col - 1 };
}
