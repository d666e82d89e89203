import type { Issue, PlanRow } from '../../../../schemas';
import { a1, compactText } from './cells';
import type { ColumnMap, HeaderNames } from './header';
import { messages } from './messages';
import { EVIDENCE_KEYS } from './row';
import { templateHeader } from './row-issues';

const FIELD = { evidencePlan: 'plan', evidenceRecord: 'record', evidenceSummary: 'summary', evidencePhotos: 'photos' } as const;

/**
 * Whether evidence text names a particular file or link (reusing it is suspicious), rather than a tick or a
 * word like 有 that every row may carry.
 */
export function looksLikeLink(text: string): boolean {
  return /^https?:\/\//i.test(text) || /\.[a-z0-9]{2,5}$/i.test(text) || /drive\.google|docs\.google/i.test(text);
}

/**
 * Warns where the same evidence link is given for different activities (one 图片 folder for every row hides
 * which activity really happened). The first use is fine; later rows are warned, naming the first cell.
 */
export function findReusedEvidence(rows: readonly PlanRow[], columns: ColumnMap, names: HeaderNames = {}): Issue[] {
  const firstUse = new Map<string, { row: number; cell: string }>();
  const issues: Issue[] = [];
  for (const planRow of rows) {
    for (const key of EVIDENCE_KEYS) {
      const col = columns[key];
      const text = planRow.evidence[FIELD[key]];
      if (col === undefined || text === null || !looksLikeLink(text)) continue;
      const id = compactText(text).toLowerCase();
      const cell = a1(planRow.row, col);
      const first = firstUse.get(id);
      if (!first) {
        firstUse.set(id, { row: planRow.row, cell });
      } else if (first.row !== planRow.row) {
        issues.push({
          row: planRow.row, cell, column: names[key] || templateHeader(key), severity: 'warning',
          code: 'evidence.reused', message: messages.evidenceReused(cell, text, first.cell), month: planRow.month,
        });
      }
    }
  }
  return issues;
}
