import { scheduledMonth } from '../core/schedule';
import { UseCaseFailure } from './errors';
import { runMonthlyAssessment, type MonthlyRunDeps, type MonthlyRunResult } from './run-monthly-assessment';

export interface ScheduledAssessmentDeps extends MonthlyRunDeps {
  /**
   * Publishes the run's results (the bureau's dashboard and reports). Runs before the month is marked done: if it
   * fails, the month's run fails and is retried — the assessment then replays from the store and publishes again.
   */
  publish?: (result: MonthlyRunResult) => Promise<unknown>;
  /**
   * Hands a close too big for one invocation to the fan-out (planner → workers → finalizer): returns the fan-out
   * run, or null when this invocation should run the month itself.
   */
  fanOut?: (input: { county: string; month: string; asOf: string }) => Promise<{ runKey: string; published: number } | null>;
}

export interface ScheduledAssessmentInput {
  /** The county whose roster is assessed (one deployment serves one county). */
  county: string;
  /** `YYYY-MM`; default: the month just closed, by the clock and the rule set's zone. */
  month?: string;
}

export type ScheduledAssessmentResult =
  | { status: 'assessed'; month: string; businessKey: string; asOf: string; assessmentKey: string; pairsPassed: number; pairs: number }
  | { status: 'already_done'; month: string; businessKey: string; completedAt: string | null }
  | { status: 'fanned_out'; month: string; businessKey: string; runKey: string; published: number }
  | { status: 'skipped'; month: string; reason: 'vacation' };

/** `assessment:2020-05`: the scheduled run of a month, whatever event or firing started it. */
export const scheduledRunKey = (month: string) => `assessment:${month}`;

/**
 * The scheduled monthly run: once per month, however often Scheduler fires or Pub/Sub redelivers. The month's
 * business key is claimed in the run log first; a completed key ends the invocation at once, a running one
 * makes it fail as busy (Pub/Sub retries later and then finds it completed), a failed or expired one is taken
 * over. The run itself is the monthly use case, evaluated as of now (its own inputs-keyed entry sits beside).
 */
export async function runScheduledAssessment(deps: ScheduledAssessmentDeps, input: ScheduledAssessmentInput): Promise<ScheduledAssessmentResult> {
  const now = deps.now();
  const decision = scheduledMonth(now, deps.ruleSet, input.month);
  if (!decision.run && decision.reason === 'not_closed') {
    throw new UseCaseFailure('invalid_request', `${decision.month} 尚未到月末截止时间，不能进行月度考核`, { month: decision.month, now });
  }
  if (!decision.run) return { status: 'skipped', month: decision.month, reason: 'vacation' };
  const { month } = decision;
  const businessKey = scheduledRunKey(month);
  const runId = deps.newRunId();
  const claim = await deps.runs.claim(businessKey, runId, now);
  if (!claim.claimed) {
    if (claim.existing.status === 'completed') return { status: 'already_done', month, businessKey, completedAt: claim.existing.completedAt };
    throw new UseCaseFailure('busy', `${month} 的月度考核正在进行中`, { businessKey, runId: claim.existing.runId });
  }
  try {
    const fanned = await deps.fanOut?.({ county: input.county, month, asOf: now });
    if (fanned) {
      // The month's firing is done once the close is planned: its finalizer assesses and publishes.
      await deps.runs.complete(businessKey, runId, deps.now(), { month, asOf: now, fannedOut: fanned.runKey, published: fanned.published });
      return { status: 'fanned_out', month, businessKey, runKey: fanned.runKey, published: fanned.published };
    }
    const result = await runMonthlyAssessment(deps, { month, asOf: now, roster: { county: input.county, year: Number(month.slice(0, 4)) } });
    await deps.publish?.(result);
    const summary = {
      month, asOf: result.asOf, assessmentKey: result.businessKey, replayed: result.replayed,
      pairsPassed: result.assessment.summary.pairsPassed, pairs: result.assessment.summary.pairs,
    };
    await deps.runs.complete(businessKey, runId, deps.now(), summary);
    return { status: 'assessed', month, businessKey, asOf: result.asOf, assessmentKey: result.businessKey, pairsPassed: summary.pairsPassed, pairs: summary.pairs };
  } catch (error) {
    await deps.runs.fail(businessKey, runId, deps.now(), error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  }
}
