import type { PlanRow } from '../../../../schemas/plan-row';
import { EVIDENCE_LABELS, type EvidenceKind } from '../../../../schemas/rule-set';
import { dayLabel } from '../calendar/month';
import { canonicalJson } from './canonical';

/** Rows in a canonical order (sheet row, then date, then content), so results never depend on input order. */
export function canonicalRows(rows: readonly PlanRow[]): readonly PlanRow[] {
  // Rows arrive in sheet order with distinct sheet rows: then they already are in canonical order and are kept
  // as they are. Anything else (a tie or an inversion) takes the full sort, which is stable.
  for (let i = 1; i < rows.length; i++) if (rows[i - 1].row >= rows[i].row) return sortRows(rows);
  return rows;
}

function sortRows(rows: readonly PlanRow[]): PlanRow[] {
  // The content key is only needed on a (row, date) tie, which real tables never have: computing it for every
  // row was a third of a 5,000-garden assessment (bench profile), so it is made on first use.
  const keys = new Map<PlanRow, string>();
  const key = (row: PlanRow) => {
    let k = keys.get(row);
    if (k === undefined) keys.set(row, (k = canonicalJson(row)));
    return k;
  };
  return [...rows].sort((a, b) => a.row - b.row || compareText(a.date ?? '', b.date ?? '') || compareText(key(a), key(b)));
}

/** Code-point order: independent of the runtime's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How a row is named in Chinese messages: `3月12日“送教下乡”`, or `第7行“送教下乡”` when undated. */
export function rowLabel(row: Pick<PlanRow, 'row' | 'date' | 'task'>): string {
  return `${row.date ? dayLabel(row.date) : `第${row.row}行`}“${row.task}”`;
}

/** The evidence field holding each kind's link. */
export const EVIDENCE_FIELDS: Record<EvidenceKind, EvidenceField> = {
  plan: 'plan',
  record: 'record',
  summary: 'summary',
  photos: 'photos',
};
export type EvidenceField = keyof PlanRow['evidence'];

/** Whether a row has a link in every one of `fields` (a blank link is missing). */
export function hasEvidence(row: PlanRow, fields: readonly EvidenceField[]): boolean {
  for (let k = 0; k < fields.length; k++) if (isBlank(row.evidence[fields[k]])) return false;
  return true;
}

/** `方案、图片`: the labels of the required kinds (`fields` are their fields, same order) a row lacks. */
export function missingEvidenceLabels(row: PlanRow, required: readonly EvidenceKind[], fields: readonly EvidenceField[]): string {
  let labels = '';
  for (let k = 0; k < fields.length; k++) {
    if (isBlank(row.evidence[fields[k]])) labels += (labels ? '、' : '') + EVIDENCE_LABELS[required[k]];
  }
  return labels;
}

function isBlank(link: string | null): boolean {
  const text = link ?? '';
  // A link starting with a visible ASCII character is not blank (nearly all are); else trim's whitespace rules.
  const c = text.charCodeAt(0);
  return !(c > 32 && c < 127) && text.trim() === '';
}

/** The task text as matchers compare it: without any whitespace. */
export function normaliseTask(text: string): string {
  return text.replace(/\s+/gu, '');
}
