import type { DenialReason } from '../core/access';
import { AuthenticationError } from '../adapters/auth';
import { UseCaseFailure } from '../usecases/errors';

export type ErrorCode =
  | 'invalid_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'busy'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  busy: 429,
  internal: 500,
};

/** What the caller sees: a code and, only where it helps the garden fix its request, a Chinese message. */
export interface ErrorReply {
  status: number;
  body: { error: ErrorCode; message?: string };
}

/** The request body does not match the endpoint's schema. */
export class InvalidRequest extends Error {
  override readonly name = 'InvalidRequest';
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

/** The access decision said no. */
export class AccessDenied extends Error {
  override readonly name = 'AccessDenied';
  constructor(readonly reason: DenialReason) {
    super(`access denied: ${reason}`);
  }
}

const GARDEN_CHOICE: Partial<Record<DenialReason, string>> = {
  garden_required: '请在请求中指明要同步的园所（gardenId）。',
  ambiguous_garden: '您是多个园所的填报人，请在请求中指明要同步的园所（gardenId）。',
};

export function reply(code: ErrorCode, message?: string): ErrorReply {
  return { status: STATUS[code], body: message ? { error: code, message } : { error: code } };
}

/** Maps anything thrown while serving a request to the small public set of codes. */
export function toReply(err: unknown): ErrorReply {
  if (err instanceof AuthenticationError) return reply('unauthenticated');
  if (err instanceof AccessDenied) {
    const choice = GARDEN_CHOICE[err.reason];
    return choice ? reply('invalid_request', choice) : reply('forbidden');
  }
  if (err instanceof InvalidRequest) return reply('invalid_request', err.userMessage);
  if (err instanceof UseCaseFailure) return reply(err.code, err.userMessage);
  if (isOverloaded(err)) return reply('busy', '服务繁忙，请稍后再试。');
  if (isContention(err)) return reply('conflict', '数据正在被其他操作修改，请稍后再试。');
  return reply('internal');
}

/** Google API quota (HTTP 429) or Firestore RESOURCE_EXHAUSTED (gRPC 8): retrying later helps. */
function isOverloaded(err: unknown): boolean {
  const e = err as { status?: unknown; code?: unknown; response?: { status?: unknown } } | null;
  return e?.status === 429 || e?.response?.status === 429 || e?.code === 8;
}

/** Firestore ABORTED (gRPC 10): a transaction lost a race. */
function isContention(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 10;
}
