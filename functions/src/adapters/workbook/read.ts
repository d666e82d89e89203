import type { CellGrid, SourceVersion } from '../../../../schemas';
import { choosePlanSheet } from './grid';
import { fileMtime, loadWorkbook, workbookSourceVersion } from './load';

export interface ReadWorkbookOptions {
  /** Worksheet name; by default the first sheet that looks like a plan table, else the first sheet. */
  sheet?: string;
}

/** The plan table's cells from an .xlsx file or its bytes. Throws WorkbookError with a Chinese message. */
export async function readWorkbookGrid(pathOrBuffer: string | Buffer, options: ReadWorkbookOptions = {}): Promise<CellGrid> {
  const { workbook, label } = await loadWorkbook(pathOrBuffer);
  return choosePlanSheet(workbook, label, options.sheet).grid;
}

/** The plan table's cells and the file's version (content hash, last save time), from one read of the file. */
export async function readWorkbookFile(file: string, options: ReadWorkbookOptions = {}): Promise<{ grid: CellGrid; source: SourceVersion }> {
  const { workbook, bytes, label } = await loadWorkbook(file);
  const { grid } = choosePlanSheet(workbook, label, options.sheet);
  return { grid, source: workbookSourceVersion(bytes, workbook, await fileMtime(file)) };
}
