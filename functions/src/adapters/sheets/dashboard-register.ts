import { REGISTER_SHEET } from '../../core/spot-checks';
import type { RegisterDeps } from '../../usecases/spot-check-register';
import type { GoogleClients } from './clients';
import type { SheetsBudgets } from './quota-budget';
import { GoogleApiError, type RequestGate } from './request-gate';
import { GoogleSheetSource } from './sheet-source';

/**
 * The 抽查登记 tab of the bureau's Google dashboard, read through the same one-request sheet reader as the plan
 * tables. Before the first dashboard write the tab does not exist: Sheets answers 400 ("Unable to parse range")
 * for a range on a missing tab, which is an empty register, not a failure. A missing spreadsheet (404) is a
 * configuration error and fails the run.
 */
export function googleRegisterDeps(opts: { clients: GoogleClients; gate: RequestGate; budgets: SheetsBudgets; spreadsheetId: string }): RegisterDeps {
  return {
    source: new GoogleSheetSource({ clients: opts.clients, gate: opts.gate, budgets: opts.budgets, planSheetTitle: REGISTER_SHEET }),
    ref: { location: opts.spreadsheetId, title: REGISTER_SHEET },
    isMissing: (e) => e instanceof GoogleApiError && e.status === 400,
  };
}
