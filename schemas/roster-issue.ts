import { z } from 'zod';
import { Severity } from './issue';

/** What can be wrong with a pairing table (附件2) or our roster template. Codes are stable; messages are Chinese. */
export const ROSTER_ISSUE_CODES = [
  'roster.no_header', // no row looks like either layout's header
  'roster.no_year', // the year is neither in the title nor given
  'roster.no_county', // the county is neither in the title nor given
  'roster.name_missing', // a template row with content but no 园所名称
  'roster.no_helper', // a pairing row with helped gardens but no helper
  'roster.no_helped', // a helper with no helped garden
  'roster.role_unknown', // 角色 not 帮扶园 / 被帮扶园
  'roster.kind_unknown', // 类型 not 示范园 / 农村园 / 民办园
  'roster.helper_unknown', // a helped garden names a 帮扶园 that is not in the table
  'roster.duplicate', // the same garden listed twice
  'roster.email_invalid', // 编辑账号 that is not an e-mail address
  'roster.people_unassigned', // (warning) 责任人 could not be matched one-to-one with the gardens of the row
] as const;
export const RosterIssueCode = z.enum(ROSTER_ISSUE_CODES);
export type RosterIssueCode = z.infer<typeof RosterIssueCode>;

export const RosterIssue = z.object({
  /** 1-based sheet row (0 when the issue concerns the whole table). */
  row: z.number().int().nonnegative(),
  /** A1 name of the offending cell, or empty for the whole table. */
  cell: z.string().regex(/^([A-Z]+\d+)?$/),
  column: z.string(),
  severity: Severity,
  code: RosterIssueCode,
  /** Chinese, starts with the cell when there is one: `B5：帮扶园“东苑幼儿园”在表中不存在`. */
  message: z.string().min(1),
});
export type RosterIssue = z.infer<typeof RosterIssue>;
