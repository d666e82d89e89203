import { z } from 'zod';
import { parseEnv, type Env } from '../adapters/env/parse-env';
import { DEFAULT_RULE_SET_ID } from '../core/rules';

const FunctionEnv = z
  .object({
    /** Set by Cloud Run functions; locally and in tests, give it (tests use a `demo-…` id). */
    GOOGLE_CLOUD_PROJECT: z.string().min(1).optional(),
    GCLOUD_PROJECT: z.string().min(1).optional(),
    /** `host:port` of the Firestore emulator (local stack, tests). */
    FIRESTORE_EMULATOR_HOST: z.string().min(1).optional(),
    /** A named Firestore database; `(default)` when unset. */
    BANGFU_FIRESTORE_DATABASE: z.string().min(1).optional(),
    /** Points the Sheets and Drive clients at a local server (tests, local stack). Never in production. */
    BANGFU_GOOGLE_ROOT_URL: z.url().optional(),
    /** Id of a shipped rule set (deadlines, quotas). */
    BANGFU_RULE_SET: z.string().min(1).default(DEFAULT_RULE_SET_ID),
    /** Local stack only: every function's clock starts at this instant (bangfu serve --now). */
    BANGFU_CLOCK_START: z.iso.datetime({ offset: true }).optional(),
    K_SERVICE: z.string().optional(),
    NODE_ENV: z.string().optional(),
  })
  .refine((e) => e.GOOGLE_CLOUD_PROJECT ?? e.GCLOUD_PROJECT, { error: 'GOOGLE_CLOUD_PROJECT is required', path: ['GOOGLE_CLOUD_PROJECT'] })
  .refine((e) => !(e.BANGFU_GOOGLE_ROOT_URL && (e.K_SERVICE || e.NODE_ENV === 'production')), {
    error: 'BANGFU_GOOGLE_ROOT_URL is refused in production',
    path: ['BANGFU_GOOGLE_ROOT_URL'],
  })
  .refine((e) => !(e.BANGFU_CLOCK_START && (e.K_SERVICE || e.NODE_ENV === 'production')), {
    error: 'BANGFU_CLOCK_START is refused in production',
    path: ['BANGFU_CLOCK_START'],
  });

export interface FunctionSettings {
  projectId: string;
  emulatorHost?: string;
  databaseId?: string;
  googleRootUrl?: string;
  ruleSetId: string;
  /** Local stack only: the shifted clock's start (see jobClock). */
  clockStart?: string;
}

/** The non-auth settings of the deployed functions, from an injected environment. Names the bad variables, never their values. */
export function parseFunctionEnv(env: Env): FunctionSettings {
  const e = parseEnv(FunctionEnv, env, 'function');
  return {
    projectId: (e.GOOGLE_CLOUD_PROJECT ?? e.GCLOUD_PROJECT)!,
    emulatorHost: e.FIRESTORE_EMULATOR_HOST,
    databaseId: e.BANGFU_FIRESTORE_DATABASE,
    googleRootUrl: e.BANGFU_GOOGLE_ROOT_URL,
    ruleSetId: e.BANGFU_RULE_SET,
    clockStart: e.BANGFU_CLOCK_START,
  };
}
