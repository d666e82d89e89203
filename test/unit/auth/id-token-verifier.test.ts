import {
  AuthenticationError,
  bearerToken,
  createDevIssuer,
  createIdTokenVerifier,
  googleAuthClient,
  parseAuthConfig,
  type AuthConfig,
} from '../../../functions/src/adapters/auth';
import { startFakeGoogleCerts, type FakeGoogleCerts } from '../../fakes/google-oauth-certs/server';

const AUD = '123-apps-script.apps.googleusercontent.com';
const devConfig: AuthConfig = { audiences: [AUD], bureau: { emails: [], domains: [] }, issuer: 'dev' };
const issuer = createDevIssuer();
const now = () => Math.floor(Date.now() / 1000);

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AuthenticationError) return err.reason;
    throw err;
  }
  throw new Error('expected the token to be refused');
}

describe('dev issuer through google-auth-library', () => {
  const verifier = createIdTokenVerifier(devConfig, issuer);

  it('accepts a well-formed token and returns the lower-cased verified email', async () => {
    const token = issuer.sign({ email: 'Teacher@Example.cn', aud: AUD, hd: 'example.cn' });
    await expect(verifier.verify(token)).resolves.toEqual({ email: 'teacher@example.cn', hostedDomain: 'example.cn' });
  });

  it.each([
    ['expired', () => issuer.sign({ email: 'a@example.cn', aud: AUD, iat: now() - 7200, exp: now() - 3600 })],
    ['not_yet_valid', () => issuer.sign({ email: 'a@example.cn', aud: AUD, iat: now() + 3600 })],
    ['lifetime_too_long', () => issuer.sign({ email: 'a@example.cn', aud: AUD, exp: now() + 10 * 86400 })],
    ['wrong_audience', () => issuer.sign({ email: 'a@example.cn', aud: 'someone-else.apps.googleusercontent.com' })],
    ['wrong_issuer', () => issuer.sign({ email: 'a@example.cn', aud: AUD, iss: 'https://accounts.google.com' })],
    ['unknown_key', () => createDevIssuer().sign({ email: 'a@example.cn', aud: AUD })],
    ['email_unverified', () => issuer.sign({ email: 'a@example.cn', aud: AUD, email_verified: false })],
    ['malformed', () => 'not-a-jwt'],
  ])('refuses a token as %s', async (reason, token) => {
    await expect(rejection(verifier.verify(token()))).resolves.toBe(reason);
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const [head, , sig] = issuer.sign({ email: 'a@example.cn', aud: AUD }).split('.');
    const forged = Buffer.from(JSON.stringify({ iss: 'https://dev-issuer.bangfu.invalid', aud: AUD, email: 'bureau@example.cn', email_verified: true, iat: now(), exp: now() + 600 })).toString('base64url');
    await expect(rejection(verifier.verify(`${head}.${forged}.${sig}`))).resolves.toBe('bad_signature');
  });

  it('keeps the token out of the error it throws (it would land in the log)', async () => {
    const token = issuer.sign({ email: 'a@example.cn', aud: 'wrong' });
    const err = await verifier.verify(token).catch((e: unknown) => e as Error);
    expect(String(err)).not.toContain(token.split('.')[1]);
  });
});

describe('Google issuer mode, with certs served from a local stand-in of the certs endpoint', () => {
  let certs: FakeGoogleCerts;
  const google = createDevIssuer();
  beforeAll(async () => {
    certs = await startFakeGoogleCerts(() => google.certs());
  });
  afterAll(() => certs.close());

  const config: AuthConfig = { ...devConfig, issuer: 'google' };
  const client = () => googleAuthClient(certs.url);

  it('accepts both Google issuer spellings and caches the certs', async () => {
    const verifier = createIdTokenVerifier(config, undefined, client());
    for (const iss of ['accounts.google.com', 'https://accounts.google.com']) {
      const token = google.sign({ email: 'a@example.cn', aud: AUD, iss });
      await expect(verifier.verify(token)).resolves.toMatchObject({ email: 'a@example.cn' });
    }
    expect(certs.fetches()).toBe(1);
  });

  it('refuses development tokens in Google mode', async () => {
    const verifier = createIdTokenVerifier(config, undefined, client());
    await expect(rejection(verifier.verify(google.sign({ email: 'a@example.cn', aud: AUD })))).resolves.toBe('wrong_issuer');
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc')).toBe('abc');
  });
  it.each([undefined, '', 'Basic dXNlcjpwYXNz', 'Bearer'])('treats %j as no credentials', (header) => {
    expect(() => bearerToken(header)).toThrow(AuthenticationError);
  });
});

describe('parseAuthConfig', () => {
  const base = { BANGFU_OIDC_AUDIENCE: `${AUD}, other.apps.googleusercontent.com` };

  it('reads audiences, bureau emails and domains as comma lists', () => {
    const c = parseAuthConfig({ ...base, BANGFU_BUREAU_EMAILS: 'a@jyj.cn, b@jyj.cn', BANGFU_BUREAU_DOMAINS: 'jyj.example.cn' });
    expect(c).toEqual({
      audiences: [AUD, 'other.apps.googleusercontent.com'],
      bureau: { emails: ['a@jyj.cn', 'b@jyj.cn'], domains: ['jyj.example.cn'] },
      issuer: 'google',
    });
  });

  it('requires an audience', () => {
    expect(() => parseAuthConfig({})).toThrow(/BANGFU_OIDC_AUDIENCE/);
  });

  it('allows the dev issuer locally but refuses it when deployed', () => {
    expect(parseAuthConfig({ ...base, BANGFU_DEV_ISSUER: '1' }).issuer).toBe('dev');
    expect(() => parseAuthConfig({ ...base, BANGFU_DEV_ISSUER: '1', K_SERVICE: 'validateRows' })).toThrow(/BANGFU_DEV_ISSUER/);
    expect(() => parseAuthConfig({ ...base, BANGFU_DEV_ISSUER: '1', NODE_ENV: 'production' })).toThrow(/BANGFU_DEV_ISSUER/);
  });

  it('names a bad bureau email without echoing values', () => {
    expect(() => parseAuthConfig({ ...base, BANGFU_BUREAU_EMAILS: 'not-an-email' })).toThrow(/BANGFU_BUREAU_EMAILS/);
  });
});
