import type { Issue, PlanRow, SnapshotCandidate, SourceVersion } from '../../../../schemas';
import { splitByMonth } from '../sync/month-candidates';

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
}

export interface GardenCandidates {
  candidates: SnapshotCandidate[];
  account: GardenAccount;
}

/**
 * Turns one garden's read table into garden-month candidates for the window's months. A window month with
 * no rows still gets an (empty) candidate: it records that the table was read and held nothing for that month,
 * so that rows typed after the cutoff become a recorded late change instead of a first report. Issues no row
 * can place (no header, no year) go to the assessed month, where the bureau will see them.
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
  const split = splitByMonth(gardenId, rows, issues, source, syncedAt);
  const byMonth = new Map(split.candidates.map((c) => [c.month, c]));
  const candidates = months.map((month) => byMonth.get(month) ?? { gardenId, month, rows: [], issues: [], source, syncedAt });
  if (split.unplaced.length > 0) {
    const target = candidates.find((c) => c.month === input.assessedMonth);
    if (target) target.issues = [...split.unplaced, ...target.issues];
  }
  const inWindow = new Set(months);
  const last = months[months.length - 1] ?? input.assessedMonth;
  const errors = issues.filter((i) => i.severity === 'error').length;
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
