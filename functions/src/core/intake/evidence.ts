import type { Issue, PlanRow } from '../../../../schemas';
import { a1, compactText, isBlankCell } from './cells';
import { holdsRedaction, REPLACEMENTS } from './child-privacy';
import type { ColumnMap, HeaderNames } from './header';
import { layoutOf } from './layout';
import { messages } from './messages';
import { EVIDENCE_KEYS } from './row';
import { templateHeader } from './row-issues';

const COLUMN_SPAN = 2 ** 20;
type EvidenceKey = (typeof EVIDENCE_KEYS)[number];

/**
 * Whether evidence text names a particular file or link (reusing it is suspicious), rather than a tick or a
 * word like 有 that every row may carry.
 */
export function looksLikeLink(text: string): boolean {
  return LINK.test(text);
}

/** A web link, a file name with an extension, or a Google Drive/Docs address: one regex, asked of every link. */
const LINK = /^https?:\/\/|\.[a-z0-9]{2,5}$|drive\.google|docs\.google/i;
const WEB_LINK = /^https?:\/\/|drive\.google|docs\.google/i;

/**
 * A web address of printable ASCII alone (no space, full-width form or redaction): a link, compared as typed. Almost
 * every evidence cell is one, and this one test settles it where LINK, NOT_PLAIN and WEB_LINK would each be asked.
 */
const PLAIN_WEB_LINK = /^https?:\/\/[!-~]+$/i;

/** Whitespace or full-width forms (compactText has work to do), or a redaction: a link needing a closer look. */
const NOT_PLAIN = new RegExp(['[\\s\u3000\u00A0\uFF01-\uFF5E]', ...REPLACEMENTS].join('|'));

/**
 * What a link is compared by: its compact text, in lower case for a file name (IMG_01.JPG is img_01.jpg on the
 * computers gardens use) but as typed for a web address, whose path is case-sensitive (Drive file ids differ by
 * case alone). When the stored text had children's data redacted, the link is compared as typed (`typed`); without
 * the typed text it cannot be compared (null), as two files may differ only in the name taken out. One regex
 * clears almost every link: `text` is a stored row's, already cleaned by intake (no control characters).
 */
function linkId(text: string, typed: unknown): string | null {
  let compact = text;
  if (NOT_PLAIN.test(text)) {
    const redacted = holdsRedaction(text);
    if (redacted && isBlankCell(typed)) return null;
    compact = compactText(redacted ? typed : text);
  }
  return WEB_LINK.test(compact) ? compact : compact.toLowerCase();
}

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
  const check = (planRow: PlanRow, key: EvidenceKey, col: number, text: string | null) => {
    if (col < 0 || text === null) return;
    let id: string | null = text;
    if (!PLAIN_WEB_LINK.test(text)) {
      if (!looksLikeLink(text)) return;
      id = linkId(text, cells?.[planRow.row - 1]?.[col]);
    }
    if (id === null) return;
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
  };
  // Spelled out per kind: fields named in code are single loads, where a key held in a variable is a lookup.
  for (const planRow of rows) {
    const { evidence } = planRow;
    check(planRow, 'evidencePlan', layout.evidencePlan, evidence.plan);
    check(planRow, 'evidenceRecord', layout.evidenceRecord, evidence.record);
    check(planRow, 'evidenceSummary', layout.evidenceSummary, evidence.summary);
    check(planRow, 'evidencePhotos', layout.evidencePhotos, evidence.photos);
  }
  return issues;
}
