import type { HttpFunction, Request, Response } from '@google-cloud/functions-framework';
import type { z } from 'zod';
import type { Principal } from '../core/access';
import { AuthenticationError } from '../adapters/auth';
import type { Logger } from '../adapters/log/structured-logger';
import { reply, toReply, type ErrorReply } from './errors';
import { parseBody } from './request-body';
import { traceFields } from './trace';

/** What every HTTP function needs before it can do anything: a logger and a way to know the caller. */
export interface HttpRuntime<D> {
  log: Logger;
  projectId?: string;
  /** Verifies the `Authorization` header and maps the caller to a principal; throws AuthenticationError. */
  authenticate(authorization: string | undefined): Promise<Principal>;
  deps: D;
}

export interface EndpointContext<D> {
  deps: D;
  principal: Principal;
  log: Logger;
}

/** One HTTP function: its body schema and the single use case it calls (after its access decision). */
export interface HttpEndpoint<D, B, O> {
  name: string;
  body: z.ZodType<B>;
  run(ctx: EndpointContext<D>, body: B): Promise<O>;
}

/**
 * Wraps an endpoint as a functions-framework HTTP function: POST only, authenticate first (so anonymous
 * callers learn nothing, not even the body's shape), then validate the body, run, and reply JSON. Failures
 * become a small set of codes; the why goes to the log only.
 */
export function httpFunction<D, B, O>(endpoint: HttpEndpoint<D, B, O>, runtime: () => Promise<HttpRuntime<D>>): HttpFunction {
  return async (req: Request, res: Response) => {
    let rt: HttpRuntime<D>;
    try {
      rt = await runtime();
    } catch (err) {
      // No logger yet: the runtime (config, clients) could not be built. Log to stderr in the same JSON shape.
      process.stderr.write(`${JSON.stringify({ severity: 'CRITICAL', message: 'function runtime unavailable', function: endpoint.name, error: String(err) })}\n`);
      send(res, reply('internal'));
      return;
    }
    const log = rt.log.with({
      function: endpoint.name,
      ...traceFields({ traceparent: req.get('traceparent'), cloudTrace: req.get('x-cloud-trace-context') }, rt.projectId),
    });
    if (req.method !== 'POST') {
      res.set('Allow', 'POST');
      send(res, reply('method_not_allowed'));
      return;
    }
    let principal: Principal | undefined;
    try {
      principal = await rt.authenticate(req.get('authorization'));
      const body = parseBody(endpoint.body, req.body);
      const out = await endpoint.run({ deps: rt.deps, principal, log }, body);
      log.info('request served', { caller: principal.email });
      res.status(200).json(out);
    } catch (err) {
      const answer = toReply(err);
      logFailure(log, answer, err, principal);
      send(res, answer);
    }
  };
}

function send(res: Response, answer: ErrorReply): void {
  res.status(answer.status).json(answer.body);
}

function logFailure(log: Logger, answer: ErrorReply, err: unknown, principal: Principal | undefined): void {
  const fields = {
    status: answer.status,
    code: answer.body.error,
    caller: principal?.email ?? null,
    // AuthenticationError carries only a classification; other errors go in whole (message, stack).
    ...(err instanceof AuthenticationError ? { reason: err.reason } : { err }),
  };
  if (answer.status >= 500) log.error('request failed', fields);
  else log.warn('request refused', fields);
}
