import type { PlanRow } from '../../../../schemas/plan-row';
import type { ActivityMatcher, SpotCheck, SpotCheckVerdict } from '../../../../schemas/spot-check';
import { compareInstants } from '../calendar/instant';
import { compareText, normaliseTask } from './rows';

export interface RowVerdict {
  verdict: SpotCheckVerdict;
  spotCheckId: string;
}

export interface SpotCheckResolution {
  /** Verdict per index into the rows given. */
  verdicts: Map<number, RowVerdict>;
  /** Checks that match no row: reported to the bureau, never silently applied or dropped. */
  unmatched: SpotCheck[];
}

export function matchesRow(matcher: ActivityMatcher, row: PlanRow): boolean {
  if (matcher.row !== undefined && matcher.row !== row.row) return false;
  if (matcher.date !== undefined && matcher.date !== row.date) return false;
  if (matcher.task !== undefined && !normaliseTask(row.task).includes(normaliseTask(matcher.task))) return false;
  return true;
}

/**
 * Order in which verdicts are applied: by check time, so the latest verdict on an activity stands. At the same
 * instant `falsified` is applied last (the stricter verdict wins a tie), then by id for determinism.
 */
export function spotCheckOrder(a: SpotCheck, b: SpotCheck): number {
  return (
    compareInstants(a.checkedAt, b.checkedAt) ||
    (a.verdict === b.verdict ? 0 : a.verdict === 'falsified' ? 1 : -1) ||
    compareText(a.id, b.id) ||
    // Ids are typed by people and can repeat: the content decides the rest, so input order never matters.
    compareText(spotCheckContent(a), spotCheckContent(b))
  );
}

function spotCheckContent(c: SpotCheck): string {
  const { row, date, task } = c.activity;
  return [c.gardenId, c.month, row ?? '', date ?? '', task ?? '', c.note ?? '', c.checkedBy].join('\u0000');
}

/** Applies one garden-month's spot checks to its (canonically ordered) rows. */
export function resolveSpotChecks(checks: readonly SpotCheck[], rows: readonly PlanRow[]): SpotCheckResolution {
  const verdicts = new Map<number, RowVerdict>();
  const unmatched: SpotCheck[] = [];
  for (const check of [...checks].sort(spotCheckOrder)) {
    let matched = false;
    rows.forEach((row, index) => {
      if (!matchesRow(check.activity, row)) return;
      matched = true;
      verdicts.set(index, { verdict: check.verdict, spotCheckId: check.id });
    });
    if (!matched) unmatched.push(check);
  }
  return { verdicts, unmatched };
}
