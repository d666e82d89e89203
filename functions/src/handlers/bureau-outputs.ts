import { DriveReportFolder } from '../adapters/drive/report-folder';
import { googleClients, RequestGate, sheetsBudgets, type GateDeps, type GoogleClientOptions } from '../adapters/sheets';
import { GoogleDashboardWriter } from '../adapters/sheets/dashboard-google';
import { googleRegisterDeps } from '../adapters/sheets/dashboard-register';
import type { BureauOutputs } from '../usecases/publish-monthly-run';
import type { JobSettings } from './job-env';

/** Writing the dashboard spreadsheet and uploading into the reports folder the bureau shared with the service account. */
export const BUREAU_SCOPES = ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive'];

/**
 * The cloud's bureau outputs: the Google dashboard (one get + one batchUpdate; its 抽查登记 tab read back through
 * the sheet reader) and the Drive reports folder, all through one request gate and the Sheets quota budgets.
 */
export function googleBureauOutputs(bureau: NonNullable<JobSettings['bureau']>, client: GoogleClientOptions, gateDeps: GateDeps): BureauOutputs {
  const clients = googleClients(client);
  const gate = new RequestGate(gateDeps);
  const budgets = sheetsBudgets();
  const spreadsheetId = bureau.dashboardSpreadsheetId;
  const writer = new GoogleDashboardWriter({ clients, gate, budgets });
  return {
    register: googleRegisterDeps({ clients, gate, budgets, spreadsheetId }),
    async writeDashboard(dashboard) {
      await writer.write(spreadsheetId, dashboard);
      return `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
    },
    reports: new DriveReportFolder(clients.drive, gate, bureau.reportsFolderId),
  };
}
