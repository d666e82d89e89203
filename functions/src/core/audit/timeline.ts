/**
 * A garden-month's audit trail as one time-ordered list of lines a person reads: every version, late change,
 * freeze, exception grant and spot-check verdict, with who and when. Pure: the records come in, lines go out.
 */
import { DateTime } from 'luxon';
import { SPOT_CHECK_VERDICT_LABELS, type AuditEntry, type HistoryEntry, type SpotCheck } from '../../../../schemas';

export interface AuditLine {
  /** ISO instant the line is ordered by. */
  at: string;
  kind: HistoryEntry['kind'] | 'spot_check' | 'action';
  /** Chinese: what happened. */
  what: string;
  /** Email, job name, or the sheet version when the record predates the `by` field. */
  who: string;
  version: number | null;
  /** First 8 hex digits of the content hash, for the version and late-change lines. */
  hash: string | null;
}

export interface TimelineInput {
  history: readonly HistoryEntry[];
  spotChecks: readonly (SpotCheck & { recordedAt?: string })[];
  /** Other audit-log entries about this garden-month (subject `garden:<id>/<month>`). */
  actions?: readonly AuditEntry[];
}

const LATE_REASON = { frozen: '已冻结', after_cutoff: '已过截止时间' } as const;

function describeHistory(entry: HistoryEntry, version: number | null): AuditLine {
  switch (entry.kind) {
    case 'version': {
      const { diff } = entry;
      const grant = entry.exception ? `，使用${entry.exception.by}的特批` : '';
      return {
        at: entry.at, kind: 'version', version: entry.version, hash: entry.contentHash.slice(0, 8),
        who: entry.by ?? `表格版本 ${entry.source.version}`,
        what: `${entry.version === 1 ? '首次报送' : '更新'}：${diff.after} 条活动（新增 ${diff.added}，删除 ${diff.removed}），${entry.issues.length} 个问题${grant}`,
      };
    }
    case 'late':
      return {
        at: entry.at, kind: 'late', version, hash: entry.contentHash.slice(0, 8), who: entry.by ?? `表格版本 ${entry.source.version}`,
        what: `逾期修改（${LATE_REASON[entry.reason]}，未覆盖）：${entry.diff.after} 条活动（新增 ${entry.diff.added}，删除 ${entry.diff.removed}）`,
      };
    case 'freeze':
      return { at: entry.at, kind: 'freeze', version, hash: null, who: entry.by, what: '截止冻结：此后的修改只记录为逾期修改' };
    case 'exception':
      return { at: entry.at, kind: 'exception', version, hash: null, who: entry.by, what: `特批逾期修改：${entry.reason}` };
  }
}

function describeCheck(check: SpotCheck): AuditLine {
  const { row, date, task } = check.activity;
  const target = [row !== undefined ? `第${row}行` : '', date ?? '', task ?? ''].filter(Boolean).join(' ');
  const note = check.note ? `；${check.note}` : '';
  return {
    at: check.checkedAt, kind: 'spot_check', version: null, hash: null, who: check.checkedBy,
    what: `抽查结论：${SPOT_CHECK_VERDICT_LABELS[check.verdict]}（${target}）${note}`,
  };
}

function describeAction(entry: AuditEntry): AuditLine {
  return { at: entry.at, kind: 'action', version: null, hash: null, who: entry.actor, what: entry.action };
}

/** All records in time order; a freeze/exception/late line carries the version that was current then. */
export function gardenMonthTimeline(input: TimelineInput): AuditLine[] {
  const lines: AuditLine[] = [];
  let current: number | null = null;
  // History comes sorted by the store (version before what happened to it at the same instant).
  for (const entry of input.history) {
    if (entry.kind === 'version') current = entry.version;
    lines.push(describeHistory(entry, current));
  }
  lines.push(...input.spotChecks.map(describeCheck), ...(input.actions ?? []).map(describeAction));
  // Stable: records at the same instant keep the order above.
  return lines
    .map((line, i) => ({ line, i, t: Date.parse(line.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.line);
}

/** `2020-05-31 18:00` in the bureau's zone. */
export function localTime(at: string, zone = 'Asia/Shanghai'): string {
  const dt = DateTime.fromISO(at, { setZone: true });
  return dt.isValid ? dt.setZone(zone).toFormat('yyyy-MM-dd HH:mm') : at;
}
