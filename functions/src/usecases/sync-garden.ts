import type { Issue, RuleSet } from '../../../schemas';
import { deadlinesOf, localDateOf } from '../core/calendar';
import { readPlanTable } from '../core/intake';
import { gardenCandidates, syncedMonths, unusableTable } from '../core/monthly-run';
import { placeUnplaced, splitByMonth } from '../core/sync/month-candidates';
import type { SnapshotOutcome } from '../core/sync';
import { UseCaseFailure } from './errors';
import type { GardenMonthStore } from './ports/garden-month-store';
import type { RosterStore } from './ports/roster-store';
import type { SheetSyncStore } from './ports/sheet-sync-store';
import type { IssueWriter, SheetSource } from './ports/sheet-source';

export interface SyncGardenDeps {
  rosters: Pick<RosterStore, 'getGarden'>;
  sheets: Pick<SheetSource, 'read'>;
  issueWriter: IssueWriter;
  gardenMonths: Pick<GardenMonthStore, 'applySnapshot' | 'get'>;
  /** Incremental sync: records the version synced, so the month-close does not read this sheet again. */
  sheetSyncs?: Pick<SheetSyncStore, 'synced' | 'record'>;
  /** Month cutoffs: a change read after a month's cutoff is recorded as a late change, not a replacement. */
  ruleSet: Pick<RuleSet, 'timezone' | 'deadlines'>;
  now: () => string;
}

export interface MonthSync {
  month: string;
  outcome: SnapshotOutcome;
  version: number;
  rows: number;
  issues: number;
}

/** Shaped like SubmitMonthResponse (schemas/submission.ts), which the sheet's 提交本月 button reads. */
export interface SyncGardenResult {
  ok: true;
  /** One paragraph for the garden, in Chinese. */
  message: string;
  /** Every open issue of the table (also written onto the sheet). */
  issues: Issue[];
  gardenId: string;
  months: MonthSync[];
  errors: number;
  warnings: number;
}

/**
 * Re-reads one garden's registered sheet and makes the stored garden-months match it: every month with
 * rows gets a snapshot; a stored month whose rows were all deleted is replaced by an empty one. Then the
 * issues go back onto the sheet. Idempotent: a re-run with an unchanged sheet changes nothing.
 */
export async function syncGarden(deps: SyncGardenDeps, input: { gardenId: string; by?: string }): Promise<SyncGardenResult> {
  const garden = await deps.rosters.getGarden(input.gardenId);
  if (!garden) throw new UseCaseFailure('not_found', '该园所尚未登记，请联系教育局基教股。', { gardenId: input.gardenId });
  if (!garden.spreadsheetId) {
    throw new UseCaseFailure('not_found', `“${garden.name}”尚未登记填报表格，请联系教育局基教股。`, { gardenId: garden.id });
  }
  const ref = { location: garden.spreadsheetId, title: garden.name };
  const snapshot = await deps.sheets.read(ref);
  const syncedAt = deps.now();
  const table = readPlanTable(snapshot.grid, { year: garden.year, asOf: syncedAt });
  // A table unusable as a whole (no header, no year) holds no rows because it cannot be read, not because the
  // garden deleted them: its issue goes back to the sheet, and no stored month is touched.
  const unusable = unusableTable(table.rows, table.issues);
  const split = splitByMonth(garden.id, table.rows, table.issues, snapshot.source, syncedAt);

  // Issues no row's month can hold (an unreadable 月份) are kept with the month being synced, as the monthly
  // run keeps them with the month it assesses: every rejected row stays on record.
  const currentMonth = localDateOf(syncedAt, deps.ruleSet.timezone).slice(0, 7);
  const candidates = unusable ? [] : placeUnplaced(split.candidates, split.unplaced, currentMonth, { gardenId: garden.id, source: snapshot.source, syncedAt });
  for (const month of unusable ? [] : monthsOfYear(garden.year)) {
    if (candidates.some((c) => c.month === month)) continue;
    // Only months already stored: an empty month that was never reported stays absent (not "reported nothing").
    if (await deps.gardenMonths.get(garden.id, month)) {
      candidates.push({ gardenId: garden.id, month, rows: [], issues: [], source: snapshot.source, syncedAt });
    }
  }
  const months: MonthSync[] = [];
  for (const candidate of candidates.sort((a, b) => a.month.localeCompare(b.month))) {
    const applied = await deps.gardenMonths.applySnapshot(candidate, { cutoff: deadlinesOf(candidate.month, deps.ruleSet).cutoff, by: input.by });
    months.push({ month: candidate.month, outcome: applied.outcome, version: applied.version, rows: candidate.rows.length, issues: candidate.issues.length });
  }
  if (deps.sheetSyncs) {
    const synced = months.map((m) => m.month);
    const [previous] = await deps.sheetSyncs.synced([garden.id]);
    const { account } = gardenCandidates({
      gardenId: garden.id, months: synced, assessedMonth: synced[synced.length - 1] ?? '', rows: table.rows, issues: table.issues,
      skipped: table.skipped.length, source: snapshot.source, syncedAt,
    });
    await deps.sheetSyncs.record({
      gardenId: garden.id, location: ref.location, title: garden.name, tableGarden: table.garden, source: snapshot.source, syncedAt,
      months: syncedMonths(previous ?? null, ref.location, snapshot.source, synced), account,
    });
  }
  await deps.issueWriter.writeIssues(ref, table.issues);
  const errors = table.issues.filter((i) => i.severity === 'error').length;
  return {
    ok: true,
    message: unusable ? `“${garden.name}”的表格无法读取，已保存的各月数据未改动：${unusable.message}` : summarise(garden.name, months, table.issues),
    issues: table.issues,
    gardenId: garden.id,
    months,
    errors,
    warnings: table.issues.length - errors,
  };
}

function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

const OUTCOME_WORDS: Record<SnapshotOutcome, string> = {
  created: '已接收',
  replaced: '已更新',
  unchanged: '无变化',
  stale: '表格版本较旧，未覆盖',
  late: '已过截止时间，修改已记录为逾期修改',
};

function summarise(name: string, months: readonly MonthSync[], issues: readonly Issue[]): string {
  const lines = months.map((m) => `${Number(m.month.slice(5))}月：${m.rows} 条活动，${OUTCOME_WORDS[m.outcome]}`);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const head = months.length > 0 ? `“${name}”同步完成。${lines.join('；')}。` : `“${name}”的表格中没有可接收的活动。`;
  if (issues.length === 0) return `${head}未发现问题。`;
  const found = [errors > 0 ? `${errors} 处错误` : '', warnings > 0 ? `${warnings} 处提醒` : ''].filter(Boolean).join('、');
  return `${head}发现${found}，已在表格中标注，请修改后重新同步。`;
}
