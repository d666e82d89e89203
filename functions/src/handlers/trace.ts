import type { LogFields } from '../adapters/log/structured-logger';

/**
 * Log fields that tie entries to the request's trace in Cloud Logging. Cloud Run sends the trace as
 * `traceparent` (W3C) and `X-Cloud-Trace-Context: TRACE_ID/SPAN_ID;o=1`.
 */
export function traceFields(headers: { traceparent?: string; cloudTrace?: string }, projectId: string | undefined): LogFields {
  const trace = /^[0-9a-f]{2}-([0-9a-f]{32})-/.exec(headers.traceparent ?? '')?.[1]
    ?? /^([0-9a-f]{32})/i.exec(headers.cloudTrace ?? '')?.[1];
  if (!trace || !projectId) return {};
  return { 'logging.googleapis.com/trace': `projects/${projectId}/traces/${trace}` };
}
