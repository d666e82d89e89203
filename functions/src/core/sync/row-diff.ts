import type { PlanRow, RowDiff } from '../../../../schemas';
import { canonicalJson } from './canonical';

/**
 * Counts rows added and removed between two versions, comparing what a row says rather than where it sits:
 * inserting a line above others moves their sheet row numbers but does not change them.
 */
export function diffRows(before: readonly PlanRow[], after: readonly PlanRow[]): RowDiff {
  // A first version (or an emptied month) needs no comparing: every row is added (or removed).
  if (before.length === 0 || after.length === 0) {
    return { before: before.length, after: after.length, added: after.length, removed: before.length };
  }
  const remaining = new Map<string, number>();
  for (const row of before) {
    const key = rowContentKey(row);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  let added = 0;
  for (const row of after) {
    const key = rowContentKey(row);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else added += 1;
  }
  const removed = [...remaining.values()].reduce((sum, n) => sum + n, 0);
  return { before: before.length, after: after.length, added, removed };
}

function rowContentKey(row: PlanRow): string {
  const { row: _sheetRow, ...content } = row;
  return canonicalJson(content);
}
