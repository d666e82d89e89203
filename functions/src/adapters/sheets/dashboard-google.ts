/**
 * Writes the bureau's dashboard into its Google spreadsheet: one read of the current tabs (ids, charts, rules,
 * our protections), then ONE atomic spreadsheets.batchUpdate built by the pure core (core/dashboard/google-requests).
 * Not retried: a batchUpdate that adds sheets and charts is not idempotent, and the next monthly run rewrites the
 * whole dashboard anyway.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { dashboardRequests, PROTECTION_TAG, type Dashboard, type ExistingSheet } from '../../core/dashboard';
import type { GoogleClients } from './clients';
import type { SheetsBudgets } from './quota-budget';
import type { RequestGate } from './request-gate';

const STATE_FIELDS = 'sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),conditionalFormats,charts(chartId),protectedRanges(protectedRangeId,description))';

export interface GoogleDashboardWriterOptions {
  clients: GoogleClients;
  gate: RequestGate;
  budgets: SheetsBudgets;
}

export function existingSheets(data: sheets_v4.Schema$Spreadsheet): ExistingSheet[] {
  return (data.sheets ?? []).map((s) => ({
    sheetId: s.properties?.sheetId ?? 0,
    title: s.properties?.title ?? '',
    rowCount: s.properties?.gridProperties?.rowCount ?? 1000,
    columnCount: s.properties?.gridProperties?.columnCount ?? 26,
    conditionalFormats: (s.conditionalFormats ?? []).length,
    chartIds: (s.charts ?? []).map((c) => c.chartId).filter((id): id is number => typeof id === 'number'),
    ourProtectedRangeIds: (s.protectedRanges ?? [])
      .filter((p) => p.description?.startsWith(PROTECTION_TAG))
      .map((p) => p.protectedRangeId)
      .filter((id): id is number => typeof id === 'number'),
  }));
}

export class GoogleDashboardWriter {
  constructor(private readonly opts: GoogleDashboardWriterOptions) {}

  async write(spreadsheetId: string, dashboard: Dashboard): Promise<{ requests: number }> {
    const { sheets } = this.opts.clients;
    const state = await this.opts.gate.call({ op: 'spreadsheets.get', budget: this.opts.budgets.read, idempotent: true }, () =>
      sheets.spreadsheets.get({ spreadsheetId, fields: STATE_FIELDS }));
    const requests = dashboardRequests(dashboard, existingSheets(state.data)) as sheets_v4.Schema$Request[];
    await this.opts.gate.call({ op: 'spreadsheets.batchUpdate', budget: this.opts.budgets.write, idempotent: false }, () =>
      sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests } }));
    return { requests: requests.length };
  }
}
