// Cloud functions entry: registers the functions-framework targets. Registration only; no work at import time:
// clients and config are built on each instance's first request (lazy), from process.env.
import * as functions from '@google-cloud/functions-framework';
import { grantExceptionEndpoint } from './handlers/grant-exception';
import { googleSheetPorts } from './handlers/google-sheets-ports';
import { httpFunction } from './handlers/http-function';
import { lazy } from './handlers/lazy';
import { createFunctionDeps, createHttpRuntime, type FunctionDeps } from './handlers/runtime';
import { syncGardenEndpoint } from './handlers/sync-garden';
import { validateRowsEndpoint } from './handlers/validate-rows';
import { jobDeps } from './handlers/job-runtime';
import { monthlyAssessmentEndpoint } from './handlers/monthly-assessment';
import { provisionGardensEndpoint } from './handlers/provision-gardens';
import { pubsubFunction } from './handlers/pubsub-function';
import { remindersEndpoint } from './handlers/reminders';
import { structuredLogger } from './adapters/log/structured-logger';

const httpRuntime = lazy(async () => createHttpRuntime(process.env, googleSheetPorts));

functions.http('validateRows', httpFunction(validateRowsEndpoint, httpRuntime));
functions.http(
  'syncGarden',
  httpFunction(
    syncGardenEndpoint((deps: FunctionDeps) => ({
      rosters: deps.stores.rosters,
      gardenMonths: deps.stores.gardenMonths,
      sheets: deps.sheets().source,
      issueWriter: deps.sheets().issueWriter,
      ruleSet: deps.ruleSet,
      now: deps.now,
    })),
    httpRuntime,
  ),
);
functions.http('grantException', httpFunction(grantExceptionEndpoint, httpRuntime));

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

functions.cloudEvent('monthlyAssessment', pubsubFunction(monthlyAssessmentEndpoint, jobRuntime));
functions.cloudEvent('reminders', pubsubFunction(remindersEndpoint, jobRuntime));
functions.http('provisionGardens', httpFunction(provisionGardensEndpoint, bureauRuntime));
