import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ListedSheet, SheetRef, SheetSnapshot, SheetSource } from '../../usecases/ports/sheet-source';
import { WorkbookError, fromFsError } from './errors';
import { fileMtime, parseWorkbook, readBytes, workbookSourceVersion } from './load';
import { readWorkbookFile, type ReadWorkbookOptions } from './read';

/**
 * Gardens' plan tables as .xlsx files in one folder (offline bureaus, the local demo). A file's title is its
 * name without its extension. Old .xls/.et files are listed too, so that reading them tells the garden to save
 * as .xlsx instead of the file being silently skipped. Excel's lock files (`~$…`) and hidden files are ignored.
 */
export class XlsxFolderSource implements SheetSource {
  constructor(
    private readonly folder: string,
    private readonly options: ReadWorkbookOptions = {},
  ) {}

  async list(since: string | null): Promise<ListedSheet[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      throw fromFsError(error, this.folder);
    }
    const files = names.filter(isPlanFile).sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
    const listed: ListedSheet[] = [];
    // One file at a time: a county's folder is small, and memory stays flat.
    for (const name of files) listed.push(await this.describe(path.join(this.folder, name)));
    const after = since === null ? null : Date.parse(since);
    return listed.filter((sheet) => after === null || Date.parse(sheet.source.modifiedAt) > after);
  }

  async read(ref: SheetRef): Promise<SheetSnapshot> {
    const { grid, source } = await readWorkbookFile(ref.location, this.options);
    return { ref: { location: ref.location, title: ref.title }, grid, source };
  }

  /**
   * A file's version without failing the listing: a file that cannot be parsed is still listed (hash and
   * mtime only), so that reading it reports the problem instead of the garden silently vanishing.
   */
  private async describe(file: string): Promise<ListedSheet> {
    const ref = xlsxRef(file);
    const bytes = await readBytes(file);
    const mtime = await fileMtime(file);
    try {
      const { workbook } = await parseWorkbook(bytes, file);
      return { ...ref, source: workbookSourceVersion(bytes, workbook, mtime) };
    } catch (error) {
      if (error instanceof WorkbookError) return { ...ref, source: workbookSourceVersion(bytes, null, mtime) };
      throw error;
    }
  }
}

/** The SheetRef of an .xlsx file. */
export function xlsxRef(file: string): SheetRef {
  return { location: file, title: path.basename(file).replace(WORKBOOK_EXTENSION, '') };
}

const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xls|et)$/i;

function isPlanFile(name: string): boolean {
  return WORKBOOK_EXTENSION.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}
