import type { BackoffPolicy } from '../../core/quota/backoff';
import { googleClients, type GoogleClientOptions } from './clients';
import { GoogleIssueWriter } from './issue-writer';
import { sheetsBudgets } from './quota-budget';
import { RequestGate, type GateDeps } from './request-gate';
import { GoogleSheetSource } from './sheet-source';

export interface GoogleSheetsOptions extends GoogleClientOptions {
  /** Our share of the per-user Sheets quotas (documented default: 60 reads and 60 writes a minute). */
  readsPerMinute?: number;
  writesPerMinute?: number;
  backoff?: BackoffPolicy;
  /** Title of the plan tab (default: the first visible sheet) and the columns read (default `A:Z`). */
  planSheetTitle?: string;
  columns?: string;
  folderId?: string;
  spreadsheetIds?: readonly string[];
}

/**
 * The Google adapters of one run, sharing one request budget and one retry gate. Time, sleep and randomness are
 * injected (production: Date.now, setTimeout, Math.random; tests: a simulated clock and a seeded generator).
 */
export function googleSheetsAdapters(opts: GoogleSheetsOptions, deps: Omit<GateDeps, 'backoff'>) {
  const clients = googleClients(opts);
  const budgets = sheetsBudgets(opts.readsPerMinute, opts.writesPerMinute);
  const gate = new RequestGate({ ...deps, backoff: opts.backoff });
  return {
    source: new GoogleSheetSource({ clients, gate, budgets, planSheetTitle: opts.planSheetTitle, columns: opts.columns, folderId: opts.folderId, spreadsheetIds: opts.spreadsheetIds }),
    writer: new GoogleIssueWriter({ clients, gate, budgets, planSheetTitle: opts.planSheetTitle }),
    budgets,
  };
}
