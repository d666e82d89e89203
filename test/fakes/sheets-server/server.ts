/**
 * A local stand-in for sheets.googleapis.com and www.googleapis.com/drive, for the real `@googleapis/*` clients
 * pointed at it with `rootUrl`. Tests seed spreadsheets, script faults on the shared simulated clock, and assert
 * on the request log and the model.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimulatedClock } from './clock';
import { driveRoutes } from './drive-routes';
import { readUpload } from './drive-uploads';
import { Faults, googleError } from './faults';
import { ApiError, resolveA1, touchFile, type FakeCell, type FakeSpreadsheet } from './model';
import type { Route, RouteContext } from './routes';
import { buildSpreadsheet, type SpreadsheetInit } from './seed';
import { sheetsRoutes } from './sheets-routes';
import { writeRange, type ValueInputOption } from './values';

export interface LoggedRequest {
  method: string;
  /** Operation name, e.g. `values.batchGet`, `spreadsheets.get`, `drive.files.list`; `unknown` for 404 routes. */
  op: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** Simulated time of arrival. */
  time: number;
  user: string;
  /** HTTP status answered; 0 while pending or when the client hung up first (e.g. its timeout fired). */
  status: number;
}

function userOf(req: IncomingMessage, query: URLSearchParams): string {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  return query.get('key') ?? 'anonymous';
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
  }
}

/** Waits in real time (client timeouts are real), but stops waiting as soon as the client hangs up. */
function realDelay(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once('close', () => { clearTimeout(timer); resolve(); });
  });
}

export class FakeGoogleServer {
  readonly faults: Faults;
  readonly log: LoggedRequest[] = [];
  private readonly files = new Map<string, FakeSpreadsheet>();
  private readonly routes: Route[];
  private ids = 0;

  private constructor(private readonly server: Server, readonly clock: SimulatedClock) {
    this.faults = new Faults(clock.now);
    this.routes = [...sheetsRoutes, ...driveRoutes(() => [...this.files.values()])];
  }

  static async start(clock = new SimulatedClock()): Promise<FakeGoogleServer> {
    const server = createServer();
    const fake = new FakeGoogleServer(server, clock);
    server.on('request', (req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The `rootUrl` to give the clients. */
  get rootUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addSpreadsheet(init: SpreadsheetInit): FakeSpreadsheet {
    const book = buildSpreadsheet(init, this.clock.now());
    this.files.set(book.spreadsheetId, book);
    return book;
  }

  /** The live model of a spreadsheet (replaced on each batchUpdate: fetch it again after writes). */
  spreadsheet(id: string): FakeSpreadsheet {
    const book = this.files.get(id);
    if (!book) throw new Error(`no spreadsheet ${id}`);
    return book;
  }

  /** One cell by A1 (`'计划表'!B7`), or undefined when never written. */
  cell(id: string, a1: string): FakeCell | undefined {
    const t = resolveA1(this.spreadsheet(id), a1);
    return t.sheet.cells[t.r0]?.[t.c0];
  }

  /** A person editing the sheet in the browser: writes values and bumps the Drive version and modifiedTime. */
  userEdit(id: string, range: string, values: unknown[][], option: ValueInputOption = 'USER_ENTERED'): void {
    const book = this.spreadsheet(id);
    writeRange(resolveA1(book, range), values, option);
    touchFile(book, this.clock.now());
  }

  /** Drive files (spreadsheets and uploads, not trashed) with this parent, e.g. the bureau's reports folder. */
  filesIn(parentId: string): FakeSpreadsheet[] {
    return [...this.files.values()].filter((f) => !f.trashed && f.parents.includes(parentId));
  }

  requests(op?: string): LoggedRequest[] {
    return op ? this.log.filter((r) => r.op === op) : this.log;
  }

  clearLog(): void {
    this.log.length = 0;
  }

  private context(params: string[], query: URLSearchParams, body: unknown): RouteContext {
    return {
      params, query, body, now: this.clock.now,
      book: (id) => {
        const book = this.files.get(id);
        if (!book || book.trashed) throw new ApiError(404, 'NOT_FOUND', 'Requested entity was not found.');
        return book;
      },
      write: (id, fn) => {
        const copy = structuredClone(this.context(params, query, body).book(id));
        const result = fn(copy);
        touchFile(copy, this.clock.now());
        this.files.set(id, copy);
        return result;
      },
      replace: (book) => void this.files.set(book.spreadsheetId, book),
      add: (book) => void this.files.set(book.spreadsheetId, book),
      newId: () => `fake-${++this.ids}`,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    const entry: LoggedRequest = {
      method, op: route?.op ?? 'unknown', path: url.pathname, query: url.searchParams, body: undefined,
      time: this.clock.now(), user: userOf(req, url.searchParams), status: 0,
    };
    this.log.push(entry);
    let status = 200;
    let payload: unknown;
    let headers: Record<string, string> = {};
    try {
      entry.body = url.pathname.startsWith('/upload/') ? await readUpload(req, url.searchParams) : await readBody(req);
      if (!route) throw new ApiError(404, 'NOT_FOUND', `Method not found: ${method} ${url.pathname}`);
      const { delayMs, failure } = this.faults.admit({ method, path: url.pathname, op: route.op, user: entry.user, quota: route.quota });
      if (delayMs) await realDelay(delayMs, res);
      if (failure) {
        ({ status, body: payload, headers } = failure);
      } else {
        const params = (route.pattern.exec(url.pathname) ?? []).slice(1);
        payload = route.handle(this.context(params, url.searchParams, entry.body));
      }
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(500, 'INTERNAL', 'Internal error encountered.');
      if (!(err instanceof ApiError)) console.error('fake google server:', err);
      status = e.code;
      payload = googleError(e.code, e.status, e.message);
    }
    if (res.destroyed) return; // the client gave up (timeout): status stays 0 in the log
    entry.status = status;
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
    res.end(JSON.stringify(payload));
  }
}
