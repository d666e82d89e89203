import { MonthKey } from '../../../schemas';
import { z } from 'zod';
import { runScheduledAssessment, type ScheduledAssessmentResult } from '../usecases/scheduled-assessment';
import type { JobDeps } from './job-runtime';
import { fanOutWhenLarge, monthlyRunDeps } from './month-close';
import type { PubsubEndpoint } from './pubsub-function';

/** Cloud Scheduler's message: `{}` (the month just closed) or `{"month":"2020-05"}` (a re-run of a missed firing). */
export const MonthlyAssessmentMessage = z.object({ month: MonthKey.optional() });
export type MonthlyAssessmentMessage = z.infer<typeof MonthlyAssessmentMessage>;

/**
 * Scheduler → Pub/Sub → the monthly run, once per month by business key whatever the event id. A close that must
 * read more sheets than one invocation can at the quota is planned as a fan-out instead (closeWorker, closeFinalizer).
 */
export const monthlyAssessmentEndpoint: PubsubEndpoint<JobDeps, MonthlyAssessmentMessage> = {
  name: 'monthlyAssessment',
  message: MonthlyAssessmentMessage,
  async run({ deps, log }, message): Promise<ScheduledAssessmentResult> {
    const result = await runScheduledAssessment(
      { ...monthlyRunDeps(deps, log), fanOut: fanOutWhenLarge(deps, log) },
      { county: deps.jobs.county, month: message.month },
    );
    if (result.status === 'already_done') log.info('monthly assessment already done for this month: nothing to do', { ...result });
    if (result.status === 'skipped') log.info('monthly assessment skipped', { ...result });
    if (result.status === 'fanned_out') log.info('monthly close fanned out', { ...result });
    return result;
  },
};
