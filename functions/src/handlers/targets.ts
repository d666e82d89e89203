// The functions' wiring: use cases, adapters and their clients behind lazy runtimes. index.ts loads this module on
// the first request, not at import, so a cold start does not pay for zod, Firestore and the Google clients.
import { structuredLogger } from '../adapters/log/structured-logger';
import { grantExceptionEndpoint } from './grant-exception';
import { fanoutFinalizerEndpoint, fanoutWorkerEndpoint } from './fanout';
import { googleSheetPorts } from './google-sheets-ports';
import { httpFunction } from './http-function';
import { jobDeps } from './job-runtime';
import { lazy } from './lazy';
import { finalizerDeps, workerDeps } from './month-close';
import { monthlyAssessmentEndpoint } from './monthly-assessment';
import { provisionGardensEndpoint } from './provision-gardens';
import { pubsubFunction } from './pubsub-function';
import { remindersEndpoint } from './reminders';
import { createFunctionDeps, createHttpRuntime, type FunctionDeps } from './runtime';
import { syncGardenEndpoint } from './sync-garden';
import { validateRowsEndpoint } from './validate-rows';

const httpRuntime = lazy(async () => createHttpRuntime(process.env, googleSheetPorts));

export const validateRows = httpFunction(validateRowsEndpoint, httpRuntime);
export const syncGarden = httpFunction(
  syncGardenEndpoint((deps: FunctionDeps) => ({
    rosters: deps.stores.rosters,
    gardenMonths: deps.stores.gardenMonths,
    sheetSyncs: deps.stores.sheetSyncs,
    sheets: deps.sheets().source,
    issueWriter: deps.sheets().issueWriter,
    ruleSet: deps.ruleSet,
    now: deps.now,
  })),
  httpRuntime,
);
export const grantException = httpFunction(grantExceptionEndpoint, httpRuntime);

// Scheduled (Pub/Sub) and bureau functions: the same lazy base plus the job settings (county, sheet source, Drive ids).
const jobRuntime = lazy(async () => {
  const log = structuredLogger();
  const base = createFunctionDeps(process.env, log, googleSheetPorts);
  return { ...base, deps: jobDeps(base.deps, process.env, log) };
});
const bureauRuntime = lazy(async () => {
  const rt = await httpRuntime();
  return { ...rt, deps: jobDeps(rt.deps, process.env, rt.log) };
});

export const monthlyAssessment = pubsubFunction(monthlyAssessmentEndpoint, jobRuntime);
export const reminders = pubsubFunction(remindersEndpoint, jobRuntime);
// The month-close fan-out (monthlyAssessment plans it when the close is too big for one invocation).
export const closeWorker = pubsubFunction(fanoutWorkerEndpoint(workerDeps), jobRuntime);
const finalizerRuntime = lazy(async () => {
  const rt = await jobRuntime();
  return { ...rt, deps: finalizerDeps(rt.deps, rt.log) };
});
export const closeFinalizer = pubsubFunction(fanoutFinalizerEndpoint((d: ReturnType<typeof finalizerDeps>) => d), finalizerRuntime);
export const provisionGardens = httpFunction(provisionGardensEndpoint, bureauRuntime);
