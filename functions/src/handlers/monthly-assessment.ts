import { MonthAssessment, MonthKey, TermAssessment } from '../../../schemas';
import { z } from 'zod';
import { runScheduledAssessment, type ScheduledAssessmentResult } from '../usecases/scheduled-assessment';
import { countyRegisterSpotChecks, publishMonthlyRun, type BureauOutputs } from '../usecases/publish-monthly-run';
import { recordingSpotChecks } from '../usecases/record-spot-checks';
import type { SpotCheckSource } from '../usecases/run-monthly-assessment';
import { combinedSpotChecks } from '../usecases/spot-check-register';
import type { JobDeps } from './job-runtime';
import type { PubsubEndpoint } from './pubsub-function';

/** Cloud Scheduler's message: `{}` (the month just closed) or `{"month":"2020-05"}` (a re-run of a missed firing). */
export const MonthlyAssessmentMessage = z.object({ month: MonthKey.optional() });
export type MonthlyAssessmentMessage = z.infer<typeof MonthlyAssessmentMessage>;

/** Scheduler → Pub/Sub → the monthly run, once per month by business key whatever the event id. */
export const monthlyAssessmentEndpoint: PubsubEndpoint<JobDeps, MonthlyAssessmentMessage> = {
  name: 'monthlyAssessment',
  message: MonthlyAssessmentMessage,
  async run({ deps, log }, message): Promise<ScheduledAssessmentResult> {
    const tables = deps.tables();
    const bureau = deps.bureau?.();
    const result = await runScheduledAssessment({
      source: tables.source,
      describeUnreadable: tables.describeUnreadable,
      rosters: deps.stores.rosters,
      gardenMonths: deps.stores.gardenMonths,
      runs: deps.stores.runs,
      monthResults: deps.stores.assessments(MonthAssessment),
      termResults: deps.stores.assessments(TermAssessment),
      spotChecks: runSpotChecks(deps, bureau),
      ruleSet: deps.ruleSet,
      now: deps.now,
      newRunId: deps.newRunId,
      log,
      publish: bureau && (async (run) => {
        const published = await publishMonthlyRun({ outputs: bureau, gardenMonths: deps.stores.gardenMonths, ruleSet: deps.ruleSet }, run);
        log.info('bureau dashboard and reports published', { ...published });
      }),
    }, { county: deps.jobs.county, month: message.month });
    if (result.status === 'already_done') log.info('monthly assessment already done for this month: nothing to do', { ...result });
    if (result.status === 'skipped') log.info('monthly assessment skipped', { ...result });
    return result;
  },
};

/** The deployment's spot checks (spot-checks.json locally) and the dashboard's 抽查登记 verdicts, put on the audit record. */
function runSpotChecks(deps: JobDeps, bureau: BureauOutputs | undefined): SpotCheckSource | undefined {
  const sources = [
    ...(deps.spotChecks ? [deps.spotChecks] : []),
    ...(bureau ? [countyRegisterSpotChecks(bureau.register, deps.stores.rosters, deps.jobs.county, deps.ruleSet)] : []),
  ];
  return sources.length ? recordingSpotChecks(combinedSpotChecks(...sources), deps.stores.spotCheckLog, deps.now) : undefined;
}
