export { googleClients, type GoogleClientOptions, type GoogleClients } from './clients';
export { GoogleIssueWriter, type GoogleIssueWriterOptions } from './issue-writer';
export { QuotaBudget, sheetsBudgets, type SheetsBudgets } from './quota-budget';
export { GoogleApiError, RequestGate, type GateDeps } from './request-gate';
export { GoogleSheetSource, READ_FIELDS, type GoogleSheetSourceOptions } from './sheet-source';
export { googleSheetsAdapters, type GoogleSheetsOptions } from './google-sheets';
