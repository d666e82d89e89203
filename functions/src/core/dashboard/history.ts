import { DateTime } from 'luxon';
import type { HistoryEntry } from '../../../../schemas/sync';
import { monthLabel } from '../calendar/month';
import type { LateChange } from './input';

/** One garden-month's history as the store keeps it. */
export interface GardenMonthHistory {
  gardenId: string;
  month: string;
  history: readonly HistoryEntry[];
}

/** In a teacher's words: a frozen month is one the monthly assessment has closed; the cutoff is the month's end. */
const AFTER = { frozen: '考核', after_cutoff: '截止' } as const;

/**
 * What the dashboard shows from garden-months' histories: every late change on record (with when it was seen,
 * in the county's zone — not only the ones this run saw) for 问题清单, and the garden-months the bureau granted
 * an exception for (例外) for 月度完成矩阵.
 */
export function dashboardHistory(records: readonly GardenMonthHistory[], timezone: string): {
  lateChanges: LateChange[];
  exceptions: { gardenId: string; month: string }[];
} {
  const lateChanges: LateChange[] = [];
  const exceptions: { gardenId: string; month: string }[] = [];
  for (const { gardenId, month, history } of records) {
    for (const entry of history) {
      if (entry.kind !== 'late') continue;
      const { after, added, removed } = entry.diff;
      lateChanges.push({
        gardenId, month, at: inZone(entry.at, timezone),
        detail: `${monthLabel(month)}${AFTER[entry.reason]}后又修改了计划表（修改后共${after}行，新增${added}行，删除${removed}行），修改已记录，不计入考核`,
      });
    }
    if (history.some((e) => e.kind === 'exception')) exceptions.push({ gardenId, month });
  }
  return { lateChanges, exceptions };
}

function inZone(at: string, timezone: string): string {
  const dt = DateTime.fromISO(at, { setZone: true });
  return dt.isValid ? dt.setZone(timezone).toISO({ suppressMilliseconds: true })! : at;
}
