/**
 * Writes a garden's open issues onto its own sheet: a note + colour on each offending cell, our earlier marks
 * cleared, and the 问题清单 tab rewritten. Per garden: one read (sheet ids + ledger), then — only when the issues
 * changed — ONE `spreadsheets.batchUpdate` holding everything (marks, tab contents, ledger). One atomic write means
 * a crash can never leave the ledger saying "written" over a half-written tab. The tab's cells are typed
 * `stringValue`/`numberValue`, which the API stores verbatim — like valueInputOption=RAW, text starting with `=`
 * never becomes a formula. Skipping unchanged issues matters: every write bumps the file's Drive version, which
 * would make the next list() report the sheet as changed again.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { ISSUE_LIST_COLUMNS, ISSUE_LIST_SHEET, type Issue } from '../../../../schemas';
import type { IssueWriter, SheetRef } from '../../usecases/ports/sheet-source';
import type { GoogleClients } from './clients';
import { LEDGER_KEY, LEDGER_METADATA_ID, issueTabRequests, issuesHash, markRequests, marksFor, parseLedger, type Ledger } from './issue-marks';
import type { SheetsBudgets } from './quota-budget';
import { GoogleApiError, type RequestGate } from './request-gate';

export interface GoogleIssueWriterOptions {
  clients: GoogleClients;
  gate: RequestGate;
  budgets: SheetsBudgets;
  /** Title of the plan tab; default: the first visible sheet (the same sheet GoogleSheetSource reads). */
  planSheetTitle?: string;
}

const STATE_FIELDS = 'sheets(properties(sheetId,title,index,hidden)),developerMetadata(metadataId,metadataKey,metadataValue)';

export class GoogleIssueWriter implements IssueWriter {
  constructor(private readonly opts: GoogleIssueWriterOptions) {}

  async writeIssues(ref: SheetRef, issues: readonly Issue[]): Promise<void> {
    // Two syncs of one garden at once (提交本月 during the scheduled run) may both see no 问题清单 tab and both create
    // it; Sheets rejects the second batch whole (400: the sheet exists), so nothing of it was written. Read again
    // and write once more: the tab and ledger are there now, and are updated instead.
    const first = await this.writeOnce(ref, issues);
    if (first === null) return;
    const second = await this.writeOnce(ref, issues);
    if (second !== null) throw second;
  }

  /** Reads the sheet's state and writes the issues; the error when a batch creating the tab or ledger was rejected. */
  private async writeOnce(ref: SheetRef, issues: readonly Issue[]): Promise<GoogleApiError | null> {
    const { sheets } = this.opts.clients;
    const spreadsheetId = ref.location;
    const state = await this.opts.gate.call({ op: 'spreadsheets.get', budget: this.opts.budgets.read, idempotent: true }, () =>
      sheets.spreadsheets.get({ spreadsheetId, fields: STATE_FIELDS }));
    const props = (state.data.sheets ?? []).map((s) => s.properties ?? {});
    const plan = this.opts.planSheetTitle ? props.find((p) => p.title === this.opts.planSheetTitle) : props.find((p) => !p.hidden);
    if (plan?.sheetId === undefined || plan.sheetId === null) throw new Error(`spreadsheet ${spreadsheetId}: plan sheet not found`);
    const ledgerMeta = (state.data.developerMetadata ?? []).find((d) => d.metadataKey === LEDGER_KEY);
    const previous = parseLedger(ledgerMeta?.metadataValue);
    const tab = props.find((p) => p.title === ISSUE_LIST_SHEET);
    const hash = issuesHash(issues);
    if (tab && previous?.hash === hash && previous.sheetId === plan.sheetId) return null;

    const marks = marksFor(issues);
    const ledger: Ledger = { sheetId: plan.sheetId, cells: marks.map((m) => m.cell), hash };
    const tabId = tab?.sheetId ?? Math.max(0, ...props.map((p) => p.sheetId ?? 0)) + 1;
    const requests: sheets_v4.Schema$Request[] = [
      ...(tab ? [] : [{ addSheet: { properties: { sheetId: tabId, title: ISSUE_LIST_SHEET, gridProperties: { rowCount: 1000, columnCount: ISSUE_LIST_COLUMNS.length, frozenRowCount: 1 } } } }]),
      ...markRequests(previous, plan.sheetId, marks),
      ...issueTabRequests(tabId, issues),
      ledgerMeta
        ? { updateDeveloperMetadata: { dataFilters: [{ developerMetadataLookup: { metadataId: ledgerMeta.metadataId } }], developerMetadata: { metadataValue: JSON.stringify(ledger) }, fields: 'metadataValue' } }
        : { createDeveloperMetadata: { developerMetadata: { metadataId: LEDGER_METADATA_ID, metadataKey: LEDGER_KEY, metadataValue: JSON.stringify(ledger), location: { spreadsheet: true }, visibility: 'DOCUMENT' } } },
    ];
    // Creating (tab, ledger) is not idempotent: a retry after a lost response fails loudly rather than duplicating.
    const idempotent = Boolean(tab && ledgerMeta);
    try {
      await this.opts.gate.call({ op: 'spreadsheets.batchUpdate', budget: this.opts.budgets.write, idempotent }, () =>
        sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests } }));
    } catch (err) {
      if (!idempotent && err instanceof GoogleApiError && err.status === 400) return err;
      throw err;
    }
    return null;
  }
}
