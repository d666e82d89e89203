import type { FalsifiedActivity } from '../../../../schemas/assessment';
import type { PlanRow } from '../../../../schemas/plan-row';
import type { SpotCheck } from '../../../../schemas/spot-check';
import { typeIndexOf, zeroArray } from './per-type';
import { canonicalRows, hasEvidence, type EvidenceField } from './rows';
import type { RolePlan } from './month-context';
import { doneOnline } from './online';
import { resolveSpotChecks } from './spot-checks';

/** A garden-month's done activities sorted into what counts and what is set aside, with why. */
export interface ActivityLedger {
  /** Done, not falsified, not dated after the evaluation time. */
  counted: PlanRow[];
  falsified: FalsifiedActivity[];
  /** Done rows dated after the evaluation time: not counted yet, flagged. */
  futureDated: PlanRow[];
  unmatchedSpotChecks: SpotCheck[];
}

/** Sorts a garden-month's rows of `month` into the ledger; `asOfDate` is the evaluation time's local date. */
export function activityLedger(monthRows: readonly PlanRow[], month: string, spotChecks: readonly SpotCheck[], asOfDate: string): ActivityLedger {
  const rows = canonicalRows(rowsOf(monthRows, month));
  // Most garden-months have no spot check: then there is nothing to resolve.
  const resolution = spotChecks.length > 0 ? resolveSpotChecks(spotChecks, rows) : null;
  const ledger: ActivityLedger = { counted: [], falsified: [], futureDated: [], unmatchedSpotChecks: resolution?.unmatched ?? [] };
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const verdict = resolution?.verdicts.get(index);
    if (verdict?.verdict === 'falsified') {
      // A falsified row is set aside whatever its status: 未开展活动而虚报资料 is exactly a "done" that was not.
      ledger.falsified.push({ row: row.row, date: row.date, task: row.task, type: row.type, spotCheckId: verdict.spotCheckId });
    } else if (row.status !== 'done') {
      continue;
    } else if (row.date !== null && row.date > asOfDate) {
      ledger.futureDated.push(row);
    } else {
      ledger.counted.push(row);
    }
  }
  return ledger;
}

/** Rows of another month cannot belong to this garden-month's report; intake already flagged them. */
function rowsOf(rows: readonly PlanRow[], month: string): readonly PlanRow[] {
  for (let i = 0; i < rows.length; i++) if (rows[i].month !== month) return rows.filter((r) => r.month === month);
  return rows;
}

export interface ActivityTotals {
  /** Activities per type, in ACTIVITY_TYPES order (a result's `byType`). */
  counts: readonly number[];
  /** Activities per type not done online, for `onSite` items (`counts` itself when the role has none). */
  onSiteCounts: readonly number[];
  /** Class hours per type, rounded, in ACTIVITY_TYPES order (a result's `classHoursByType`). */
  hours: readonly number[];
  /** Class hours of the `hourTypes` only (送教课时): what the class-hours rules count. */
  classHours: number;
  evidenceComplete: number;
}

/**
 * Totals of the counted rows; `required` are the evidence fields every activity must have; `role` gives the role's
 * `classHourTypes` and, when it has on-site items, the words that mark online work.
 */
export function activityTotals(
  counted: readonly PlanRow[],
  required: readonly EvidenceField[],
  whenBlank: number,
  role: Pick<RolePlan, 'hourTypes' | 'onlineWords'>,
): ActivityTotals {
  const counts = zeroArray();
  const hours = zeroArray();
  const { onlineWords } = role;
  const onSiteCounts = onlineWords ? zeroArray() : counts;
  let evidenceComplete = 0;
  for (let i = 0; i < counted.length; i++) {
    const row = counted[i];
    const k = typeIndexOf(row.type);
    counts[k] += 1;
    if (onlineWords && !doneOnline(row, onlineWords)) onSiteCounts[k] += 1;
    hours[k] += row.classHours ?? whenBlank;
    if (hasEvidence(row, required)) evidenceComplete += 1;
  }
  for (let k = 0; k < hours.length; k++) hours[k] = roundHours(hours[k]);
  return { counts, onSiteCounts, hours, classHours: itemValue(role.hourTypes, hours), evidenceComplete };
}

/** An item's measured value: the sum of the per-type totals (ACTIVITY_TYPES order) of the types it counts. */
export function itemValue(countsType: readonly boolean[], perType: readonly number[]): number {
  let value = 0;
  for (let k = 0; k < perType.length; k++) if (countsType[k]) value += perType[k];
  return roundHours(value);
}

/** Class hours are typed as halves or quarters; two decimals keep sums exact and free of float noise. */
export function roundHours(n: number): number {
  return Math.round(n * 100) / 100;
}
