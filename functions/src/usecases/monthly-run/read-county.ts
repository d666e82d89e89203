import type { Roster, SheetSyncDoc, SyncCursorDoc } from '../../../../schemas';
import { readPlanTable, type PlanTable } from '../../core/intake';
import { assignSheets, listingSince, planSheetReads, type ListedSheetInfo, type SheetProblem } from '../../core/monthly-run';
import type { SheetSnapshot, SheetSource } from '../ports/sheet-source';
import type { SheetSyncStore } from '../ports/sheet-sync-store';

export interface ReadGarden {
  gardenId: string;
  sheet: SheetSnapshot;
  table: PlanTable;
}

/** A garden whose sheet has not changed since its snapshots were made: nothing read, the stored snapshots stand. */
export interface ReusedGarden {
  gardenId: string;
  title: string;
  synced: SheetSyncDoc;
}

export interface UnreadableSheet {
  title: string;
  location: string;
  /** Chinese, from the adapter. */
  message: string;
}

export interface ReadCountyDeps {
  source: SheetSource;
  /** The user-facing reason when `error` means "this one sheet cannot be read"; null for outages (rethrown). */
  describeUnreadable: (error: unknown) => string | null;
  progress?: (done: number, total: number, title: string) => void;
  /** Incremental sync (list since the last sync, read only changed versions); absent: every sheet is read. */
  sheetSyncs?: SheetSyncStore;
  /** How far before the last sync's newest file the listing starts (default DEFAULT_SYNC_MARGIN_MINUTES). */
  syncMarginMinutes?: number;
}

export interface ReadCountyOptions {
  asOf: string;
  /** The months the run syncs: a sheet is reused only when its snapshots cover them all. */
  months: readonly string[];
  /** Read no sheet (the fan-out finalizer: workers read them); sheets that would need a read are `notRead`. */
  readNothing?: boolean;
}

export interface CountyTables {
  gardens: Map<string, ReadGarden>;
  reused: Map<string, ReusedGarden>;
  problems: SheetProblem[];
  unreadable: UnreadableSheet[];
  notRead: { location: string; title: string }[];
  /** What the incremental bookkeeping needs after the sync (null when the run is not incremental). */
  incremental: { cursor: SyncCursorDoc | null; listed: ListedSheetInfo[]; synced: Map<string, SheetSyncDoc>; pending: { location: string; title: string }[] } | null;
}

/**
 * Which sheets a run over `months` must read (the rest are reused): the listing since the cursor, compared with
 * the gardens' sync records. Costs Drive listing only. The fan-out planner sizes the close with it.
 */
export async function planCountyReads(deps: Pick<ReadCountyDeps, 'source' | 'sheetSyncs' | 'syncMarginMinutes'>, roster: Roster, months: readonly string[]) {
  const syncs = deps.sheetSyncs;
  const cursor = syncs ? await syncs.cursor(roster.county) : null;
  const synced = syncs ? await syncs.synced(roster.gardens.map((g) => g.id)) : [];
  const since = syncs ? listingSince(cursor, deps.syncMarginMinutes) : null;
  const listed = await deps.source.list(since);
  const plan = planSheetReads({ listed, since, synced, pending: cursor?.pending ?? [], months });
  return { cursor, synced, since, listed, plan };
}

/**
 * Reads every plan table that changed (every one the source lists, without incremental sync), once each, and
 * decides whose it is. A sheet that cannot be read is reported by name; an outage (anything the adapter does not
 * call unreadable) fails the whole run, because assessing with a garden silently missing would fail it unjustly.
 */
export async function readCounty(deps: ReadCountyDeps, roster: Roster, options: ReadCountyOptions): Promise<CountyTables> {
  const syncs = deps.sheetSyncs;
  const { cursor, synced, listed, plan } = await planCountyReads(deps, roster, options.months);
  const toRead = options.readNothing ? [] : plan.filter((e) => e.kind === 'read');
  const notRead = options.readNothing ? plan.filter((e) => e.kind === 'read').map(({ location, title }) => ({ location, title })) : [];

  type Used = { location: string; title: string; tableGarden: string | null; modifiedAt: string; read?: { sheet: SheetSnapshot; table: PlanTable }; synced?: SheetSyncDoc };
  const used: Used[] = [];
  const unreadable: UnreadableSheet[] = [];
  for (const [i, ref] of toRead.entries()) {
    deps.progress?.(i, toRead.length, ref.title);
    try {
      const sheet = await deps.source.read({ location: ref.location, title: ref.title });
      const table = readPlanTable(sheet.grid, { year: roster.year, asOf: options.asOf });
      used.push({ location: ref.location, title: sheet.ref.title, tableGarden: table.garden, modifiedAt: sheet.source.modifiedAt, read: { sheet, table } });
    } catch (error) {
      const message = deps.describeUnreadable(error);
      if (message === null) throw error;
      unreadable.push({ title: ref.title, location: ref.location, message });
    }
  }
  deps.progress?.(toRead.length, toRead.length, '');
  for (const e of plan) {
    if (e.kind === 'reuse') used.push({ location: e.location, title: e.title, tableGarden: e.synced.tableGarden, modifiedAt: e.synced.source.modifiedAt, synced: e.synced });
  }
  const assignment = assignSheets(used, roster);
  const gardens = new Map<string, ReadGarden>();
  const reused = new Map<string, ReusedGarden>();
  const assigned = new Set<number>();
  const mismatched: { gardenId: string; index: number }[] = [];
  for (const [gardenId, index] of assignment.byGarden) {
    assigned.add(index);
    const u = used[index];
    if (u.read) gardens.set(gardenId, { gardenId, ...u.read });
    else if (u.synced!.gardenId === gardenId) reused.set(gardenId, { gardenId, title: u.title, synced: u.synced! });
    else mismatched.push({ gardenId, index }); // the roster now gives the sheet to another garden: its snapshots are not this one's
  }
  if (options.readNothing) notRead.push(...mismatched.map(({ index }) => ({ location: used[index].location, title: used[index].title })));
  for (const { gardenId, index } of options.readNothing ? [] : mismatched) {
    const u = used[index];
    try {
      const sheet = await deps.source.read({ location: u.location, title: u.title });
      gardens.set(gardenId, { gardenId, sheet, table: readPlanTable(sheet.grid, { year: roster.year, asOf: options.asOf }) });
    } catch (error) {
      const message = deps.describeUnreadable(error);
      if (message === null) throw error;
      unreadable.push({ title: u.title, location: u.location, message });
    }
  }
  const pending = [
    ...used.filter((_, i) => !assigned.has(i)).map(({ location, title }) => ({ location, title })),
    ...unreadable.map(({ location, title }) => ({ location, title })),
    ...notRead,
  ];
  return {
    gardens, reused, problems: assignment.problems, unreadable, notRead,
    incremental: syncs ? { cursor, listed, synced: new Map(synced.map((d) => [d.gardenId, d])), pending } : null,
  };
}
