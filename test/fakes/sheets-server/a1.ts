/** A1 notation as the Sheets API reads and writes it: `'计划表'!A1:M200`, `Sheet1!B:B`, `A1`, `'It''s'!3:5`. */

export interface A1Range {
  /** Null: the first visible sheet (the API's rule for a range without a sheet name). */
  sheetTitle: string | null;
  /** 0-based, end-exclusive; null ends are unbounded (to the sheet's grid). */
  startRow: number | null;
  endRow: number | null;
  startCol: number | null;
  endCol: number | null;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function quoteSheetTitle(title: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(title) ? title : `'${title.replace(/'/g, "''")}'`;
}

function splitSheet(range: string): { sheetTitle: string | null; cells: string } {
  if (range.startsWith("'")) {
    let i = 1;
    let title = '';
    for (; i < range.length; i++) {
      if (range[i] === "'" && range[i + 1] === "'") { title += "'"; i++; continue; }
      if (range[i] === "'") break;
      title += range[i];
    }
    const rest = range.slice(i + 1);
    if (rest !== '' && !rest.startsWith('!')) throw new Error(`Unable to parse range: ${range}`);
    return { sheetTitle: title, cells: rest.slice(1) };
  }
  const bang = range.lastIndexOf('!');
  if (bang >= 0) return { sheetTitle: range.slice(0, bang), cells: range.slice(bang + 1) };
  // A bare name that is not a cell reference is a sheet title (`Sheet1` means the whole sheet).
  return /^[A-Za-z]*\d*(:[A-Za-z]*\d*)?$/.test(range) ? { sheetTitle: null, cells: range } : { sheetTitle: range, cells: '' };
}

function parseCorner(text: string, range: string): { row: number | null; col: number | null } {
  const m = /^([A-Za-z]*)(\d*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) throw new Error(`Unable to parse range: ${range}`);
  return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

export function parseA1(range: string): A1Range {
  const { sheetTitle, cells } = splitSheet(range.trim());
  if (cells === '') return { sheetTitle, startRow: null, endRow: null, startCol: null, endCol: null };
  const [a, b = a] = cells.split(':');
  const start = parseCorner(a, range);
  const end = parseCorner(b, range);
  return {
    sheetTitle,
    startRow: start.row,
    endRow: end.row === null ? null : end.row + 1,
    startCol: start.col,
    endCol: end.col === null ? null : end.col + 1,
  };
}

/** Renders a bounded range the way the API echoes it back (`'计划表'!A1:M200`). */
export function formatA1(title: string, r0: number, c0: number, r1: number, c1: number): string {
  const from = `${columnLetters(c0)}${r0 + 1}`;
  const to = `${columnLetters(c1 - 1)}${r1}`;
  return `${quoteSheetTitle(title)}!${from === to ? from : `${from}:${to}`}`;
}
