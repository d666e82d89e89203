import { OAuth2Client } from 'google-auth-library';
import type { VerifiedIdentity } from '../../core/access';
import type { AuthConfig } from './config';
import { DEV_ISSUER, type DevIssuer } from './dev-issuer';
import { AuthenticationError, classifyVerificationError } from './errors';

/** Checks an OIDC identity token and says whose it is; throws AuthenticationError when it is not acceptable. */
export interface IdentityVerifier {
  verify(idToken: string): Promise<VerifiedIdentity>;
}

/** Where the signing keys come from: Google's published certs (fetched and cached by the client) or the dev issuer. */
interface KeySource {
  issuers: string[];
  certs(): Promise<Record<string, string>>;
}

const GOOGLE_ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

/**
 * One verification path for production and development: google-auth-library's verifySignedJwtWithCertsAsync
 * (what verifyIdToken calls after fetching Google's certs) checks signature, iat/exp with clock skew, issuer
 * and audience. We then require a verified email, since access is granted by email.
 */
export function createIdTokenVerifier(config: AuthConfig, devIssuer?: DevIssuer, client = googleAuthClient()): IdentityVerifier {
  const keys = keySource(config, client, devIssuer);
  const audiences = [...config.audiences];
  return {
    async verify(idToken) {
      // A failure to fetch Google's certs is our outage, not the caller's fault: let it surface as internal.
      const certs = await keys.certs();
      let payload;
      try {
        const ticket = await client.verifySignedJwtWithCertsAsync(idToken, certs, audiences, keys.issuers);
        payload = ticket.getPayload();
      } catch (err) {
        throw new AuthenticationError(classifyVerificationError(err));
      }
      if (!payload?.email) throw new AuthenticationError('no_email');
      // Google sends a boolean; some issuers send the string "true".
      const verified = payload.email_verified === true || String(payload.email_verified) === 'true';
      if (!verified) throw new AuthenticationError('email_unverified');
      return { email: payload.email.toLowerCase(), hostedDomain: payload.hd ?? null };
    },
  };
}

/**
 * An OAuth2Client on Node's own fetch. gaxios otherwise loads node-fetch with a dynamic ESM import, which
 * costs cold-start time and fails under jest's CommonJS VM. `certsUrl` points at a stand-in in tests.
 */
export function googleAuthClient(certsUrl?: string): OAuth2Client {
  return new OAuth2Client({
    transporterOptions: { fetchImplementation: fetch },
    ...(certsUrl ? { endpoints: { oauth2FederatedSignonPemCertsUrl: certsUrl } } : {}),
  });
}

function keySource(config: AuthConfig, client: OAuth2Client, devIssuer: DevIssuer | undefined): KeySource {
  if (config.issuer === 'dev') {
    if (!devIssuer) throw new Error('dev issuer configured but none supplied');
    return { issuers: [DEV_ISSUER], certs: async () => devIssuer.certs() };
  }
  return {
    issuers: GOOGLE_ISSUERS,
    certs: async () => (await client.getFederatedSignonCertsAsync()).certs as Record<string, string>,
  };
}

/** The token from `Authorization: Bearer …`, or a 401 when there is none. */
export function bearerToken(header: string | undefined): string {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) throw new AuthenticationError('missing');
  return match[1];
}
