/*
 * A test double of the Apps Script services the bound script touches, to run the built bundle
 * (apps-script/dist/Code.js) in node:vm. Only Google-run services are faked; our code runs as built.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CallLog } from './calls';
import { FakeLock, FakeLogger, FakeProperties, FakeUrlFetchApp, scriptApp } from './services';
import { FakeRange, FakeSpreadsheet } from './spreadsheet';
import { FakeUi, HtmlService } from './ui';
import { DataValidationCriteria, newDataValidation } from './validation';

export { CallLog } from './calls';
export { FakeRange, FakeSheet, FakeSpreadsheet, type Value } from './spreadsheet';
export { FakeHtmlOutput, FakeUi } from './ui';
export { FakeLock, FakeUrlFetchApp, type ScriptedResponse } from './services';

export interface DoubleOptions {
  spreadsheetId?: string;
  timeZone?: string;
  identityToken?: string | null;
  /** False: LockService.getDocumentLock() returns null (script not bound to a document). */
  documentLock?: boolean;
  userEmail?: string;
}

export function createAppsScriptDouble(options: DoubleOptions = {}) {
  const calls = new CallLog();
  let authMode = 'FULL';
  const state = { identityToken: options.identityToken === undefined ? 'fake-oidc-token' : options.identityToken, authMode: () => authMode };
  const spreadsheet = new FakeSpreadsheet(options.spreadsheetId ?? 'sheet-0001', '结对帮扶工作计划表', options.timeZone ?? 'Asia/Shanghai', calls);
  const ui = new FakeUi(calls);
  const urlFetch = new FakeUrlFetchApp(calls, state.authMode);
  const scriptProperties = new FakeProperties();
  const lock = new FakeLock();
  const logger = new FakeLogger();
  const errors: string[] = [];

  const globals = {
    SpreadsheetApp: {
      getActive: () => spreadsheet,
      getActiveSpreadsheet: () => spreadsheet,
      getActiveSheet: () => spreadsheet.getActiveSheet(),
      getActiveRange: () => spreadsheet.getActiveRange(),
      getUi: () => {
        // Simple triggers in LIMITED mode may build menus; showing dialogs needs a user-invoked run.
        calls.count('SpreadsheetApp.getUi');
        return ui;
      },
      newDataValidation,
      DataValidationCriteria,
    },
    HtmlService,
    UrlFetchApp: { fetch: (url: string, params?: object) => urlFetch.fetch(url, params) },
    ScriptApp: scriptApp(state),
    PropertiesService: { getScriptProperties: () => scriptProperties, getDocumentProperties: () => scriptProperties },
    LockService: { getDocumentLock: () => (options.documentLock === false ? null : lock), getScriptLock: () => lock },
    Logger: logger,
    Session: {
      getActiveUser: () => ({ getEmail: () => options.userEmail ?? 'teacher@example.edu.cn' }),
      getEffectiveUser: () => ({ getEmail: () => options.userEmail ?? 'teacher@example.edu.cn' }),
      getScriptTimeZone: () => options.timeZone ?? 'Asia/Shanghai',
    },
    console: { log: (...a: unknown[]) => logger.log(...a), info: (...a: unknown[]) => logger.log(...a), warn: (...a: unknown[]) => errors.push(a.map(String).join(' ')), error: (...a: unknown[]) => errors.push(a.map(String).join(' ')) },
  };

  return {
    globals, spreadsheet, ui, urlFetch, scriptProperties, lock, logger, calls, errors,
    /** Runs `fn` as a simple trigger (AuthMode.LIMITED: no UrlFetchApp). */
    asSimpleTrigger<T>(fn: () => T): T {
      authMode = 'LIMITED';
      try { return fn(); } finally { authMode = 'FULL'; }
    },
  };
}

export type AppsScriptDouble = ReturnType<typeof createAppsScriptDouble>;

/**
 * The onEdit event object as documented: authMode, range, source, user, and value/oldValue only when a single
 * cell was edited (oldValue undefined when the cell was empty before).
 */
export function editEvent(double: AppsScriptDouble, range: FakeRange, before?: { oldValue?: unknown }) {
  const single = range.box.numRows === 1 && range.box.numColumns === 1;
  const event: Record<string, unknown> = { authMode: 'LIMITED', range, source: double.spreadsheet, user: { getEmail: () => '' } };
  if (single) {
    const value = range.getValue();
    if (value !== '') event.value = value instanceof Date ? value.toString() : String(value);
    if (before?.oldValue !== undefined && before.oldValue !== '') event.oldValue = String(before.oldValue);
  }
  return event;
}

/** The Date that Range.getValues() returns for a date cell: local midnight in the spreadsheet's zone (+08:00 here). */
export function sheetDate(year: number, month: number, day: number, offsetHours = 8): Date {
  return new Date(Date.UTC(year, month - 1, day) - offsetHours * 3_600_000);
}

/** Loads the built bundle into a fresh context whose globals are the double; returns the script's global scope. */
export function loadBundle(double: AppsScriptDouble, file: string): Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({ ...double.globals });
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: 'Code.js' });
  return context as Record<string, (...args: unknown[]) => unknown>;
}
