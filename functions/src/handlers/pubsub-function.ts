import type { CloudEvent, CloudEventFunction } from '@google-cloud/functions-framework';
import { z } from 'zod';
import type { Logger } from '../adapters/log/structured-logger';
import { UseCaseFailure } from '../usecases/errors';

/** The `data` of a `google.cloud.pubsub.topic.v1.messagePublished` CloudEvent. */
export interface PubsubMessageData {
  message?: { data?: string; messageId?: string; attributes?: Record<string, string>; publishTime?: string };
  subscription?: string;
}

export interface EventRuntime<D> {
  log: Logger;
  deps: D;
}

export interface EventContext<D> {
  deps: D;
  log: Logger;
  /** The CloudEvent's id: for the log only; idempotency is keyed by business key in the run log, never by event id. */
  eventId: string;
}

/** One Pub/Sub-triggered function: the message's JSON schema and the single use case it calls. */
export interface PubsubEndpoint<D, M> {
  name: string;
  message: z.ZodType<M>;
  run(ctx: EventContext<D>, message: M): Promise<unknown>;
}

/**
 * Wraps an endpoint as a CloudEvent function. A message that can never be handled (not base64 JSON, wrong
 * shape) is logged and acknowledged — redelivering it would only fail again. Anything else that fails is
 * rethrown so Pub/Sub redelivers; the use case's run log makes the retry safe.
 */
export function pubsubFunction<D, M>(endpoint: PubsubEndpoint<D, M>, runtime: () => Promise<EventRuntime<D>>): CloudEventFunction<PubsubMessageData> {
  return async (event: CloudEvent<PubsubMessageData>) => {
    const rt = await runtime();
    const log = rt.log.with({ function: endpoint.name, eventId: event.id, messageId: event.data?.message?.messageId });
    const decoded = decodeMessage(event.data, endpoint.message);
    if (!decoded.ok) {
      log.error('message dropped: cannot be handled', { reason: decoded.reason });
      return;
    }
    try {
      const result = await endpoint.run({ deps: rt.deps, log, eventId: event.id }, decoded.message);
      log.info('event handled', { result });
    } catch (err) {
      if (err instanceof UseCaseFailure && (err.code === 'invalid_request' || err.code === 'not_found')) {
        log.error('message dropped: refused by the use case', { err });
        return;
      }
      log.error('event failed; Pub/Sub will redeliver', { err });
      throw err;
    }
  };
}

type Decoded<M> = { ok: true; message: M } | { ok: false; reason: string };

export function decodeMessage<M>(data: PubsubMessageData | undefined, schema: z.ZodType<M>): Decoded<M> {
  const raw = data?.message?.data;
  if (typeof raw !== 'string') return { ok: false, reason: 'no message data' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
  } catch {
    return { ok: false, reason: 'message data is not base64 JSON' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
  return { ok: true, message: parsed.data };
}
