import type { RuleSet } from '../../../../schemas';
import type { FanoutWorkMessage } from '../../../../schemas/fanout';
import { deadlinesOf } from '../../core/calendar';
import { readPlanTable } from '../../core/intake';
import { gardenCandidates, runWindow, syncedMonths } from '../../core/monthly-run';
import type { GardenMonthStore } from '../ports/garden-month-store';
import { FANOUT_TOPICS, type FanoutStore, type Publisher } from '../ports/fanout';
import type { SheetSource } from '../ports/sheet-source';
import type { SheetSyncStore } from '../ports/sheet-sync-store';

export interface SyncOneDeps {
  /** Built with this instance's share of the read quota (perInstanceReadQuota). */
  sheets: Pick<SheetSource, 'read'>;
  gardenMonths: Pick<GardenMonthStore, 'applySnapshot'>;
  /** The garden's sync record, so that the finalizer's run (and the next close) does not read the sheet again. */
  sheetSyncs: Pick<SheetSyncStore, 'synced' | 'record'>;
  fanouts: FanoutStore;
  publisher: Publisher;
  ruleSet: RuleSet;
  /** The roster's year; default the close's month's (as the scheduled run reads it). */
  year?: number;
  now: () => string;
}

/**
 * A worker: syncs one garden's sheet into its garden-months for the close's window, marks the garden in, and
 * asks the finalizer to look. A redelivered message for a garden already in costs no Sheets read; one that
 * arrives after a crash between the sync and the mark re-syncs, which the store makes a no-op (same content).
 */
export async function syncOne(deps: SyncOneDeps, msg: FanoutWorkMessage): Promise<{ gardenId: string; skipped: boolean }> {
  if (await deps.fanouts.isDone(msg.runKey, msg.gardenId)) {
    await deps.publisher.publish(FANOUT_TOPICS.check, { runKey: msg.runKey });
    return { gardenId: msg.gardenId, skipped: true };
  }
  const snapshot = await deps.sheets.read({ location: msg.spreadsheetId, title: msg.title ?? msg.gardenId });
  const syncedAt = deps.now();
  const table = readPlanTable(snapshot.grid, { year: deps.year ?? Number(msg.month.slice(0, 4)), asOf: syncedAt });
  const window = runWindow(msg.month, msg.asOf, deps.ruleSet);
  const { candidates, account } = gardenCandidates({
    gardenId: msg.gardenId, months: window.months, assessedMonth: msg.month, rows: table.rows, issues: table.issues,
    skipped: table.skipped.length, source: snapshot.source, syncedAt,
  });
  const months = [];
  for (const candidate of candidates) {
    const applied = await deps.gardenMonths.applySnapshot(candidate, { cutoff: deadlinesOf(candidate.month, deps.ruleSet).cutoff, by: 'monthly-run' });
    months.push({ month: candidate.month, outcome: applied.outcome, version: applied.version });
  }
  const [previous] = await deps.sheetSyncs.synced([msg.gardenId]);
  await deps.sheetSyncs.record({
    gardenId: msg.gardenId, location: msg.spreadsheetId, title: snapshot.ref.title, tableGarden: table.garden, source: snapshot.source,
    syncedAt, months: syncedMonths(previous ?? null, msg.spreadsheetId, snapshot.source, candidates.map((c) => c.month)), account,
  });
  await deps.fanouts.markDone(msg.runKey, { gardenId: msg.gardenId, doneAt: deps.now(), months });
  await deps.publisher.publish(FANOUT_TOPICS.check, { runKey: msg.runKey });
  return { gardenId: msg.gardenId, skipped: false };
}
