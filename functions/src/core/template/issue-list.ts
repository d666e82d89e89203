import { ISSUE_LIST_COLUMNS, SEVERITY_LABELS, type Issue } from '../../../../schemas';
import { compareIssues } from '../intake';

export type IssueListRow = (string | number)[];

export const ISSUE_LIST_HEADER: readonly string[] = ISSUE_LIST_COLUMNS.map((c) => c.header);

/** The 问题清单 tab's rows: the header, then one row per issue by row and column (then code, so ties are stable). */
export function issueListRows(issues: readonly Issue[]): IssueListRow[] {
  const sorted = [...issues].sort((a, b) => compareIssues(a, b) || a.code.localeCompare(b.code));
  return [[...ISSUE_LIST_HEADER], ...sorted.map((issue) => ISSUE_LIST_COLUMNS.map((c) => (c.field === 'severity' ? SEVERITY_LABELS[issue.severity] : issue[c.field])))];
}
