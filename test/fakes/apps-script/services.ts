/* Test doubles of UrlFetchApp, ScriptApp, PropertiesService, LockService, Logger and Session. */
import type { CallLog } from './calls';

export interface FetchParams {
  method?: string;
  contentType?: string;
  payload?: string;
  headers?: Record<string, string>;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
}
export interface ScriptedResponse { code: number; body: string; headers?: Record<string, string> }

export class FakeHttpResponse {
  constructor(private readonly r: ScriptedResponse) {}
  getResponseCode() { return this.r.code; }
  getContentText() { return this.r.body; }
  getHeaders() { return { ...(this.r.headers ?? {}) }; }
}

/** Records each fetch; answers from a handler. Like Apps Script, a 4xx/5xx throws unless muteHttpExceptions is set. */
export class FakeUrlFetchApp {
  readonly requests: { url: string; params: FetchParams }[] = [];
  respond: (url: string, params: FetchParams) => ScriptedResponse = () => ({ code: 200, body: '' });
  constructor(private readonly log: CallLog, private readonly authMode: () => string) {}
  fetch(url: string, params: FetchParams = {}): FakeHttpResponse {
    this.log.count('UrlFetchApp.fetch');
    if (this.authMode() === 'LIMITED') throw new Error('You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request');
    this.requests.push({ url, params: JSON.parse(JSON.stringify(params)) });
    const response = this.respond(url, params);
    if (response.code >= 400 && !params.muteHttpExceptions) {
      throw new Error(`Request failed for ${url} returned code ${response.code}. Truncated server response: ${response.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`);
    }
    return new FakeHttpResponse(response);
  }
}

export class FakeProperties {
  private readonly map = new Map<string, string>();
  getProperty(key: string): string | null { return this.map.get(key) ?? null; }
  setProperty(key: string, value: string) { this.map.set(key, String(value)); return this; }
  deleteProperty(key: string) { this.map.delete(key); return this; }
  getProperties(): Record<string, string> { return Object.fromEntries(this.map); }
}

/** One document lock shared by all "users"; `heldElsewhere` simulates another execution holding it. */
export class FakeLock {
  private held = false;
  heldElsewhere = false;
  readonly events: string[] = [];
  tryLock(_timeoutInMillis: number): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    this.events.push('lock');
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock() { return this.held; }
  releaseLock() { if (this.held) this.events.push('release'); this.held = false; }
}

export class FakeLogger {
  readonly lines: string[] = [];
  log(...values: unknown[]) { this.lines.push(values.map(String).join(" ")); return this; }
}

export function scriptApp(state: { identityToken: string | null; authMode: () => string }) {
  const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
  return {
    AuthMode,
    /** Null without the openid scope, as documented. */
    getIdentityToken: (): string | null => state.identityToken,
    getScriptId: () => 'fake-script-id',
  };
}
