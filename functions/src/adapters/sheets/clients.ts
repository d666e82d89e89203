import { drive, type drive_v3 } from '@googleapis/drive';
import { sheets, type sheets_v4 } from '@googleapis/sheets';

export interface GoogleClientOptions {
  /** An auth client (GoogleAuth / OAuth2Client / JWT) or an API key. */
  auth: sheets_v4.Options['auth'];
  /** Point both APIs at another server (tests: the local fake), e.g. `http://127.0.0.1:8123/`. */
  rootUrl?: string;
  /** Per-request timeout; a timed-out read is retried by our policy. */
  timeoutMs?: number;
  /** The HTTP transport; default Node's fetch (tests wrap it to observe exchanges). */
  fetchImplementation?: typeof fetch;
}

export interface GoogleClients {
  sheets: sheets_v4.Sheets;
  drive: drive_v3.Drive;
}

/**
 * Both clients with the library's own retry turned off (it tries 3 times from 100 ms — far shorter than the
 * one-minute quota window — and never retries POST): RequestGate's policy is the only one.
 */
export function googleClients(opts: GoogleClientOptions): GoogleClients {
  // Node's own fetch: gaxios would otherwise `import('node-fetch')` lazily, which costs cold-start time and
  // fails under jest's CommonJS VM ("dynamic import callback was invoked without --experimental-vm-modules").
  const common = { auth: opts.auth, retry: false, fetchImplementation: opts.fetchImplementation ?? fetch, timeout: opts.timeoutMs ?? 30_000, ...(opts.rootUrl ? { rootUrl: opts.rootUrl } : {}) };
  return { sheets: sheets({ version: 'v4', ...common }), drive: drive({ version: 'v3', ...common }) };
}
