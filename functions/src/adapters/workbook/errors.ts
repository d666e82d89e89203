import path from 'node:path';

export type WorkbookErrorCode =
  | 'not_found' // no such file
  | 'directory' // a folder was given where a file is needed
  | 'unreadable' // the OS refused to read or write it
  | 'legacy_xls' // old binary .xls (or a password-protected workbook: same container)
  | 'not_xlsx' // not a zip at all: CSV, HTML, a renamed document…
  | 'corrupt' // a zip that exceljs cannot read as a workbook
  | 'no_sheet' // the named worksheet is missing, or the workbook has none
  | 'changed'; // the file changed while issues were being written back

/** A workbook file that cannot be used, with a Chinese message fit to show the user as is. */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const REASONS: Record<WorkbookErrorCode, string> = {
  not_found: '文件不存在',
  directory: '这是一个文件夹，请给出计划表文件（.xlsx）本身',
  unreadable: '没有读写权限，或文件正被其他程序占用',
  legacy_xls: '这是旧版 Excel（.xls）格式或设置了打开密码的工作簿，请在 WPS 或 Excel 中“另存为” Excel 工作簿（*.xlsx）且不设密码后再试',
  not_xlsx: '不是有效的 Excel 工作簿（.xlsx）',
  corrupt: '文件已损坏，不是有效的 Excel 工作簿',
  no_sheet: '工作簿中没有可读取的工作表',
  changed: '写回检查结果时文件被修改了，为避免覆盖刚保存的内容，本次未写入，请稍后重试',
};

export function workbookError(code: WorkbookErrorCode, file: string, detail?: string, cause?: unknown): WorkbookError {
  const verb = code === 'changed' ? '无法写入文件' : '无法读取文件';
  return new WorkbookError(code, `${verb}“${path.basename(file)}”：${detail ?? REASONS[code]}`, file, { cause });
}

/** Maps a file-system error to a WorkbookError; anything else is a bug and is rethrown as is. */
export function fromFsError(error: unknown, file: string): WorkbookError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return workbookError('not_found', file, undefined, error);
  if (code === 'EISDIR') return workbookError('directory', file, undefined, error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') {
    return workbookError('unreadable', file, undefined, error);
  }
  throw error;
}
