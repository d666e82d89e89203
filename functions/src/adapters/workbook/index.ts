// Local .xlsx files as a sheet source and issue writer (offline bureaus, the local demo), via exceljs.
export { dateToSerial, toCellValue } from './cell-value';
export { WorkbookError, type WorkbookErrorCode } from './errors';
export { XlsxFolderSource, xlsxRef } from './folder-source';
export { worksheetToGrid } from './grid';
export { XlsxIssueWriter } from './issue-writer';
export { bytesVersion } from './load';
export { ERROR_FILL, WARNING_FILL } from './marks';
export { readWorkbookFile, readWorkbookGrid, type ReadWorkbookOptions } from './read';
