/*
 * Test double of SpreadsheetApp's Spreadsheet / Sheet / Range, faithful to the documented behaviour the bound
 * script relies on: 1-based getRange(row, column, numRows, numColumns) and getRange(a1); getValues() as 2-D arrays
 * with '' for empty cells and Date objects for dates; getNotes() '' when none; getBackgrounds() '#ffffff' by default;
 * setNotes/setBackgrounds with null clearing; getA1Notation(); getMergedRanges() of merges touching the range;
 * getLastRow()/getLastColumn() counting cells with content. Every call is counted, so tests can see batching.
 */
import { formatA1, intersects, parseA1, type Box } from './a1';
import type { CallLog } from './calls';

export type Value = string | number | boolean | Date;
const WHITE = '#ffffff';

interface Cell {
  value: Value;
  note: string;
  background: string;
  validation?: unknown;
}

function copyValue(v: Value): Value {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

function dims(data: readonly (readonly unknown[])[], box: Box): void {
  if (data.length !== box.numRows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${box.numRows}.`);
  for (const row of data) if (row.length !== box.numColumns) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${box.numColumns}.`);
}

export class FakeRange {
  constructor(private readonly sheet: FakeSheet, readonly box: Box, private readonly log: CallLog) {}
  private count(name: string) { this.log.count(`Range.${name}`); }
  private map<T>(f: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.box.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.box.numColumns; c++) row.push(f(this.sheet.cell(this.box.row + r, this.box.column + c), r, c));
      out.push(row);
    }
    return out;
  }
  private write(data: readonly (readonly unknown[])[], f: (cell: Cell, v: unknown) => void): this {
    dims(data, this.box);
    data.forEach((row, r) => row.forEach((v, c) => f(this.sheet.touch(this.box.row + r, this.box.column + c), v)));
    return this;
  }
  getRow() { this.count('getRow'); return this.box.row; }
  getColumn() { this.count('getColumn'); return this.box.column; }
  getNumRows() { this.count('getNumRows'); return this.box.numRows; }
  getNumColumns() { this.count('getNumColumns'); return this.box.numColumns; }
  getLastRow() { return this.box.row + this.box.numRows - 1; }
  getLastColumn() { return this.box.column + this.box.numColumns - 1; }
  getA1Notation() { this.count('getA1Notation'); return formatA1(this.box); }
  getSheet() { this.count('getSheet'); return this.sheet; }
  getValues(): Value[][] { this.count('getValues'); return this.map((cell) => (cell ? copyValue(cell.value) : '')); }
  getValue(): Value { this.count('getValue'); const cell = this.sheet.cell(this.box.row, this.box.column); return cell ? copyValue(cell.value) : ''; }
  getDisplayValues(): string[][] { this.count('getDisplayValues'); return this.map((cell) => (cell ? String(cell.value) : '')); }
  setValues(values: readonly (readonly Value[])[]) { this.count('setValues'); return this.write(values, (cell, v) => { cell.value = v === null || v === undefined ? '' : copyValue(v as Value); }); }
  setValue(value: Value) { this.count('setValue'); this.sheet.touch(this.box.row, this.box.column).value = copyValue(value); return this; }
  getNotes(): string[][] { this.count('getNotes'); return this.map((cell) => cell?.note ?? ''); }
  getNote(): string { this.count('getNote'); return this.sheet.cell(this.box.row, this.box.column)?.note ?? ''; }
  setNotes(notes: readonly (readonly (string | null)[])[]) { this.count('setNotes'); return this.write(notes, (cell, v) => { cell.note = v === null || v === undefined ? '' : String(v); }); }
  setNote(note: string | null) { this.count('setNote'); return this.write(this.map(() => note), (cell, v) => { cell.note = v === null ? '' : String(v); }); }
  clearNote() { this.count('clearNote'); return this.write(this.map(() => ''), (cell) => { cell.note = ''; }); }
  getBackgrounds(): string[][] { this.count('getBackgrounds'); return this.map((cell) => cell?.background ?? WHITE); }
  getBackground(): string { this.count('getBackground'); return this.sheet.cell(this.box.row, this.box.column)?.background ?? WHITE; }
  setBackgrounds(colors: readonly (readonly (string | null)[])[]) { this.count('setBackgrounds'); return this.write(colors, (cell, v) => { cell.background = v === null ? WHITE : String(v).toLowerCase(); }); }
  setBackground(color: string | null) { this.count('setBackground'); return this.write(this.map(() => color), (cell, v) => { cell.background = v === null ? WHITE : String(v).toLowerCase(); }); }
  setDataValidation(rule: unknown) { this.count('setDataValidation'); return this.write(this.map(() => rule), (cell, v) => { cell.validation = v ?? undefined; }); }
  getDataValidation(): unknown { this.count('getDataValidation'); return this.sheet.cell(this.box.row, this.box.column)?.validation ?? null; }
  getMergedRanges(): FakeRange[] {
    this.count('getMergedRanges');
    return this.sheet.merges.filter((m) => intersects(m, this.box)).map((m) => new FakeRange(this.sheet, m, this.log));
  }
  /** Merges the range; like Sheets, only the top-left value is kept. */
  merge() {
    this.count('merge');
    for (let r = 0; r < this.box.numRows; r++) {
      for (let c = 0; c < this.box.numColumns; c++) {
        const cell = this.sheet.cell(this.box.row + r, this.box.column + c);
        if ((r > 0 || c > 0) && cell) cell.value = '';
      }
    }
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.box));
    this.sheet.merges.push({ ...this.box });
    return this;
  }
  activate() { this.count('activate'); this.sheet.spreadsheet.setActiveSheet(this.sheet); this.sheet.activeRange = this; return this; }
}

