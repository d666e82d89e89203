// Cloud functions entry: registers the functions-framework targets. Registration only; no work at import time.
// The wiring (handlers/targets.ts: zod, Firestore, the Google clients — ~0.8 s of requires) is imported on an
// instance's first request, so a cold import costs only the framework (`npm run bench` measures it). Add a new
// function to targets.ts and register its name here.
import * as functions from '@google-cloud/functions-framework';
import type { CloudEvent } from '@google-cloud/functions-framework';
import type { PubsubMessageData } from './handlers/pubsub-function';

type Targets = typeof import('./handlers/targets');
let loaded: Targets | undefined;
/** A plain require (not `import()`): bundled by esbuild into a lazily initialised module, resolvable by ts-jest. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const targets = async (): Promise<Targets> => (loaded ??= require('./handlers/targets') as Targets);

functions.http('validateRows', async (req, res) => (await targets()).validateRows(req, res));
functions.http('syncGarden', async (req, res) => (await targets()).syncGarden(req, res));
functions.http('grantException', async (req, res) => (await targets()).grantException(req, res));
functions.http('provisionGardens', async (req, res) => (await targets()).provisionGardens(req, res));
functions.cloudEvent('monthlyAssessment', async (event: CloudEvent<PubsubMessageData>) => (await targets()).monthlyAssessment(event));
functions.cloudEvent('reminders', async (event: CloudEvent<PubsubMessageData>) => (await targets()).reminders(event));
functions.cloudEvent('closeWorker', async (event: CloudEvent<PubsubMessageData>) => (await targets()).closeWorker(event));
functions.cloudEvent('closeFinalizer', async (event: CloudEvent<PubsubMessageData>) => (await targets()).closeFinalizer(event));
