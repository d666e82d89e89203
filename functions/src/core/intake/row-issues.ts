import { PLAN_COLUMNS, type Issue, type IssueCode, type PlanColumnKey, type Severity } from '../../../../schemas';
import { a1 } from './cells';
import type { ColumnMap, HeaderNames } from './header';

const TEMPLATE_HEADER = Object.fromEntries(PLAN_COLUMNS.map((c) => [c.key, c.header])) as Record<PlanColumnKey, string>;

/** The template's header for a column (方案, 课时…), for messages that name a column rather than a cell. */
export function templateHeader(key: PlanColumnKey): string {
  return TEMPLATE_HEADER[key];
}

/** What almost every row reports: shared and frozen (RowIssues makes its own list on the first issue). */
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** Collects one row's issues, naming cells by the row's column map. */
export class RowIssues {
  private issues: Issue[] | null = null;
  private errors = 0;
  private month: string | undefined;

  constructor(
    readonly row: number,
    private readonly columns: ColumnMap,
    private readonly names: HeaderNames = {},
  ) {}

  /** A1 name of this row's cell in a column (column A when the table lacks it). */
  cell(key: PlanColumnKey): string {
    return a1(this.row, this.columns[key] ?? 0);
  }

  header(key: PlanColumnKey): string {
    return this.names[key] || TEMPLATE_HEADER[key];
  }

  add(key: PlanColumnKey, code: IssueCode, message: string, severity: Severity = 'error'): void {
    const issue: Issue = { row: this.row, cell: this.cell(key), column: this.header(key), severity, code, message };
    if (this.month !== undefined) issue.month = this.month;
    (this.issues ??= []).push(issue);
    if (severity === 'error') this.errors++;
  }

  /**
   * The row's month (`YYYY-MM`), once known: stamped on the issues so far and every later one, so a rejected
   * row's issues can be filed under its own month rather than a neighbour's.
   */
  placeIn(month: string): void {
    this.month = month;
    if (this.issues) for (const issue of this.issues) issue.month = month;
  }

  /** The row's issues so far (a shared empty list when none: callers only read it). */
  get list(): readonly Issue[] {
    return this.issues ?? NO_ISSUES;
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }
}

/** Orders issues by row, then column (B before AA). */
export function compareIssues(a: Issue, b: Issue): number {
  if (a.row !== b.row) return a.row - b.row;
  const letters = (cell: string) => cell.replace(/\d+$/, '');
  const la = letters(a.cell);
  const lb = letters(b.cell);
  return la.length - lb.length || (la < lb ? -1 : la > lb ? 1 : 0);
}
