// Entry point: only the functions Apps Script calls by name (triggers, menu items, google.script.run).
// The build appends a top-level `function name(){}` stub for each export; the logic lives in handlers.ts.
import * as handlers from './handlers';
import type { EditEvent } from './ports';
import { appsScriptServices } from './services';

export function onOpen(): void {
  handlers.onOpen(appsScriptServices());
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const event: EditEvent = e; // assignment, not a cast: tsc checks the real event fits the port
  handlers.onEdit(appsScriptServices(), event);
}

export function checkAll(): void {
  handlers.checkAll(appsScriptServices());
}

export function submitMonth(): void {
  handlers.submitMonth(appsScriptServices());
}

export function showHelp(): void {
  handlers.showHelp(appsScriptServices());
}

export function jumpTo(sheetName: unknown, cell: unknown): void {
  handlers.jumpTo(appsScriptServices(), sheetName, cell);
}

/** Operator helper, run from the script editor after `clasp push`: logs the token audience to configure the server. */
export function logTokenAudience(): void {
  handlers.logTokenAudience(appsScriptServices());
}
