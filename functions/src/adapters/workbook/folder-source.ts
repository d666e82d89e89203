import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ListedSheet, SheetRef, SheetSnapshot, SheetSource } from '../../usecases/ports/sheet-source';
import { WorkbookError, fromFsError } from './errors';
import { parseWorkbook, readBytes, workbookSourceVersion } from './load';
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
    const after = since === null ? null : Date.parse(since);
    const listed: ListedSheet[] = [];
    // One file at a time: a county's folder is small, and memory stays flat. Unchanged files are only stat'ed.
    for (const name of files) {
      const file = path.join(this.folder, name);
      const { mtime, changedAt } = await fileTimes(file);
      if (after !== null && changedAt.getTime() <= after) continue;
      listed.push({ ...(await this.describe(file, mtime)), changedAt: changedAt.toISOString() });
    }
    return listed;
  }

  async read(ref: SheetRef): Promise<SheetSnapshot> {
    const { grid, source } = await readWorkbookFile(ref.location, this.options);
    return { ref: { location: ref.location, title: ref.title }, grid, source };
  }

  /**
   * A file's version without failing the listing: a file that cannot be parsed is still listed (hash and
   * mtime only), so that reading it reports the problem instead of the garden silently vanishing.
   */
  private async describe(file: string, mtime: Date): Promise<ListedSheet> {
    const ref = xlsxRef(file);
    const bytes = await readBytes(file);
    try {
      const { workbook } = await parseWorkbook(bytes, file);
      return { ...ref, source: workbookSourceVersion(bytes, workbook, mtime) };
    } catch (error) {
      if (error instanceof WorkbookError) return { ...ref, source: workbookSourceVersion(bytes, null, mtime) };
      throw error;
    }
  }
}

/**
 * When a file last changed, for list(since): the later of its mtime and ctime. A file copied in with its old
 * mtime kept (cp -p, unzip, a USB stick) still gets a new ctime, which no one can set back.
 */
async function fileTimes(file: string): Promise<{ mtime: Date; changedAt: Date }> {
  try {
    const st = await stat(file);
    return { mtime: st.mtime, changedAt: st.ctimeMs > st.mtimeMs ? st.ctime : st.mtime };
  } catch (error) {
    throw fromFsError(error, file);
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
