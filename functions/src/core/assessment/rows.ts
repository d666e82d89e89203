import type { ActivityType } from '../../../../schemas/activity';
import type { PlanRow } from '../../../../schemas/plan-row';
import { EVIDENCE_LABELS, type EvidenceKind } from '../../../../schemas/rule-set';
import { dayLabel } from '../calendar/month';
import { canonicalJson } from './canonical';

/** Rows in a canonical order (sheet row, then date, then content), so results never depend on input order. */
export function canonicalRows(rows: readonly PlanRow[]): PlanRow[] {
  // The content key is only needed on a (row, date) tie, which real tables never have: computing it for every
  // row was a third of a 5,000-garden assessment (bench profile), so it is made on first use.
  const keys = new Map<PlanRow, string>();
  const key = (row: PlanRow) => {
    let k = keys.get(row);
    if (k === undefined) keys.set(row, (k = canonicalJson(row)));
    return k;
  };
  const order = (a: PlanRow, b: PlanRow) => a.row - b.row || compareText(a.date ?? '', b.date ?? '') || compareText(key(a), key(b));
  // Rows arrive in sheet order: when they already are in canonical order (the sort is stable), keep them.
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = order(rows[i - 1], rows[i]) <= 0;
  return sorted ? [...rows] : [...rows].sort(order);
}

/** Code-point order: independent of the runtime's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How a row is named in Chinese messages: `3月12日“送教下乡”`, or `第7行“送教下乡”` when undated. */
export function rowLabel(row: Pick<PlanRow, 'row' | 'date' | 'task'>): string {
  return `${row.date ? dayLabel(row.date) : `第${row.row}行`}“${row.task}”`;
}

const EVIDENCE_FIELDS: Record<EvidenceKind, keyof PlanRow['evidence']> = {
  plan: 'plan',
  record: 'record',
  summary: 'summary',
  photos: 'photos',
};

/** Whether a row has every required evidence kind (missingEvidence is empty), without building the list. */
export function hasEvidence(row: PlanRow, required: readonly EvidenceKind[]): boolean {
  for (const kind of required) if (!(row.evidence[EVIDENCE_FIELDS[kind]] ?? '').trim()) return false;
  return true;
}

/** The required evidence kinds a row lacks (a blank link is missing). */
export function missingEvidence(row: PlanRow, required: readonly EvidenceKind[]): EvidenceKind[] {
  return required.filter((kind) => !(row.evidence[EVIDENCE_FIELDS[kind]] ?? '').trim());
}

export function evidenceLabels(kinds: readonly EvidenceKind[]): string {
  return kinds.map((k) => EVIDENCE_LABELS[k]).join('、');
}

/** Whether an item counting `types` (null = every type) counts an activity of `type`. */
export function countsType(types: readonly ActivityType[] | null, type: ActivityType): boolean {
  return types === null || types.includes(type);
}

/** The task text as matchers compare it: without any whitespace. */
export function normaliseTask(text: string): string {
  return text.replace(/\s+/gu, '');
}
