import { columnName } from '../../core/intake';
import type { MergeRange } from '../../../../schemas';

/** A merge (0-based, end-exclusive) as an A1 range, the way the fake server is seeded: {0,3,0,1} → `A1:A3`. */
export function mergeA1(m: MergeRange): string {
  return `${columnName(m.startCol)}${m.startRow + 1}:${columnName(m.endCol - 1)}${m.endRow}`;
}
