import type { Roster } from '../../../../schemas';
import { deadlinesOf } from '../../core/calendar';
import { gardenCandidates, syncedMonths, type GardenAccount, type RunWindow } from '../../core/monthly-run';
import type { RuleSet } from '../../../../schemas';
import type { SnapshotOutcome } from '../../core/sync';
import type { GardenMonthStore } from '../ports/garden-month-store';
import type { SheetSyncStore } from '../ports/sheet-sync-store';
import type { CountyTables } from './read-county';

export interface MonthOutcome {
  month: string;
  outcome: SnapshotOutcome;
  version: number;
  rows: number;
  issues: number;
}

export interface GardenSync {
  gardenId: string;
  /** The sheet used, or null when the garden has none. */
  sheet: { title: string; modifiedAt: string; version: string } | null;
  account: GardenAccount | null;
  months: MonthOutcome[];
  /** True when the sheet had not changed since its snapshots were made: nothing read, nothing written. */
  reused?: boolean;
}

export interface SyncCountyDeps {
  gardenMonths: Pick<GardenMonthStore, 'applySnapshot' | 'freeze'>;
  /** Incremental sync: each garden's sheet version is recorded once its snapshots are stored. */
  sheetSyncs?: Pick<SheetSyncStore, 'record'>;
  ruleSet: RuleSet;
  now: () => string;
  progress?: (done: number, total: number, title: string) => void;
}

/**
 * Makes the stored garden-months of the window match the tables just read (idempotent: equal content makes
 * no new version), then freezes every garden-month of the roster whose cutoff has passed. After the freeze,
 * changes are only recorded as late changes.
 */
export async function syncCounty(
  deps: SyncCountyDeps, roster: Roster, county: Pick<CountyTables, 'gardens' | 'reused' | 'incremental'>, window: RunWindow,
): Promise<GardenSync[]> {
  const tables = county.gardens;
  const results: GardenSync[] = [];
  for (const [i, garden] of roster.gardens.entries()) {
    deps.progress?.(i, roster.gardens.length, garden.name);
    const reused = county.reused.get(garden.id);
    if (reused) {
      const { source, account } = reused.synced;
      results.push({ gardenId: garden.id, sheet: { title: reused.title, ...source }, account, months: [], reused: true });
      continue;
    }
    const read = tables.get(garden.id);
    if (!read) {
      results.push({ gardenId: garden.id, sheet: null, account: null, months: [] });
      continue;
    }
    const { candidates, account } = gardenCandidates({
      gardenId: garden.id, months: window.months, assessedMonth: window.month,
      rows: read.table.rows, issues: read.table.issues, skipped: read.table.skipped.length,
      source: read.sheet.source, syncedAt: deps.now(),
    });
    const months: MonthOutcome[] = [];
    for (const candidate of candidates) {
      const applied = await deps.gardenMonths.applySnapshot(candidate, { cutoff: deadlinesOf(candidate.month, deps.ruleSet).cutoff, by: 'monthly-run' });
      months.push({ month: candidate.month, outcome: applied.outcome, version: applied.version, rows: candidate.rows.length, issues: candidate.issues.length });
    }
    const { title } = read.sheet.ref;
    // Recorded after the snapshots: a crash in between only costs a re-read next time. An unusable table covers
    // no month, so every run reads (and reports) it again until it is fixed.
    if (deps.sheetSyncs && county.incremental) {
      const previous = county.incremental.synced.get(garden.id) ?? null;
      await deps.sheetSyncs.record({
        gardenId: garden.id, location: read.sheet.ref.location, title, tableGarden: read.table.garden, source: read.sheet.source,
        syncedAt: deps.now(), months: syncedMonths(previous, read.sheet.ref.location, read.sheet.source, candidates.map((c) => c.month)), account,
      });
    }
    results.push({ gardenId: garden.id, sheet: { title, ...read.sheet.source }, account, months });
  }
  // Which months close depends on `asOf`; when the freeze happened is the clock's (history is in real time).
  for (const month of window.closed) {
    for (const garden of roster.gardens) await deps.gardenMonths.freeze(garden.id, month, deps.now(), 'monthly-run');
  }
  deps.progress?.(roster.gardens.length, roster.gardens.length, '');
  return results;
}
