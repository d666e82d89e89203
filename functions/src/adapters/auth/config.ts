import { z } from 'zod';
import type { BureauPolicy } from '../../core/access';
import { parseEnv, type Env } from '../env/parse-env';

/** Comma-separated list; blanks ignored. */
const list = z
  .string()
  .default('')
  .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0));

const AuthEnv = z
  .object({
    /** OAuth client id(s) the identity tokens are minted for: Apps Script's getIdentityToken() uses the script project's client id. */
    BANGFU_OIDC_AUDIENCE: list.pipe(z.array(z.string()).min(1, { error: 'BANGFU_OIDC_AUDIENCE is required' })),
    BANGFU_BUREAU_EMAILS: list.pipe(z.array(z.email())),
    BANGFU_BUREAU_DOMAINS: list.pipe(z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i))),
    /** `1` trusts a local development issuer instead of Google (tests, `bangfu` local stack). Never in production. */
    BANGFU_DEV_ISSUER: z.enum(['0', '1']).default('0'),
    /** Set by Cloud Run (functions included): its presence means we are deployed. */
    K_SERVICE: z.string().optional(),
    NODE_ENV: z.string().optional(),
  })
  .refine((env) => !(env.BANGFU_DEV_ISSUER === '1' && (env.K_SERVICE || env.NODE_ENV === 'production')), {
    error: 'BANGFU_DEV_ISSUER=1 is refused in production (K_SERVICE or NODE_ENV=production is set)',
    path: ['BANGFU_DEV_ISSUER'],
  });

export interface AuthConfig {
  audiences: readonly string[];
  bureau: BureauPolicy;
  /** Whose signatures we trust: Google's (production) or the in-process development issuer. */
  issuer: 'google' | 'dev';
}

/** Parses the auth settings from an injected environment; throws with the offending variable names (never their values). */
export function parseAuthConfig(env: Env): AuthConfig {
  const e = parseEnv(AuthEnv, env, 'auth');
  return {
    audiences: e.BANGFU_OIDC_AUDIENCE,
    bureau: { emails: e.BANGFU_BUREAU_EMAILS, domains: e.BANGFU_BUREAU_DOMAINS },
    issuer: e.BANGFU_DEV_ISSUER === '1' ? 'dev' : 'google',
  };
}
