import type { Issue, PlanRow } from '../../../../schemas';
import { a1, compactText, isBlankCell } from './cells';
import { holdsRedaction } from './child-privacy';
import type { ColumnMap, HeaderNames } from './header';
import { layoutOf } from './layout';
import { messages } from './messages';
import { EVIDENCE_KEYS } from './row';
import { templateHeader } from './row-issues';

const COLUMN_SPAN = 2 ** 20;
const FIELD = { evidencePlan: 'plan', evidenceRecord: 'record', evidenceSummary: 'summary', evidencePhotos: 'photos' } as const;

/**
 * Whether evidence text names a particular file or link (reusing it is suspicious), rather than a tick or a
 * word like 有 that every row may carry.
 */
export function looksLikeLink(text: string): boolean {
  return LINK.test(text);
}

/** A web link, a file name with an extension, or a Google Drive/Docs address: one regex, asked of every link. */
const LINK = /^https?:\/\/|\.[a-z0-9]{2,5}$|drive\.google|docs\.google/i;

/**
 * Warns where the same evidence link is given for different activities (one 图片 folder for every row hides
 * which activity really happened). The first use is fine; later rows are warned, naming the first cell.
 * Links are compared as typed (`cells`, the table's rows, when given) but quoted as the rows hold them: with
 * children's data redacted.
 */
export function findReusedEvidence(
  rows: readonly PlanRow[], columns: ColumnMap, names: HeaderNames = {}, cells?: readonly (readonly unknown[])[],
): Issue[] {
  // First uses keep where they were, not their A1 name: almost every link is used once, and names only a message.
  const firstUse = new Map<string, number>(); // row × 2^20 + column (a sheet has at most 18,278 columns)
  const issues: Issue[] = [];
  const layout = layoutOf(columns);
  for (const planRow of rows) {
    for (const key of EVIDENCE_KEYS) {
      const col = layout[key];
      const text = planRow.evidence[FIELD[key]];
      if (col < 0 || text === null || !looksLikeLink(text)) continue;
      const typed = cells?.[planRow.row - 1]?.[col];
      // Without the typed text a redacted one cannot be compared: two files may differ only in the name taken out.
      const redacted = holdsRedaction(text);
      if (redacted && isBlankCell(typed)) continue;
      const id = compactText(redacted ? typed : text).toLowerCase();
      const first = firstUse.get(id);
      if (first === undefined) {
        firstUse.set(id, planRow.row * COLUMN_SPAN + col);
      } else if (Math.floor(first / COLUMN_SPAN) !== planRow.row) {
        const cell = a1(planRow.row, col);
        issues.push({
          row: planRow.row, cell, column: names[key] || templateHeader(key), severity: 'warning',
          code: 'evidence.reused', message: messages.evidenceReused(cell, text, a1(Math.floor(first / COLUMN_SPAN), first % COLUMN_SPAN)), month: planRow.month,
        });
      }
    }
  }
  return issues;
}
