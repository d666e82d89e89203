import type { Issue, PlanRow, SnapshotCandidate, SourceVersion } from '../../../../schemas';

export interface MonthSplit {
  /** One candidate per month that has accepted rows or issues placed in it, in month order. */
  candidates: SnapshotCandidate[];
  /** Issues no month could be given to (a table with no header, no year, or no readable month at all). */
  unplaced: Issue[];
}

/**
 * Splits a garden's read table into garden-month candidates. A rejected row's issues go to the month it
 * sits in: months carry down the table, so that is the month of the nearest accepted row above it (or
 * below, for rows above the first one). Issues of table-wide problems stay unplaced; the sheet and the
 * sync verdict still show them.
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
  const ordered = [...rows].sort((a, b) => a.row - b.row);
  const unplaced: Issue[] = [];
  for (const issue of issues) {
    const month = issue.code.startsWith('table.') ? null : monthAt(ordered, issue.row);
    if (month) bucket(month).issues.push(issue);
    else unplaced.push(issue);
  }
  const candidates = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, b]) => ({ gardenId, month, rows: b.rows, issues: b.issues, source, syncedAt }));
  return { candidates, unplaced };
}

function monthAt(ordered: readonly PlanRow[], sheetRow: number): string | null {
  let above: PlanRow | undefined;
  for (const row of ordered) {
    if (row.row <= sheetRow) above = row;
    else return (above ?? row).month;
  }
  return above?.month ?? null;
}
