import type { RuleSet } from '../../../schemas';
import { loadRuleSet } from '../core/rules';
import { createFirestoreStores, type FirestoreStores } from '../adapters/firestore';
import { FirestoreEditorDirectory } from '../adapters/firestore/editor-directory';
import { createIdTokenVerifier, parseAuthConfig, sharedDevIssuer } from '../adapters/auth';
import { structuredLogger, type Logger } from '../adapters/log/structured-logger';
import type { IssueWriter, SheetSource } from '../usecases/ports/sheet-source';
import { authenticator } from './authenticate';
import { parseFunctionEnv, type FunctionSettings } from './function-env';
import { jobClock } from './job-env';
import type { HttpRuntime } from './http-function';
import type { EventRuntime } from './pubsub-function';

type Env = Readonly<Record<string, string | undefined>>;

export interface SheetPorts {
  source: SheetSource;
  issueWriter: IssueWriter;
}

/** What the functions' use cases are wired with. Clients are made once per instance, on the first request. */
export interface FunctionDeps {
  settings: FunctionSettings;
  /** The rule set in force (BANGFU_RULE_SET): month deadlines and cutoffs. */
  ruleSet: RuleSet;
  now: () => string;
  stores: FirestoreStores;
  /** The Google Sheets adapter, built on first use (validateRows never needs it). */
  sheets: () => SheetPorts;
}

/** How to reach Google Sheets; injected so this module does not depend on the adapter's construction details. */
export type SheetPortsFactory = (settings: FunctionSettings, log: Logger) => SheetPorts;

export function createFunctionDeps(env: Env, log: Logger, makeSheets: SheetPortsFactory): EventRuntime<FunctionDeps> & { projectId: string } {
  const settings = parseFunctionEnv(env);
  const stores = createFirestoreStores({ projectId: settings.projectId, emulatorHost: settings.emulatorHost, databaseId: settings.databaseId });
  let sheets: SheetPorts | undefined;
  const deps: FunctionDeps = {
    settings,
    ruleSet: loadRuleSet(settings.ruleSetId),
    // The same clock the event functions use, so a garden's sync under `serve --now` is on the shifted calendar too.
    now: jobClock(settings.clockStart),
    stores,
    sheets: () => (sheets ??= makeSheets(settings, log)),
  };
  return { log, projectId: settings.projectId, deps };
}

/** Everything an HTTP function needs: the deps plus authentication (config errors surface here, on first request). */
export function createHttpRuntime(env: Env, makeSheets: SheetPortsFactory, log: Logger = structuredLogger()): HttpRuntime<FunctionDeps> {
  const auth = parseAuthConfig(env);
  const base = createFunctionDeps(env, log, makeSheets);
  if (auth.issuer === 'dev') log.warn('development identity-token issuer enabled; Google tokens are not accepted');
  const verifier = createIdTokenVerifier(auth, auth.issuer === 'dev' ? sharedDevIssuer() : undefined);
  const directory = new FirestoreEditorDirectory(base.deps.stores.firestore);
  return { ...base, authenticate: authenticator(verifier, directory, auth.bureau) };
}
