/** Cloud Logging severities (LogSeverity); the agent reads `severity` from a JSON line on stdout/stderr. */
export type Severity = 'DEBUG' | 'INFO' | 'NOTICE' | 'WARNING' | 'ERROR' | 'CRITICAL';

export type LogFields = Record<string, unknown>;

export interface Logger {
  log(severity: Severity, message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every entry (request id, trace, function name). */
  with(fields: LogFields): Logger;
}

/**
 * Structured logs as Cloud Logging ingests them from Cloud Run: one JSON object per line with `severity`,
 * `message` and any other fields as `jsonPayload`. Errors are flattened to name/message/stack so they survive
 * JSON.stringify.
 */
export function structuredLogger(write: (line: string) => void = stdoutLine, base: LogFields = {}): Logger {
  const log = (severity: Severity, message: string, fields: LogFields = {}) => {
    write(JSON.stringify({ severity, message, ...serialise(base), ...serialise(fields) }));
  };
  return {
    log,
    info: (m, f) => log('INFO', m, f),
    warn: (m, f) => log('WARNING', m, f),
    error: (m, f) => log('ERROR', m, f),
    with: (fields) => structuredLogger(write, { ...base, ...fields }),
  };
}

function stdoutLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

function serialise(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) out[key] = value instanceof Error ? errorFields(value) : value;
  return out;
}

function errorFields(err: Error): LogFields {
  const extra: LogFields = {};
  // Our own errors carry their why in these fields (a denial reason, a failure's detail, an SDK's code).
  for (const key of ['code', 'reason', 'detail'] as const) {
    const value = (err as unknown as Record<string, unknown>)[key];
    if (value !== undefined) extra[key] = value;
  }
  return { name: err.name, message: err.message, stack: err.stack, ...extra };
}

/** Collects entries in memory, for tests and for the CLI's quiet mode. */
export function memoryLogger(): Logger & { entries: Array<{ severity: Severity; message: string } & LogFields> } {
  const entries: Array<{ severity: Severity; message: string } & LogFields> = [];
  const logger = structuredLogger((line) => entries.push(JSON.parse(line)));
  return Object.assign(logger, { entries });
}
