import type { Issue, PlanRow, SnapshotCandidate, SourceVersion } from '../../../../schemas';
import { placeUnplaced, splitByMonth } from '../sync/month-candidates';

/** How one garden's table was accounted for: every typed row is accepted (and placed) or reported. */
export interface GardenAccount {
  rowsAccepted: number;
  /** Accepted rows of months inside the run window (they go into snapshots now). */
  rowsInWindow: number;
  /** Accepted rows of later months (plans typed ahead): synced by their own month's run. */
  rowsDeferred: number;
  /** Accepted rows of months before the term or outside the year's terms: kept in the sheet, not assessed. */
  rowsOutside: number;
  errors: number;
  warnings: number;
  /** Template scaffolding, notes and titles: not activities. */
  skipped: number;
  /** The table could not be used as a whole (its issue, in Chinese): no snapshot was written, stored months stand. */
  unusable?: string;
}

export interface GardenCandidates {
  candidates: SnapshotCandidate[];
  account: GardenAccount;
}

/**
 * Whether a read table is unusable as a whole: no header, or no year and no row could be dated. Its zero rows
 * say nothing about the months (the garden did not delete its activities), so no month may be replaced from it;
 * returns the table-wide issue that says why, or null when the table can be used.
 */
export function unusableTable(rows: readonly PlanRow[], issues: readonly Issue[]): Issue | null {
  const noHeader = issues.find((i) => i.code === 'table.no_header');
  if (noHeader) return noHeader;
  return rows.length === 0 ? issues.find((i) => i.code === 'table.no_year') ?? null : null;
}

/**
 * Turns one garden's read table into garden-month candidates for the window's months. A window month with
 * no rows still gets an (empty) candidate: it records that the table was read and held nothing for that month,
 * so that rows typed after the cutoff become a recorded late change instead of a first report. Issues no row
 * can place (a row's unreadable month) go to the assessed month, where the bureau will see them. An unusable
 * table (see `unusableTable`) makes no candidate at all; the account names its issue.
 */
export function gardenCandidates(input: {
  gardenId: string;
  months: readonly string[];
  assessedMonth: string;
  rows: readonly PlanRow[];
  issues: readonly Issue[];
  skipped: number;
  source: SourceVersion;
  syncedAt: string;
}): GardenCandidates {
  const { gardenId, months, rows, issues, source, syncedAt } = input;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const unusable = unusableTable(rows, issues);
  if (unusable) {
    return {
      candidates: [],
      account: { rowsAccepted: 0, rowsInWindow: 0, rowsDeferred: 0, rowsOutside: 0, errors, warnings: issues.length - errors, skipped: input.skipped, unusable: unusable.message },
    };
  }
  const split = splitByMonth(gardenId, rows, issues, source, syncedAt);
  const byMonth = new Map(split.candidates.map((c) => [c.month, c]));
  const inTerm = months.map((month) => byMonth.get(month) ?? { gardenId, month, rows: [], issues: [], source, syncedAt });
  const candidates = months.includes(input.assessedMonth)
    ? placeUnplaced(inTerm, split.unplaced, input.assessedMonth, { gardenId, source, syncedAt })
    : inTerm;
  const inWindow = new Set(months);
  const last = months[months.length - 1] ?? input.assessedMonth;
  return {
    candidates,
    account: {
      rowsAccepted: rows.length,
      rowsInWindow: rows.filter((r) => inWindow.has(r.month)).length,
      rowsDeferred: rows.filter((r) => !inWindow.has(r.month) && r.month > last).length,
      rowsOutside: rows.filter((r) => !inWindow.has(r.month) && r.month <= last).length,
      errors,
      warnings: issues.length - errors,
      skipped: input.skipped,
    },
  };
}
