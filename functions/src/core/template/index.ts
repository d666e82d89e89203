export * from './model';
export { CHECK_NOTE_PREFIX } from './instructions';
export { templateRequests, characterWidthToPixels, type SheetsRequest, type TemplateSheetIds, type GridRange } from './google-requests';
export { ISSUE_LIST_HEADER, issueListRows, type IssueListRow } from './issue-list';
