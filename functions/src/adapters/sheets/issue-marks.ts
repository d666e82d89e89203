/**
 * What we paint on a garden's sheet for its open issues, as Sheets API requests (pure: no I/O).
 * Our notes start with 【帮扶检查】; the cells we marked are remembered in developer metadata (the "ledger"),
 * so the next write clears exactly those cells and never a note or colour the garden set itself.
 */
import { createHash } from 'node:crypto';
import type { sheets_v4 } from '@googleapis/sheets';
import type { Issue } from '../../../../schemas';
import { parseA1 } from '../../core/sheet-address';
import { CHECK_NOTE_PREFIX } from '../../core/template/instructions';
import { issueListRows } from '../../core/template/issue-list';

export const LEDGER_KEY = 'bangfu.issueMarks';
/** Fixed so that a retried create fails loudly instead of adding a second ledger. */
export const LEDGER_METADATA_ID = 20_200_530;
/** Light red 3 and light yellow 3 of the Sheets palette. */
export const ERROR_COLOR = { red: 0.957, green: 0.8, blue: 0.8 };
export const WARNING_COLOR = { red: 1, green: 0.949, blue: 0.8 };
/** Bounds the ledger (developer metadata is limited to 30 000 characters per spreadsheet). */
export const MAX_MARKED_CELLS = 2_000;

export interface Ledger {
  sheetId: number;
  cells: string[];
  /** Hash of the issues last written: equal issues, nothing to write (and no new Drive version to re-sync). */
  hash: string;
}

export interface Mark {
  cell: string;
  row: number;
  col: number;
  severity: 'error' | 'warning';
  note: string;
}

/** 0-based grid indices of an issue's cell, as Sheets API ranges count. */
function cellIndex(cell: string): { row: number; col: number } {
  const at = parseA1(cell);
  if (!at) throw new RangeError(`not an A1 cell: ${cell}`);
  return { row: at.row - 1, col: at.col };
}

export function issuesHash(issues: readonly Issue[]): string {
  const canonical = issues.map((i) => [i.cell, i.severity, i.code, i.message].join('\u0000')).sort();
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** One mark per cell: all its messages in one note, red if any is an error. */
export function marksFor(issues: readonly Issue[]): Mark[] {
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) byCell.set(issue.cell, [...(byCell.get(issue.cell) ?? []), issue]);
  return [...byCell.entries()].slice(0, MAX_MARKED_CELLS).map(([cell, list]) => ({
    cell,
    ...cellIndex(cell),
    severity: list.some((i) => i.severity === 'error') ? 'error' : 'warning',
    note: [CHECK_NOTE_PREFIX, ...list.map((i) => i.message)].join('\n'),
  }));
}

export function parseLedger(value: string | null | undefined): Ledger | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<Ledger>;
    if (typeof parsed.sheetId !== 'number' || !Array.isArray(parsed.cells) || typeof parsed.hash !== 'string') return null;
    return { sheetId: parsed.sheetId, cells: parsed.cells.filter((c) => /^[A-Z]+\d+$/.test(String(c))), hash: parsed.hash };
  } catch {
    return null;
  }
}

const MARK_FIELDS = 'note,userEnteredFormat.backgroundColor';

/** Clears the previous marks that are not marked again, then sets the new ones. */
export function markRequests(previous: Ledger | null, sheetId: number, marks: readonly Mark[]): sheets_v4.Schema$Request[] {
  const keep = new Set(marks.map((m) => m.cell));
  const clears = previous && previous.sheetId === sheetId ? previous.cells.filter((c) => !keep.has(c)) : [];
  return [
    ...clears.map((cell): sheets_v4.Schema$Request => {
      const { row, col } = cellIndex(cell);
      return { updateCells: { range: { sheetId, startRowIndex: row, endRowIndex: row + 1, startColumnIndex: col, endColumnIndex: col + 1 }, fields: MARK_FIELDS } };
    }),
    ...marks.map((m): sheets_v4.Schema$Request => ({
      updateCells: {
        start: { sheetId, rowIndex: m.row, columnIndex: m.col },
        rows: [{ values: [{ note: m.note, userEnteredFormat: { backgroundColor: m.severity === 'error' ? ERROR_COLOR : WARNING_COLOR } }] }],
        fields: MARK_FIELDS,
      },
    })),
  ];
}

/** Rewrites the whole tab: cells the new rows do not cover are cleared (updateCells semantics over a range). */
export function issueTabRequests(tabId: number, issues: readonly Issue[]): sheets_v4.Schema$Request[] {
  const rows = issueListRows(issues);
  const value = (v: string | number): sheets_v4.Schema$ExtendedValue => (typeof v === 'number' ? { numberValue: v } : { stringValue: v });
  return [
    { updateSheetProperties: { properties: { sheetId: tabId, gridProperties: { rowCount: Math.max(1000, rows.length) } }, fields: 'gridProperties.rowCount' } },
    { updateCells: { range: { sheetId: tabId }, rows: rows.map((r) => ({ values: r.map((v) => ({ userEnteredValue: value(v) })) })), fields: 'userEnteredValue' } },
  ];
}
