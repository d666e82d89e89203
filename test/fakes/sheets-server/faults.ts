/**
 * Fault injection and quota enforcement, driven by the test on the shared simulated clock.
 * Sheets quotas (documented): 300 read + 300 write requests per minute per project, 60 + 60 per user.
 * Enforced over any sliding 60-s window (stricter than fixed minutes, so a client that passes here passes there);
 * rejected requests do not use quota.
 */

export type QuotaKind = 'read' | 'write';

export interface RequestInfo {
  method: string;
  path: string;
  op: string;
  user: string;
  /** Sheets requests count against a quota; Drive requests do not (they have their own, not modelled). */
  quota: QuotaKind | null;
}

export interface Match {
  /** Operation names such as `values.batchGet`, `spreadsheets.batchUpdate`, `drive.files.list`; all when absent. */
  ops?: string[];
}

export interface Failure {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

interface Storm extends Match { status: number; from: number; until: number; retryAfterSeconds?: number }
interface Countdown extends Match { status?: number; delayMs?: number; left: number }

const STATUS_NAMES: Record<number, [string, string]> = {
  429: ['RESOURCE_EXHAUSTED', 'Quota exceeded for quota metric and limit of service \'sheets.googleapis.com\'.'],
  500: ['INTERNAL', 'Internal error encountered.'],
  502: ['UNAVAILABLE', 'Bad Gateway'],
  503: ['UNAVAILABLE', 'The service is currently unavailable.'],
};

export function googleError(code: number, status: string, message: string, details?: unknown[]): unknown {
  return { error: { code, message, status, ...(details ? { details } : {}) } };
}

function quotaError(kind: QuotaKind, scope: 'user' | 'project', limit: number): Failure {
  const metric = kind === 'read' ? 'Read requests' : 'Write requests';
  const limitName = `${kind === 'read' ? 'Read' : 'Write'}RequestsPerMinutePer${scope === 'user' ? 'User' : 'Project'}`;
  const message = `Quota exceeded for quota metric '${metric}' and limit '${metric} per minute${scope === 'user' ? ' per user' : ''}' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.`;
  const details = [{
    '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
    reason: 'RATE_LIMIT_EXCEEDED',
    domain: 'googleapis.com',
    metadata: { service: 'sheets.googleapis.com', quota_metric: `sheets.googleapis.com/${kind}_requests`, quota_limit: limitName, quota_limit_value: String(limit) },
  }];
  return { status: 429, body: googleError(429, 'RESOURCE_EXHAUSTED', message, details), headers: {} };
}

function matches(m: Match, req: RequestInfo): boolean {
  return !m.ops || m.ops.includes(req.op);
}

export class Faults {
  private storms: Storm[] = [];
  private countdowns: Countdown[] = [];
  /** Accepted request times per quota bucket (kept independent of the client's limiter on purpose). */
  private windows = new Map<string, number[]>();
  /** Per-minute limits; null turns quota enforcement off. */
  quota: { perUser: number; perProject: number } | null = { perUser: 60, perProject: 300 };

  constructor(private readonly now: () => number) {}

  /** Every matching request fails with `status` from now (or `startAt`) for `durationMs` of simulated time. */
  storm(opts: Match & { durationMs: number; status?: number; startAt?: number; retryAfterSeconds?: number }): void {
    const from = opts.startAt ?? this.now();
    this.storms.push({ ...opts, status: opts.status ?? 429, from, until: from + opts.durationMs });
  }

  /** The next `count` matching requests fail with `status`. */
  failNext(count: number, status = 503, match: Match = {}): void {
    this.countdowns.push({ ...match, status, left: count });
  }

  /** The next `count` matching requests are answered only after `delayMs` of real time (for client timeouts). */
  slowNext(count: number, delayMs: number, match: Match = {}): void {
    this.countdowns.push({ ...match, delayMs, left: count });
  }

  reset(): void {
    this.storms = [];
    this.countdowns = [];
    this.windows.clear();
  }

  /** Decides a request's fate: a real-time delay and/or a failure, or null to serve it. */
  admit(req: RequestInfo): { delayMs: number; failure: Failure | null } {
    const now = this.now();
    let delayMs = 0;
    for (const c of this.countdowns) {
      if (c.left > 0 && c.delayMs !== undefined && matches(c, req)) { c.left--; delayMs = Math.max(delayMs, c.delayMs); break; }
    }
    const scripted = this.countdowns.find((c) => c.left > 0 && c.status !== undefined && c.delayMs === undefined && matches(c, req));
    if (scripted) {
      scripted.left--;
      return { delayMs, failure: this.failure(scripted.status as number) };
    }
    const storm = this.storms.find((s) => s.from <= now && now < s.until && matches(s, req));
    if (storm) return { delayMs, failure: this.failure(storm.status, storm.retryAfterSeconds) };
    return { delayMs, failure: this.charge(req, now) };
  }

  private failure(status: number, retryAfterSeconds?: number): Failure {
    const [name, message] = STATUS_NAMES[status] ?? ['UNKNOWN', 'Error'];
    const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
    return { status, body: googleError(status, name, message), headers };
  }

  /** Charges the request to the user's and the project's window; a full window means 429. */
  private charge(req: RequestInfo, now: number): Failure | null {
    if (!this.quota || !req.quota) return null;
    const buckets: [string, number, 'user' | 'project'][] = [
      [`${req.quota}:user:${req.user}`, this.quota.perUser, 'user'],
      [`${req.quota}:project`, this.quota.perProject, 'project'],
    ];
    for (const [key, limit, scope] of buckets) {
      const recent = (this.windows.get(key) ?? []).filter((t) => t > now - 60_000);
      this.windows.set(key, recent);
      if (recent.length >= limit) return quotaError(req.quota, scope, limit);
    }
    for (const [key] of buckets) this.windows.get(key)?.push(now);
    return null;
  }
}
