import { z } from 'zod';
import { MonthKey } from './common';
import { Issue } from './issue';

/**
 * What the bound script POSTs when a garden presses 提交本月 (Authorization: Bearer <Apps Script identity token>).
 * The spreadsheet id is a claim: the server reads the caller from the verified token and accepts the id only if it is
 * the registered sheet of a garden the caller edits.
 */
export const SubmitMonthRequest = z.object({
  spreadsheetId: z.string().min(1).max(200),
  month: MonthKey,
});
export type SubmitMonthRequest = z.infer<typeof SubmitMonthRequest>;

/** The server's verdict, shown to the garden as is: `message` is Chinese and complete on its own. */
export const SubmitMonthResponse = z.object({
  ok: z.boolean(),
  message: z.string().min(1),
  month: MonthKey.optional(),
  /** Whether the month counts as reported on time under the rule set. */
  onTime: z.boolean().optional(),
  issues: z.array(Issue).default([]),
});
export type SubmitMonthResponse = z.infer<typeof SubmitMonthResponse>;