export class FakeSheet {
  private readonly cells = new Map<string, Cell>();
  merges: Box[] = [];
  activeRange: FakeRange | null = null;
  constructor(readonly spreadsheet: FakeSpreadsheet, private name: string, private readonly log: CallLog) {}
  cell(row: number, column: number): Cell | undefined { return this.cells.get(`${row},${column}`); }
  touch(row: number, column: number): Cell {
    let cell = this.cells.get(`${row},${column}`);
    if (!cell) this.cells.set(`${row},${column}`, (cell = { value: '', note: '', background: WHITE }));
    return cell;
  }
  getName() { this.log.count('Sheet.getName'); return this.name; }
  setName(name: string) { this.name = name; return this; }
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.log.count('Sheet.getRange');
    if (typeof a === 'string') return new FakeRange(this, parseA1(a), this.log);
    if (!Number.isInteger(a) || a < 1 || !Number.isInteger(column) || (column as number) < 1) throw new Error('The starting row/column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    return new FakeRange(this, { row: a, column: column as number, numRows, numColumns }, this.log);
  }
  private extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === '') continue;
      const [r, c] = key.split(',').map(Number);
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    }
    return { rows, columns };
  }
  getLastRow() { this.log.count('Sheet.getLastRow'); return this.extent().rows; }
  getLastColumn() { this.log.count('Sheet.getLastColumn'); return this.extent().columns; }
  getDataRange(): FakeRange {
    this.log.count('Sheet.getDataRange');
    const { rows, columns } = this.extent();
    return new FakeRange(this, { row: 1, column: 1, numRows: Math.max(rows, 1), numColumns: Math.max(columns, 1) }, this.log);
  }
  setActiveRange(range: FakeRange) { this.log.count('Sheet.setActiveRange'); this.spreadsheet.setActiveSheet(this); this.activeRange = range; return range; }
  getActiveRange() { return this.activeRange; }
}

export class FakeSpreadsheet {
  private readonly sheets: FakeSheet[] = [];
  private active: FakeSheet | null = null;
  constructor(private readonly id: string, private readonly name: string, private readonly timeZone: string, private readonly log: CallLog) {}
  insertSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.getName() === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name, this.log);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
  getId() { this.log.count('Spreadsheet.getId'); return this.id; }
  getName() { return this.name; }
  getSpreadsheetTimeZone() { this.log.count('Spreadsheet.getSpreadsheetTimeZone'); return this.timeZone; }
  getSheets() { return [...this.sheets]; }
  getSheetByName(name: string): FakeSheet | null { this.log.count('Spreadsheet.getSheetByName'); return this.sheets.find((s) => s.getName() === name) ?? null; }
  getActiveSheet(): FakeSheet {
    this.log.count('Spreadsheet.getActiveSheet');
    if (!this.active) throw new Error('no sheets');
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet) { this.log.count('Spreadsheet.setActiveSheet'); this.active = sheet; return sheet; }
  getActiveRange() { return this.active?.getActiveRange() ?? null; }
}
