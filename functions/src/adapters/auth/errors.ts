/** Why a presented credential was not accepted. Logged; never shown to the caller. */
export type TokenRejection =
  | 'missing'
  | 'malformed'
  | 'unknown_key'
  | 'bad_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'lifetime_too_long'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'no_email'
  | 'email_unverified'
  | 'invalid';

/** The caller is not authenticated (HTTP 401). `reason` is for the log only. */
export class AuthenticationError extends Error {
  constructor(readonly reason: TokenRejection) {
    super(`unauthenticated: ${reason}`);
    this.name = 'AuthenticationError';
  }
}

/**
 * google-auth-library reports failures as plain Errors whose messages embed the whole token — a replayable
 * credential that must not reach the logs. Keep only a classification.
 */
export function classifyVerificationError(err: unknown): TokenRejection {
  const message = err instanceof Error ? err.message : '';
  const rules: ReadonlyArray<readonly [string, TokenRejection]> = [
    ['Wrong number of segments', 'malformed'],
    ["Can't parse token", 'malformed'],
    ['No issue time', 'malformed'],
    ['No expiration time', 'malformed'],
    ['invalid format', 'malformed'],
    ['No pem found', 'unknown_key'],
    ['Invalid token signature', 'bad_signature'],
    ['Expiration time too far', 'lifetime_too_long'],
    ['Token used too early', 'not_yet_valid'],
    ['Token used too late', 'expired'],
    ['Invalid issuer', 'wrong_issuer'],
    ['Wrong recipient', 'wrong_audience'],
  ];
  return rules.find(([prefix]) => message.includes(prefix))?.[1] ?? 'invalid';
}
