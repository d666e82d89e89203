import { emptyTypeCounts, type FalsifiedActivity, type TypeCounts } from '../../../../schemas/assessment';
import { ACTIVITY_TYPES } from '../../../../schemas/activity';
import type { PlanRow } from '../../../../schemas/plan-row';
import type { CountItem, EvidenceKind } from '../../../../schemas/rule-set';
import type { SpotCheck } from '../../../../schemas/spot-check';
import { canonicalRows, countsType, hasEvidence } from './rows';
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

export interface LedgerInput {
  rows: readonly PlanRow[];
  month: string;
  spotChecks: readonly SpotCheck[];
  /** The evaluation time's local date, `YYYY-MM-DD`. */
  asOfDate: string;
}

export function activityLedger(input: LedgerInput): ActivityLedger {
  // Rows of another month cannot belong to this garden-month's report; intake already flagged them.
  const rows = canonicalRows(input.rows.every((r) => r.month === input.month) ? input.rows : input.rows.filter((r) => r.month === input.month));
  const { verdicts, unmatched } = resolveSpotChecks(input.spotChecks, rows);
  const ledger: ActivityLedger = { counted: [], falsified: [], futureDated: [], unmatchedSpotChecks: unmatched };
  rows.forEach((row, index) => {
    const verdict = verdicts.get(index);
    if (verdict?.verdict === 'falsified') {
      // A falsified row is set aside whatever its status: 未开展活动而虚报资料 is exactly a "done" that was not.
      ledger.falsified.push({ row: row.row, date: row.date, task: row.task, type: row.type, spotCheckId: verdict.spotCheckId });
    } else if (row.status !== 'done') {
      return;
    } else if (row.date !== null && row.date > input.asOfDate) {
      ledger.futureDated.push(row);
    } else {
      ledger.counted.push(row);
    }
  });
  return ledger;
}

/** Class hours of a row, with the rule set's value for a blank 课时 cell. */
export function classHoursOf(row: PlanRow, whenBlank: number): number {
  return row.classHours ?? whenBlank;
}

export interface ActivityTotals {
  byType: TypeCounts;
  classHoursByType: TypeCounts;
  classHours: number;
  evidenceComplete: number;
}

export function activityTotals(counted: readonly PlanRow[], required: readonly EvidenceKind[], whenBlank: number): ActivityTotals {
  const byType = zeroCounts();
  const classHoursByType = zeroCounts();
  let evidenceComplete = 0;
  for (const row of counted) {
    byType[row.type] += 1;
    classHoursByType[row.type] += classHoursOf(row, whenBlank);
    if (hasEvidence(row, required)) evidenceComplete += 1;
  }
  let sum = 0;
  for (const type of ACTIVITY_TYPES) sum += classHoursByType[type] = roundHours(classHoursByType[type]);
  const classHours = roundHours(sum);
  return { byType, classHoursByType, classHours, evidenceComplete };
}

/** An item's measured value from per-type totals. */
export function itemValue(item: Pick<CountItem, 'measure' | 'types'>, totals: Pick<ActivityTotals, 'byType' | 'classHoursByType'>): number {
  const source = item.measure === 'classHours' ? totals.classHoursByType : totals.byType;
  let value = 0;
  for (const type of Object.keys(source) as (keyof TypeCounts)[]) if (countsType(item.types, type)) value += source[type];
  return roundHours(value);
}

let zero: TypeCounts | undefined;
/**
 * Zero counts for every type, copied from one made on first use: `emptyTypeCounts()` builds through
 * Object.fromEntries, whose objects are slow to update and read, and this runs twice per garden-month.
 */
export function zeroCounts(): TypeCounts {
  zero ??= Object.freeze(emptyTypeCounts());
  return { ...zero };
}

/** Class hours are typed as halves or quarters; two decimals keep sums exact and free of float noise. */
export function roundHours(n: number): number {
  return Math.round(n * 100) / 100;
}
