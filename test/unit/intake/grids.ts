import type { CellGrid, CellValue, MergeRange } from '../../../schemas';

/** The 附件3 header, exactly as the bureau's form has it. */
export const FORM_HEADER = ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况'];

/** Our extended template's header (the five form columns, then ours). */
export const EXTENDED_HEADER = [...FORM_HEADER, '活动类型', '课时', '参与人数', '方案', '记录', '总结', '图片', '备注'];

/** A grid with a title row and a header on row 2; `body` starts on row 3. */
export function table(header: CellValue[], body: CellValue[][], options: { title?: string; merges?: MergeRange[] } = {}): CellGrid {
  return { rows: [[options.title ?? '光彩幼儿园2020年结对帮扶工作计划表'], header, ...body], merges: options.merges ?? [] };
}

/** A vertical merge over 1-based sheet rows `from..to` (inclusive) in a 0-based column. */
export function vmerge(col: number, from: number, to: number): MergeRange {
  return { startRow: from - 1, endRow: to, startCol: col, endCol: col + 1 };
}

/** A horizontal merge over a whole 1-based sheet row. */
export function hmerge(row: number, width: number): MergeRange {
  return { startRow: row - 1, endRow: row, startCol: 0, endCol: width };
}
