/** Cell values in and out: render options on read, RAW vs USER_ENTERED on write (where `=…` becomes a formula). */
import { formatA1 } from './a1';
import { ApiError, cellAt, isEmpty, touchCell, type FakeCell, type ResolvedRange, type Scalar } from './model';

export type ValueRenderOption = 'UNFORMATTED_VALUE' | 'FORMATTED_VALUE' | 'FORMULA';
export type ValueInputOption = 'RAW' | 'USER_ENTERED';

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function rendered(cell: FakeCell, option: ValueRenderOption): Scalar {
  if (option === 'FORMULA' && cell.formula !== undefined) return cell.formula;
  if (option === 'FORMATTED_VALUE') {
    if (cell.value === null) return '';
    return typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : String(cell.value);
  }
  return cell.value ?? '';
}

/** Drops trailing empties (`''`) from each line and trailing empty lines, as the API does. */
function trim(lines: Scalar[][]): Scalar[][] {
  const out = lines.map((line) => {
    let end = line.length;
    while (end > 0 && line[end - 1] === '') end--;
    return line.slice(0, end);
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

export interface ValueRange { range: string; majorDimension: 'ROWS' | 'COLUMNS'; values?: Scalar[][] }

export function readRange(
  target: ResolvedRange,
  render: ValueRenderOption = 'FORMATTED_VALUE',
  major: 'ROWS' | 'COLUMNS' = 'ROWS',
): ValueRange {
  const { sheet } = target;
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  const r1 = Math.min(target.r1, rowCount);
  const c1 = Math.min(target.c1, columnCount);
  const rows: Scalar[][] = [];
  for (let r = target.r0; r < r1; r++) {
    const line: Scalar[] = [];
    for (let c = target.c0; c < c1; c++) {
      const cell = cellAt(sheet, r, c);
      line.push(isEmpty(cell) ? '' : rendered(cell as FakeCell, render));
    }
    rows.push(line);
  }
  const lines = major === 'ROWS' ? rows : Array.from({ length: c1 - target.c0 }, (_, c) => rows.map((row) => row[c]));
  const values = trim(lines);
  const range = formatA1(sheet.properties.title, target.r0, target.c0, Math.max(r1, target.r0 + 1), Math.max(c1, target.c0 + 1));
  return values.length ? { range, majorDimension: major, values } : { range, majorDimension: major };
}

function dateSerial(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return (t - SERIAL_EPOCH) / 86_400_000;
}

/** What a person typing `input` into a cell gets (USER_ENTERED) or what is stored verbatim (RAW). */
export function parseInput(input: unknown, option: ValueInputOption): { value: Scalar; formula?: string } {
  if (input === null || input === undefined) return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') throw new ApiError(400, 'INVALID_ARGUMENT', 'Invalid values: expected a scalar');
  if (option === 'RAW') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  // The fake does not evaluate formulas: it keeps the formula and an empty effective value.
  if (input.startsWith('=')) return { value: null, formula: input };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(input.trim())) return { value: Number(input) };
  if (/^(true|false)$/i.test(input.trim())) return { value: input.trim().toLowerCase() === 'true' };
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(input.trim());
  const serial = date ? dateSerial(Number(date[1]), Number(date[2]), Number(date[3])) : null;
  return serial === null ? { value: input } : { value: serial };
}

/** Writes a block of values at a range's top-left, like values.update: `null` skips a cell, `''` clears it. */
export function writeRange(target: ResolvedRange, values: unknown[][], option: ValueInputOption): { rows: number; cols: number; cells: number } {
  let cols = 0;
  let cells = 0;
  values.forEach((line, i) => {
    line.forEach((input, j) => {
      if (input === null) return;
      const r = target.r0 + i;
      const c = target.c0 + j;
      if (r >= target.r1 || c >= target.c1) {
        throw new ApiError(400, 'INVALID_ARGUMENT', 'Requested writing within range, but tried writing outside it');
      }
      const parsed = parseInput(input, option);
      const cell = touchCell(target.sheet, r, c);
      cell.value = parsed.value === '' ? null : parsed.value;
      if (parsed.formula === undefined) delete cell.formula;
      else cell.formula = parsed.formula;
      cells++;
    });
    cols = Math.max(cols, line.length);
  });
  return { rows: values.length, cols, cells };
}

export function clearRange(target: ResolvedRange): void {
  for (let r = target.r0; r < target.r1; r++) {
    for (let c = target.c0; c < target.c1; c++) {
      const cell = cellAt(target.sheet, r, c);
      if (cell) { cell.value = null; delete cell.formula; }
    }
  }
}
