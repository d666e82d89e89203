import type { Roster } from '../../../../schemas';
import { finalizeDecision } from '../../core/fanout';
import { UseCaseFailure } from '../errors';
import type { FanoutStore } from '../ports/fanout';
import type { MonthlyRunInput, MonthlyRunResult } from '../run-monthly-assessment';

export interface FinalizeCloseDeps {
  fanouts: FanoutStore;
  roster: (month: string) => Promise<Roster>;
  /**
   * The monthly run itself (runMonthlyAssessment with its deps, plus publishing where configured), told to read
   * nothing: the workers synced every changed sheet, so it freezes, assesses and stores exactly as the
   * single-function run does with the same inputs — same business key, same result.
   */
  assess: (input: MonthlyRunInput) => Promise<MonthlyRunResult>;
  now: () => string;
}

export type FinalizeOutcome =
  | { kind: 'waiting'; done: number; expected: number }
  | { kind: 'already_finalized' }
  /** Another check is assessing right now; if it fails, its own message is redelivered and retries. */
  | { kind: 'assessing_elsewhere' }
  | { kind: 'assessed'; complete: boolean; missing: string[]; pairsPassed: number; businessKey: string };

/**
 * The finalizer, run on every check message: assesses the month once — when the last expected garden is in, or
 * at the cutoff naming the missing ones (assessed on their last stored snapshots). The assessment is idempotent
 * by its inputs (the monthly run's log), so a finalizer that crashed after it is retried safely; the run's
 * finalize mark is set after it, and checks racing for it see `already_finalized`.
 */
export async function finalizeClose(deps: FinalizeCloseDeps, input: { runKey: string }): Promise<FinalizeOutcome> {
  const run = await deps.fanouts.get(input.runKey);
  if (!run) throw new Error(`no fan-out run ${input.runKey}`);
  const done = new Set(await deps.fanouts.doneGardens(input.runKey));
  const now = deps.now();
  const decision = finalizeDecision({ expected: run.expected, done, finalizedAt: run.finalizedAt, now, cutoffAt: run.cutoffAt });
  if (decision.kind === 'wait') return { kind: 'waiting', done: decision.done, expected: decision.expected };
  if (decision.kind === 'already_finalized') return decision;
  const roster = await deps.roster(run.month);
  const names = decision.missing.map((id) => roster.gardens.find((g) => g.id === id)?.name ?? id);
  const notes = names.length > 0 ? [`以下园所的表格在截止前未能读取，按上次同步的资料评估：${names.join('、')}`] : [];
  let result: MonthlyRunResult;
  try {
    result = await deps.assess({ month: run.month, asOf: run.asOf, roster, readNothing: true, notes });
  } catch (error) {
    if (error instanceof UseCaseFailure && error.code === 'busy') return { kind: 'assessing_elsewhere' };
    throw error;
  }
  if (!(await deps.fanouts.claimFinalize(input.runKey, deps.now(), decision.missing))) return { kind: 'already_finalized' };
  return { kind: 'assessed', complete: decision.complete, missing: decision.missing, pairsPassed: result.assessment.summary.pairsPassed, businessKey: result.businessKey };
}

/**
 * The scheduler's sweep: looks at every run not finalized yet, so a run whose missing workers send no more checks
 * (a sheet that keeps failing) is still assessed at its cutoff. Before the cutoff a run just waits.
 */
export async function sweepCloses(deps: FinalizeCloseDeps): Promise<{ runKey: string; outcome: FinalizeOutcome }[]> {
  const swept = [];
  for (const runKey of await deps.fanouts.unfinalized()) swept.push({ runKey, outcome: await finalizeClose(deps, { runKey }) });
  return swept;
}
