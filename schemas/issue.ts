import { z } from 'zod';
import { MonthKey } from './common';

/** What can be wrong with a plan table. Codes are stable (tests and the dashboard key on them); messages are Chinese. */
export const ISSUE_CODES = [
  'table.no_header', // no row looks like the plan table's header
  'table.no_year', // the year is neither in the title nor given
  'month.missing', // an activity row with no month (and none merged or carried from above)
  'month.unknown', // 13月, 十三, garbage
  'date.invalid', // text that is not a date at all
  'date.impossible', // 6月31日, 2月30日
  'date.outside_month', // a date in another month than the row's 月份
  'date.future', // (warning) a done activity dated after the evaluation time
  'date.ambiguous', // (warning) a date kept as the number 3.1, which may have been typed 3.10
  'task.missing', // a row with details but no task text
  'person.missing', // a done activity with no 负责人
  'status.unknown', // a 完成情况 word we cannot read
  'type.unknown', // an 活动类型 that is not in the list
  'number.invalid', // 课时 / 参与人数 not a non-negative number
  'evidence.missing', // (warning) a done activity lacking 方案/记录/总结/图片
  'evidence.reused', // (warning) the same evidence link used for different activities
  'child.name', // (warning) text that looks like a child's name in an aid record
  'cell.formula_error', // #REF!, #VALUE! and friends in a cell we need
] as const;
export const IssueCode = z.enum(ISSUE_CODES);
export type IssueCode = z.infer<typeof IssueCode>;

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const Issue = z.object({
  /** 1-based sheet row. */
  row: z.number().int().positive(),
  /**
   * Set when one value rejects a block of rows: a 月份 merged over A3:A5, or typed once in A3 and carried down,
   * is one issue at A3 with `lastRow` 5, standing for every non-empty row from `row` to `lastRow` (1-based,
   * inclusive). Absent for an issue about its own row only.
   */
  lastRow: z.number().int().positive().optional(),
  /** A1 name of the offending cell, e.g. `B7` (for a block, its first cell). */
  cell: z.string().regex(/^[A-Z]+\d+$/),
  /** Header of the offending column as the garden sees it, e.g. `帮扶时间`. */
  column: z.string(),
  severity: Severity,
  code: IssueCode,
  /** Chinese, starts with the cell: `B7：日期“6月31日”不存在`. */
  message: z.string().min(1),
  /**
   * The month of the row the issue is on, when intake could tell (also for a rejected row: 四月 block with
   * “4月31日” → 2020-04). Absent for table-wide issues and rows whose month or year cannot be read. Only
   * set on a table's issue list: a garden-month snapshot's issues leave it out (the snapshot names the month).
   */
  month: MonthKey.optional(),
});
export type Issue = z.infer<typeof Issue>;

/** The garden's words for the two severities. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '提醒' };

/** The tab listing a garden's open issues, in its Google sheet and its .xlsx file alike. */
export const ISSUE_LIST_SHEET = '问题清单';

/**
 * The 问题清单 tab's columns in order, in the Google sheet and the .xlsx alike: the Issue field each shows (severity
 * as its label) and its width in characters (set in the .xlsx).
 */
export const ISSUE_LIST_COLUMNS: ReadonlyArray<{ header: string; field: 'row' | 'cell' | 'column' | 'severity' | 'message'; width: number }> = [
  { header: '行号', field: 'row', width: 6 },
  { header: '单元格', field: 'cell', width: 8 },
  { header: '栏目', field: 'column', width: 12 },
  { header: '级别', field: 'severity', width: 6 },
  { header: '问题说明', field: 'message', width: 60 },
];
