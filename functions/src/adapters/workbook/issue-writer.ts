import type { Issue } from '../../../../schemas';
import type { IssueWriter, SheetRef } from '../../usecases/ports/sheet-source';
import { writeFileAtomically } from '../local-files/atomic-write';
import { fromFsError, workbookError } from './errors';
import { choosePlanSheet } from './grid';
import { issueSheetRows, readIssueSheet, writeIssueSheet } from './issue-sheet';
import { loadWorkbook, readBytes } from './load';
import { applyMarks, clearMarks, currentMarks, desiredMarks } from './marks';
import type { ReadWorkbookOptions } from './read';

/**
 * Writes a garden's open issues into its own .xlsx file: a note and a light red (error) or yellow (warning)
 * fill on each offending cell, and a 问题清单 sheet; marks from earlier runs that are now fixed are removed.
 * Idempotent: when the file already shows exactly these issues it is not rewritten. The file's `modified`
 * property is kept, so our write does not look like the garden saving it.
 */
export class XlsxIssueWriter implements IssueWriter {
  constructor(private readonly options: ReadWorkbookOptions = {}) {}

  async writeIssues(ref: SheetRef, issues: readonly Issue[]): Promise<void> {
    const file = ref.location;
    const { workbook, bytes } = await loadWorkbook(file);
    const { sheet } = choosePlanSheet(workbook, file, this.options.sheet);
    const existingRows = readIssueSheet(workbook);
    const rows = issueSheetRows(issues, existingRows !== null);
    if (sameMarks(currentMarks(sheet), desiredMarks(issues)) && JSON.stringify(existingRows) === JSON.stringify(rows)) return;

    clearMarks(workbook, sheet);
    applyMarks(workbook, sheet, issues);
    writeIssueSheet(workbook, rows);
    const output = Buffer.from(await workbook.xlsx.writeBuffer());

    // The garden may have saved while we worked: never overwrite what they just typed.
    if (!(await readBytes(file)).equals(bytes)) throw workbookError('changed', file);
    await replaceFile(file, output);
  }
}

function sameMarks(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([address, text]) => b.get(address) === text);
}

async function replaceFile(file: string, bytes: Buffer): Promise<void> {
  try {
    await writeFileAtomically(file, bytes);
  } catch (error) {
    throw fromFsError(error, file);
  }
}
