import { a1 } from '../../core/sheet-address';
import type { MergeRange } from '../../../../schemas';

/** A merge (0-based, end-exclusive) as an A1 range, the way the fake server is seeded: {0,3,0,1} → `A1:A3`. */
export function mergeA1(m: MergeRange): string {
  return `${a1(m.startRow + 1, m.startCol)}:${a1(m.endRow, m.endCol - 1)}`;
}
