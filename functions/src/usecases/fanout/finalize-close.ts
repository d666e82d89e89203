import type { MonthAssessment, Roster, RuleSet } from '../../../../schemas';
import { assessMonth } from '../../core/assessment';
import { finalizeDecision } from '../../core/fanout';
import type { AssessmentStore } from '../ports/assessment-store';
import type { FanoutStore } from '../ports/fanout';
import type { GardenMonthStore } from '../ports/garden-month-store';

export interface FinalizeCloseDeps {
  fanouts: FanoutStore;
  gardenMonths: Pick<GardenMonthStore, 'listMonth'>;
  monthResults: AssessmentStore<MonthAssessment>;
  roster: Roster;
  ruleSet: RuleSet;
  now: () => string;
}

export type FinalizeOutcome =
  | { kind: 'waiting'; done: number; expected: number }
  | { kind: 'already_finalized' }
  | { kind: 'assessed'; complete: boolean; missing: string[]; pairsPassed: number };

/**
 * The finalizer, run on every check message: assesses the month exactly once — when the last expected garden is
 * in, or at the cutoff naming the missing ones. Concurrent or redelivered checks race for one transactional
 * claim; only its winner assesses.
 */
export async function finalizeClose(deps: FinalizeCloseDeps, input: { runKey: string }): Promise<FinalizeOutcome> {
  const run = await deps.fanouts.get(input.runKey);
  if (!run) throw new Error(`no fan-out run ${input.runKey}`);
  const done = new Set(await deps.fanouts.doneGardens(input.runKey));
  const now = deps.now();
  const decision = finalizeDecision({ expected: run.expected, done, finalizedAt: run.finalizedAt, now, cutoffAt: run.cutoffAt });
  if (decision.kind === 'wait') return { kind: 'waiting', done: decision.done, expected: decision.expected };
  if (decision.kind === 'already_finalized') return decision;
  if (!(await deps.fanouts.claimFinalize(input.runKey, now, decision.missing))) return { kind: 'already_finalized' };
  const reports = await deps.gardenMonths.listMonth(run.month);
  const assessment = assessMonth({ roster: deps.roster, ruleSet: deps.ruleSet, month: run.month, reports, spotChecks: [], asOf: run.asOf });
  if (decision.missing.length > 0) {
    const names = decision.missing.map((id) => deps.roster.gardens.find((g) => g.id === id)?.name ?? id);
    assessment.notes.push(`以下园所的表格在截止前未能读取，按上次同步的资料评估：${names.join('、')}`);
  }
  await deps.monthResults.save(`month:${run.month}`, assessment, { savedAt: now, runId: input.runKey });
  return { kind: 'assessed', complete: decision.complete, missing: decision.missing, pairsPassed: assessment.summary.pairsPassed };
}
