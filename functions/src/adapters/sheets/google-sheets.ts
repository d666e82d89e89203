import type { BackoffPolicy } from '../../core/quota/backoff';
import { googleClients, type GoogleClientOptions } from './clients';
import { GoogleIssueWriter } from './issue-writer';
import { sheetsBudgets } from './quota-budget';
import { RequestGate, type GateDeps } from './request-gate';
import { GoogleSheetSource, type GoogleSheetSourceOptions } from './sheet-source';

/** What to read (plan tab, columns, folder, ids) as GoogleSheetSource takes it; the run's clients, gate and budgets are made here. */
type ReadOptions = Omit<GoogleSheetSourceOptions, 'clients' | 'gate' | 'budgets'>;

export interface GoogleSheetsOptions extends GoogleClientOptions, ReadOptions {
  /** Our share of the per-user Sheets quotas (documented default: 60 reads and 60 writes a minute). */
  readsPerMinute?: number;
  writesPerMinute?: number;
  backoff?: BackoffPolicy;
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
