import type ExcelJS from 'exceljs';
import type { Issue } from '../../../../schemas';
import { CHECK_NOTE_PREFIX } from '../../core/template/instructions';
import { MARKS_SHEET } from './grid';

/**
 * Our marks on a garden's plan sheet: a note and a fill on each offending cell. Notes we write start with
 * CHECK_NOTE_PREFIX, which is how we find them again — a garden's own notes and colours are never removed. A cell
 * that already had a note keeps it below ours; the fill it had is remembered in a very hidden sheet and put back.
 */
const NOTE_SEPARATOR = '—— 原批注 ——';
export const ERROR_FILL = 'FFFFC7CE'; // Excel's "light red fill"
export const WARNING_FILL = 'FFFFEB9C'; // Excel's "light yellow fill"

type NoteRun = ExcelJS.RichText;

/** Address → our note lines, for every cell of the sheet that carries our note. */
export function currentMarks(sheet: ExcelJS.Worksheet): Map<string, string> {
  const marks = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const ours = splitNote(cell.note).ours;
      if (ours !== null) marks.set(cell.address, ours);
    });
  });
  return marks;
}

/** Address → the note text we want on it: one line per issue, errors first. */
export function desiredMarks(issues: readonly Issue[]): Map<string, string> {
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) byCell.set(issue.cell, [...(byCell.get(issue.cell) ?? []), issue]);
  const marks = new Map<string, string>();
  for (const [cell, list] of byCell) {
    const sorted = [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    marks.set(cell, sorted.map((issue) => `${CHECK_NOTE_PREFIX}${issue.message}`).join('\n'));
  }
  return marks;
}

/** Removes every note and fill we set earlier, restoring the garden's own note and colour. */
export function clearMarks(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  const savedFills = readSavedFills(workbook);
  for (const address of currentMarks(sheet).keys()) {
    const cell = sheet.getCell(address);
    const { garden } = splitNote(cell.note);
    setNote(cell, garden);
    if (isOurFill(cell.fill)) setFill(cell, savedFills.get(address));
  }
  const marksSheet = workbook.getWorksheet(MARKS_SHEET);
  if (marksSheet) workbook.removeWorksheet(marksSheet.id);
}

/** Puts a note and a fill on each cell with issues; remembers the fills it covers. Call after clearMarks. */
export function applyMarks(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, issues: readonly Issue[]): void {
  const saved: Array<[string, string]> = [];
  const errorCells = new Set(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.cell));
  for (const [address, text] of desiredMarks(issues)) {
    const cell = sheet.getCell(address);
    const { garden } = splitNote(cell.note);
    setNote(cell, [{ text: garden ? `${text}\n${NOTE_SEPARATOR}\n` : text }, ...(garden ?? [])]);
    if (cell.fill && !isOurFill(cell.fill)) saved.push([address, JSON.stringify(cell.fill)]);
    const argb = errorCells.has(address) ? ERROR_FILL : WARNING_FILL;
    setFill(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb } });
  }
  if (saved.length === 0) return;
  const marksSheet = workbook.addWorksheet(MARKS_SHEET, { state: 'veryHidden' });
  for (const row of saved) marksSheet.addRow(row);
}

/** A note split into our leading lines and the garden's own runs (null when absent). */
function splitNote(note: ExcelJS.Comment | string | undefined): { ours: string | null; garden: NoteRun[] | null } {
  const runs = noteRuns(note);
  if (runs.length === 0) return { ours: null, garden: null };
  if (!runs[0].text.startsWith(CHECK_NOTE_PREFIX)) return { ours: null, garden: runs };
  // Excel may merge runs when the note is edited: strip our lines (and the separator) line by line.
  const lines = runs[0].text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].startsWith(CHECK_NOTE_PREFIX)) i += 1;
  const ours = lines.slice(0, i).join('\n');
  if (lines[i] === NOTE_SEPARATOR) i += 1;
  const rest = lines.slice(i).join('\n');
  const garden = [...(rest ? [{ ...runs[0], text: rest }] : []), ...runs.slice(1)].filter((run) => run.text !== '');
  return { ours, garden: garden.length > 0 ? garden : null };
}

function noteRuns(note: ExcelJS.Comment | string | undefined): NoteRun[] {
  if (note === undefined || note === null) return [];
  if (typeof note === 'string') return note === '' ? [] : [{ text: note }];
  return (note.texts ?? []).filter((run) => typeof run.text === 'string' && run.text !== '');
}

function setNote(cell: ExcelJS.Cell, runs: NoteRun[] | null): void {
  if (runs === null || runs.length === 0) {
    // exceljs 4.4 has no public way to delete a note: assigning undefined writes an empty comment box, and a
    // note read from the file also lingers in the value's model. Both internals are covered by the writer's tests.
    const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    internal._comment = undefined;
    if (internal._value?.model) delete internal._value.model.comment;
    return;
  }
  cell.note = runs.length === 1 && runs[0].font === undefined ? runs[0].text : { texts: runs };
}

/** Replaces the cell's style object: exceljs shares one style object among cells read with the same style. */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill === undefined) delete style.fill;
  else style.fill = fill;
  cell.style = style;
}

function isOurFill(fill: ExcelJS.Fill | undefined): boolean {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return false;
  const argb = fill.fgColor?.argb;
  return argb === ERROR_FILL || argb === WARNING_FILL;
}

function readSavedFills(workbook: ExcelJS.Workbook): Map<string, ExcelJS.Fill> {
  const fills = new Map<string, ExcelJS.Fill>();
  workbook.getWorksheet(MARKS_SHEET)?.eachRow((row) => {
    const [address, json] = [row.getCell(1).text, row.getCell(2).text];
    try {
      fills.set(address, JSON.parse(json) as ExcelJS.Fill);
    } catch {
      // A damaged record only costs the original colour of that one cell.
    }
  });
  return fills;
}
