import type { Issue, PlanRow, SnapshotCandidate, SourceVersion } from '../../../../schemas';

export interface MonthSplit {
  /** One candidate per month that has accepted rows or issues placed in it, in month order. */
  candidates: SnapshotCandidate[];
  /**
   * Issues no month could be given to: table-wide problems (no header, no year) and rows whose month cannot
   * be read. They belong to the garden, not to a month: the sheet and the garden-level sync verdict show
   * them, and the monthly run files them under the month it assesses (see gardenCandidates).
   */
  unplaced: Issue[];
}

/**
 * Splits a garden's read table into garden-month candidates. An issue goes to the month intake gave it
 * (`issue.month`: its row's own month, even when the row was rejected, e.g. for a bad date). Issues without
 * one are unplaced rather than guessed from neighbouring rows: a month's first row, rejected, would otherwise
 * land in the month above (possibly frozen, recorded there as a late change). Snapshot issues drop `month`:
 * the candidate names it, and content hashes stay those of already stored snapshots.
 */
export function splitByMonth(
  gardenId: string,
  rows: readonly PlanRow[],
  issues: readonly Issue[],
  source: SourceVersion,
  syncedAt: string,
): MonthSplit {
  const byMonth = new Map<string, { rows: PlanRow[]; issues: Issue[] }>();
  const bucket = (month: string) => {
    let b = byMonth.get(month);
    if (!b) byMonth.set(month, (b = { rows: [], issues: [] }));
    return b;
  };
  for (const row of rows) bucket(row.month).rows.push(row);
  const unplaced: Issue[] = [];
  for (const issue of issues) {
    if (issue.month !== undefined && !issue.code.startsWith('table.')) bucket(issue.month).issues.push(withoutMonth(issue));
    else unplaced.push(issue);
  }
  const candidates = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, b]) => ({ gardenId, month, rows: b.rows, issues: b.issues, source, syncedAt }));
  return { candidates, unplaced };
}

function withoutMonth(issue: Issue): Issue {
  const { month: _month, ...rest } = issue;
  return rest;
}


/**
 * Files the unplaced issues under `month` (the month being assessed or synced), creating that month's
 * candidate when it has none, so every rejected row is stored with some garden-month and nothing typed is lost.
 */
export function placeUnplaced(
  candidates: readonly SnapshotCandidate[],
  unplaced: readonly Issue[],
  month: string,
  empty: Omit<SnapshotCandidate, 'month' | 'rows' | 'issues'>,
): SnapshotCandidate[] {
  if (unplaced.length === 0) return [...candidates];
  const moved = unplaced.map(withoutMonth);
  const target = candidates.find((c) => c.month === month);
  if (target) return candidates.map((c) => (c === target ? { ...c, issues: [...moved, ...c.issues] } : c));
  return [...candidates, { ...empty, month, rows: [], issues: moved }].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}
