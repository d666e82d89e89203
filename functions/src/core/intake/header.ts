import { PLAN_COLUMNS, REQUIRED_PLAN_COLUMNS, type PlanColumnKey } from '../../../../schemas';
import { cellText, compactText } from './cells';

export type ColumnMap = Partial<Record<PlanColumnKey, number>>;
/** Header text as the garden sees it, per recognised column (used to label issues). */
export type HeaderNames = Partial<Record<PlanColumnKey, string>>;

export interface HeaderMatch {
  /** 0-based row index in the grid. */
  index: number;
  columns: ColumnMap;
  names: HeaderNames;
}

/** A row counts as the header when it names the required columns and at least this many in all. */
const MIN_RECOGNISED = 3;

/** Header text reduced for comparison: half-width, no spaces, no (说明) in brackets, no * or trailing colon. */
export function normaliseHeader(text: string): string {
  const compact = compactText(text);
  // Most cells are not headers and have nothing to strip: skip the replaces for them.
  if (!/[（(【[*：:A-Z]/.test(compact)) return compact;
  return compact
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[*：:]/g, '')
    .toLowerCase();
}

const BY_HEADER = new Map<string, PlanColumnKey>();
for (const column of PLAN_COLUMNS) {
  for (const name of [column.header, ...column.aliases]) {
    const key = normaliseHeader(name);
    if (!BY_HEADER.has(key)) BY_HEADER.set(key, column.key);
  }
}

/** The plan column a header cell names, if any. */
export function columnForHeader(value: unknown): PlanColumnKey | null {
  if (typeof value !== 'string') return null;
  return BY_HEADER.get(normaliseHeader(value)) ?? null;
}

/** Recognised columns of one row read as a header (the first cell naming a column wins). */
export function matchHeaderRow(cells: readonly unknown[]): { columns: ColumnMap; names: HeaderNames; count: number } {
  const columns: ColumnMap = {};
  const names: HeaderNames = {};
  let count = 0;
  const width = Math.min(cells.length, 200);
  for (let col = 0; col < width; col++) {
    const key = columnForHeader(cells[col]);
    if (key && columns[key] === undefined) {
      columns[key] = col;
      names[key] = cellText(cells[col]).replace(/\s+/g, '');
      count++;
    }
  }
  return { columns, names, count };
}

export function looksLikeHeader(cells: readonly unknown[]): boolean {
  const { columns, count } = matchHeaderRow(cells);
  return count >= MIN_RECOGNISED && REQUIRED_PLAN_COLUMNS.every((k) => columns[k] !== undefined);
}

/** The first row that reads as the plan table's header, or null. */
export function findHeader(rows: readonly (readonly unknown[])[]): HeaderMatch | null {
  for (let index = 0; index < rows.length; index++) {
    const cells = Array.isArray(rows[index]) ? rows[index] : [];
    const match = matchHeaderRow(cells);
    if (match.count >= MIN_RECOGNISED && REQUIRED_PLAN_COLUMNS.every((k) => match.columns[k] !== undefined)) {
      return { index, columns: match.columns, names: match.names };
    }
  }
  return null;
}
