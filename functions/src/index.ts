// Cloud functions entry: registers the functions-framework targets. Registration only; no work at import time:
// clients and config are built on each instance's first request (lazy), from process.env.
import * as functions from '@google-cloud/functions-framework';
import { grantExceptionEndpoint } from './handlers/grant-exception';
import { googleSheetPorts } from './handlers/google-sheets-ports';
import { httpFunction } from './handlers/http-function';
import { lazy } from './handlers/lazy';
import { createHttpRuntime, type FunctionDeps } from './handlers/runtime';
import { syncGardenEndpoint } from './handlers/sync-garden';
import { validateRowsEndpoint } from './handlers/validate-rows';

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
