/*
 * The parts of the Apps Script services the script uses, as structural interfaces. The real objects satisfy them
 * (apps-script/tsconfig.json checks that in services.ts); logic modules depend only on these, so they stay small
 * and run unchanged against the test double in test/fakes/apps-script.
 */

/** What Range.getValues() yields per cell: '' for empty, Date for date cells, numbers, booleans, text. */
export type ScriptValue = string | number | boolean | Date;

export interface RangePort {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  getValues(): ScriptValue[][];
  getNotes(): string[][];
  setNotes(notes: (string | null)[][]): unknown;
  getBackgrounds(): string[][];
  setBackgrounds(colors: (string | null)[][]): unknown;
  getSheet(): SheetPort;
  getMergedRanges(): RangePort[];
}

export interface SheetPort {
  getName(): string;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangePort;
  getRange(a1Notation: string): RangePort;
  getLastRow(): number;
  getLastColumn(): number;
  getDataRange(): RangePort;
  setActiveRange(range: RangePort): unknown;
}

export interface SpreadsheetPort {
  getId(): string;
  getName(): string;
  getSpreadsheetTimeZone(): string;
  getActiveSheet(): SheetPort;
  getSheetByName(name: string): SheetPort | null;
  setActiveSheet(sheet: SheetPort): unknown;
}

export interface MenuPort {
  addItem(caption: string, functionName: string): MenuPort;
  addSeparator(): MenuPort;
  addToUi(): void;
}

export interface HtmlOutputPort {
  setTitle(title: string): HtmlOutputPort;
}

export interface UiPort {
  createMenu(caption: string): MenuPort;
  alert(prompt: string): unknown;
  alert(title: string, prompt: string, buttons: unknown): unknown;
  showSidebar(userInterface: HtmlOutputPort): void;
  ButtonSet: { OK: unknown };
}

export interface HttpResponsePort {
  getResponseCode(): number;
  getContentText(): string;
}

export interface FetchOptions {
  method: 'post';
  contentType: string;
  payload: string;
  headers: Record<string, string>;
  muteHttpExceptions: boolean;
  followRedirects?: boolean;
}

export interface LockPort {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

/** Everything a handler may touch, built from the Apps Script globals in services.ts (or from the double in tests). */
export interface Services {
  spreadsheet(): SpreadsheetPort;
  ui(): UiPort;
  htmlOutput(html: string): HtmlOutputPort;
  fetch(url: string, options: FetchOptions): HttpResponsePort;
  /** Null when the openid scope was not granted (ScriptApp.getIdentityToken). */
  identityToken(): string | null;
  scriptProperty(name: string): string | null;
  /** Null when the script is not bound to a document (LockService.getDocumentLock may return null). */
  documentLock(): LockPort | null;
  now(): Date;
  /** Errors and diagnostics (console.error: Cloud Logging with exceptionLogging STACKDRIVER). */
  log(message: string): void;
  /** Operator information (console.log: the editor's execution log). */
  info(message: string): void;
}

/** The simple onEdit trigger's event object (fields as documented; value/oldValue only for single-cell edits). */
export interface EditEvent {
  range: RangePort;
  source?: SpreadsheetPort;
  value?: unknown;
  oldValue?: unknown;
  authMode?: unknown;
  user?: unknown;
}
