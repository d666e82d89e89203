/** What a route handler sees: the parsed request plus access to the fake's state. */
import type { QuotaKind } from './faults';
import type { FakeSpreadsheet } from './model';

export interface RouteContext {
  params: string[];
  query: URLSearchParams;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  now: () => number;
  /** The spreadsheet (or Drive file) with this id, or a 404. */
  book(id: string): FakeSpreadsheet;
  /** Runs a write against a copy, swaps it in and bumps the file's version; the copy makes failures atomic. */
  write<T>(id: string, fn: (book: FakeSpreadsheet) => T): T;
  /** Swaps in a new state of a spreadsheet (already version-bumped). */
  replace(book: FakeSpreadsheet): void;
  /** Adds a file (Drive copy). */
  add(book: FakeSpreadsheet): void;
  newId(): string;
}

export interface Route {
  method: string;
  op: string;
  quota: QuotaKind | null;
  pattern: RegExp;
  handle(ctx: RouteContext): unknown;
}
