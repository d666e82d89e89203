// The monthly close as the functions run it: the single-function run's deps (shared by monthlyAssessment and the
// fan-out finalizer, so both assess the same way), and when to fan out.
import { MonthAssessment, TermAssessment } from '../../../schemas';
import { UseCaseFailure } from '../usecases/errors';
import { closeReads, planClose } from '../usecases/fanout/plan-close';
import type { FinalizeCloseDeps } from '../usecases/fanout/finalize-close';
import type { SyncOneDeps } from '../usecases/fanout/sync-one';
import { countyRegisterSpotChecks, publishMonthlyRun, type BureauOutputs } from '../usecases/publish-monthly-run';
import { recordingSpotChecks } from '../usecases/record-spot-checks';
import { runMonthlyAssessment, type RunLogger, type SpotCheckSource } from '../usecases/run-monthly-assessment';
import type { ScheduledAssessmentDeps } from '../usecases/scheduled-assessment';
import { combinedSpotChecks } from '../usecases/spot-check-register';
import { parseInstant, toInstant } from '../core/calendar';
import type { JobDeps } from './job-runtime';

/** The monthly run's deps: incremental sync on, spot checks and bureau publishing as configured. */
export function monthlyRunDeps(deps: JobDeps, log: RunLogger): ScheduledAssessmentDeps {
  const tables = deps.tables();
  const bureau = deps.bureau?.();
  return {
    source: tables.source,
    describeUnreadable: tables.describeUnreadable,
    sheetSyncs: deps.stores.sheetSyncs,
    syncMarginMinutes: deps.jobs.syncMarginMinutes,
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
  };
}

/**
 * Fan out when the close must read more sheets than one invocation reads in its 540 s at the quota
 * (BANGFU_FANOUT_ABOVE_READS, default quota/min × 8 min); else null and the invocation runs the month itself.
 */
export function fanOutWhenLarge(deps: JobDeps, log: RunLogger): NonNullable<ScheduledAssessmentDeps['fanOut']> {
  return async ({ county, month, asOf }) => {
    const roster = await deps.stores.rosters.get(county, Number(month.slice(0, 4)));
    if (!roster) return null; // the run itself reports the missing roster
    const ports = { source: deps.tables().source, sheetSyncs: deps.stores.sheetSyncs, syncMarginMinutes: deps.jobs.syncMarginMinutes, ruleSet: deps.ruleSet };
    const known = await closeReads(ports, { roster, month, asOf });
    const { aboveReads, cutoffMinutes } = deps.jobs.fanout;
    log.info('monthly close sized', { month, reads: known.reads.length, aboveReads });
    if (known.reads.length <= aboveReads) return null;
    const { fanouts, publisher } = deps.fanout();
    const planned = await planClose({ ...ports, fanouts, publisher, now: deps.now }, { roster, month, asOf, cutoffAt: toInstant(parseInstant(asOf).plus({ minutes: cutoffMinutes })) }, known);
    return { runKey: planned.runKey, published: planned.published };
  };
}

/** The worker's ports: this instance's share of the read quota is BANGFU_SHEETS_READS_PER_MINUTE (set at deploy). */
export function workerDeps(deps: JobDeps): SyncOneDeps {
  const { fanouts, publisher } = deps.fanout();
  return {
    sheets: deps.tables().source, gardenMonths: deps.stores.gardenMonths, sheetSyncs: deps.stores.sheetSyncs,
    fanouts, publisher, ruleSet: deps.ruleSet, now: deps.now,
  };
}

/** The finalizer runs the monthly run itself, reading nothing, and publishes like the scheduled run. */
export function finalizerDeps(deps: JobDeps, log: RunLogger): FinalizeCloseDeps {
  const run = monthlyRunDeps(deps, log);
  return {
    fanouts: deps.fanout().fanouts,
    now: deps.now,
    roster: async (month) => {
      const roster = await deps.stores.rosters.get(deps.jobs.county, Number(month.slice(0, 4)));
      if (!roster) throw new UseCaseFailure('not_found', `尚未导入${deps.jobs.county}的结对名单`);
      return roster;
    },
    assess: async (input) => {
      const result = await runMonthlyAssessment(run, input);
      await run.publish?.(result);
      return result;
    },
  };
}

/** The deployment's spot checks (spot-checks.json locally) and the dashboard's 抽查登记 verdicts, put on the audit record. */
function runSpotChecks(deps: JobDeps, bureau: BureauOutputs | undefined): SpotCheckSource | undefined {
  const sources = [
    ...(deps.spotChecks ? [deps.spotChecks] : []),
    ...(bureau ? [countyRegisterSpotChecks(bureau.register, deps.stores.rosters, deps.jobs.county, deps.ruleSet)] : []),
  ];
  return sources.length ? recordingSpotChecks(combinedSpotChecks(...sources), deps.stores.spotCheckLog, deps.now) : undefined;
}
