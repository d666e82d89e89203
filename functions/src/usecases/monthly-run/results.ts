import type { MonthAssessment, TermAssessment } from '../../../../schemas';
import { compareInstants } from '../../core/calendar';
import type { AssessmentStore } from '../ports/assessment-store';

interface ResultStores {
  monthResults: AssessmentStore<MonthAssessment>;
  termResults: AssessmentStore<TermAssessment>;
  now: () => string;
}

/** `assessment:2020-03@…#…` → `month:2020-03@…#…`: each assessed set of inputs keeps its own result. */
const exactKey = (businessKey: string, kind: 'month' | 'term') => `${kind}:${businessKey.replace(/^assessment:/, '')}`;

/**
 * Saves the results under the run's own key (kept for ever: what was concluded from which inputs), and as
 * `month:YYYY-MM` / `term:YYYY-id` when no result with a later evaluation time is stored there already.
 */
export async function storeResults(
  deps: ResultStores, businessKey: string, runId: string, assessment: MonthAssessment, term: TermAssessment | null,
): Promise<void> {
  const meta = { savedAt: deps.now(), runId };
  await deps.monthResults.save(exactKey(businessKey, 'month'), assessment, meta);
  const latestMonth = await deps.monthResults.get(`month:${assessment.month}`);
  if (!latestMonth || compareInstants(latestMonth.result.asOf, assessment.asOf) <= 0) {
    await deps.monthResults.save(`month:${assessment.month}`, assessment, meta);
  }
  if (!term) return;
  await deps.termResults.save(exactKey(businessKey, 'term'), term, meta);
  const latestTerm = await deps.termResults.get(`term:${term.term}`);
  if (!latestTerm || compareInstants(latestTerm.result.asOf, term.asOf) <= 0) {
    await deps.termResults.save(`term:${term.term}`, term, meta);
  }
}

/** The results a completed run stored, or null when they are missing. */
export async function replayResults(
  deps: ResultStores, businessKey: string,
): Promise<{ assessment: MonthAssessment; term: TermAssessment | null } | null> {
  const month = await deps.monthResults.get(exactKey(businessKey, 'month'));
  if (!month) return null;
  const term = month.result.term ? await deps.termResults.get(exactKey(businessKey, 'term')) : null;
  return { assessment: month.result, term: term?.result ?? null };
}
