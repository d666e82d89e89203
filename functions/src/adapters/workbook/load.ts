import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { SourceVersion } from '../../../../schemas';
import { fromFsError, workbookError } from './errors';

/** A workbook parsed from bytes, with the bytes kept for hashing and change detection. */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  bytes: Buffer;
  /** The file's name for messages (the path, or `工作簿` for a buffer). */
  label: string;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: old .xls, and also any password-protected .xlsx. */
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw fromFsError(error, file);
  }
}

/** Parses .xlsx bytes; anything that is not one becomes a WorkbookError with a Chinese reason. */
export async function parseWorkbook(bytes: Buffer, label: string): Promise<LoadedWorkbook> {
  if (bytes.subarray(0, OLE2_MAGIC.length).equals(OLE2_MAGIC)) throw workbookError('legacy_xls', label);
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) throw workbookError('not_xlsx', label, notXlsxReason(label));
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings declare their own Buffer; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw workbookError('corrupt', label, undefined, error);
  }
  if (workbook.worksheets.length === 0) throw workbookError('no_sheet', label);
  return { workbook, bytes, label };
}

/** A CSV or text export is a common mix-up: say how to turn it into a workbook. */
function notXlsxReason(label: string): string | undefined {
  return /\.(csv|txt)$/i.test(label) ? '这是文本（CSV）文件，不是 Excel 工作簿；请在 WPS 或 Excel 中打开后“另存为” Excel 工作簿（*.xlsx）再试' : undefined;
}

export async function loadWorkbook(input: string | Buffer): Promise<LoadedWorkbook> {
  if (typeof input === 'string') return parseWorkbook(await readBytes(input), input);
  return parseWorkbook(input, '工作簿');
}

/** Short content hash: equal bytes, equal version. */
export function bytesVersion(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * The version of an .xlsx file: its content hash, and when it was last saved — the workbook's own `modified`
 * property (written by Excel and WPS on save, kept by our write-back) or else the file's mtime.
 */
export function workbookSourceVersion(bytes: Buffer, workbook: ExcelJS.Workbook | null, mtime: Date): SourceVersion {
  const modified = workbook ? coreModified(workbook) : null;
  return { version: bytesVersion(bytes), modifiedAt: (modified ?? mtime).toISOString() };
}

/** The `dcterms:modified` the file carried (exceljs leaves it undefined when absent), or null. */
export function coreModified(workbook: ExcelJS.Workbook): Date | null {
  const modified: unknown = workbook.modified;
  return modified instanceof Date && !Number.isNaN(modified.getTime()) ? modified : null;
}

export async function fileMtime(file: string): Promise<Date> {
  try {
    return (await stat(file)).mtime;
  } catch (error) {
    throw fromFsError(error, file);
  }
}
