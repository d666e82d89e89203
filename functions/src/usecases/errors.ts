/** The ways a use case can refuse, besides bugs and outages. Handlers map them to HTTP codes. */
export type FailureCode = 'invalid_request' | 'not_found' | 'conflict' | 'busy';

/**
 * A refusal a caller can act on. `userMessage` is Chinese and safe to show (it names the garden's own
 * things, never internals); `detail` goes to the log only.
 */
export class UseCaseFailure extends Error {
  override readonly name = 'UseCaseFailure';
  constructor(
    readonly code: FailureCode,
    readonly userMessage: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(`${code}: ${userMessage}`);
  }
}
