import { createPublicKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

/** The `iss` of development tokens. `.invalid` is reserved (RFC 2606): no real issuer can ever claim it. */
export const DEV_ISSUER = 'https://dev-issuer.bangfu.invalid';

export interface DevTokenClaims {
  email: string;
  aud: string;
  email_verified?: boolean;
  hd?: string;
  iss?: string;
  sub?: string;
  /** Seconds since the epoch; defaults to now. */
  iat?: number;
  /** Seconds since the epoch; defaults to iat + 1 hour. */
  exp?: number;
}

/**
 * A local OIDC issuer: an RSA key made in this process, RS256-signed JWTs shaped like Google's identity
 * tokens, and the PEM "certs" map that google-auth-library verifies against. Lets tests and the local stack
 * exercise the real verification code without Google.
 */
export interface DevIssuer {
  readonly kid: string;
  certs(): Record<string, string>;
  sign(claims: DevTokenClaims, nowSeconds?: number): string;
}

export function createDevIssuer(): DevIssuer {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `dev-${randomUUID()}`;
  return issuerFor(privateKey, kid);
}

function issuerFor(privateKey: KeyObject, kid: string): DevIssuer {
  const pem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return {
    kid,
    certs: () => ({ [kid]: pem }),
    sign(claims, nowSeconds = Math.floor(Date.now() / 1000)) {
      const iat = claims.iat ?? nowSeconds;
      const payload = {
        iss: DEV_ISSUER,
        sub: `dev:${claims.email}`,
        email_verified: true,
        ...claims,
        iat,
        exp: claims.exp ?? iat + 3600,
      };
      const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
      const body = b64url(JSON.stringify(payload));
      const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), privateKey).toString('base64url');
      return `${head}.${body}.${signature}`;
    },
  };
}

function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

let shared: DevIssuer | undefined;

/**
 * The process's development issuer, made on first use (never at import). Functions and tests in one process
 * share it, so a test signs with the key the function trusts.
 */
export function sharedDevIssuer(): DevIssuer {
  shared ??= createDevIssuer();
  return shared;
}
