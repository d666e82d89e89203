/**
 * Incremental sync: which sheets a run must read. Drive's `files.list` by `modifiedTime` (or a folder's file
 * times) says which sheets may have changed since the last complete sync; each sheet's version, compared with
 * the version its garden's snapshots came from, says which really did. An unchanged sheet costs no read: its
 * garden's stored snapshots are current.
 */
import type { SheetSyncDoc, SourceVersion, SyncCursorDoc } from '../../../../schemas';
import { compareInstants, parseInstant, toInstant } from '../calendar/instant';

export interface ListedSheetInfo {
  location: string;
  title: string;
  source: SourceVersion;
  /** The time the listing filtered on, when not `source.modifiedAt` (see ListedSheet). */
  changedAt?: string;
}

export type SheetPlanEntry =
  /** Read this sheet. */
  | { kind: 'read'; location: string; title: string }
  /** Unchanged since `synced`: use the stored snapshots. */
  | { kind: 'reuse'; location: string; title: string; synced: SheetSyncDoc };

/** Default safety margin: a listing starts this long before the last one's newest file (clock skew, late indexing). */
export const DEFAULT_SYNC_MARGIN_MINUTES = 10;

/** Where the next listing starts: null (list everything) when no complete sync is on record. */
export function listingSince(cursor: SyncCursorDoc | null, marginMinutes = DEFAULT_SYNC_MARGIN_MINUTES): string | null {
  if (!cursor) return null;
  return toInstant(parseInstant(cursor.highWater).minus({ minutes: marginMinutes }).toUTC());
}

const covers = (synced: SheetSyncDoc, months: readonly string[]) => months.every((m) => synced.months.includes(m));

/**
 * Which sheets to read and which to reuse. A listed sheet is reused when a garden's snapshots came from the
 * same file at the same version and already cover every month the run syncs; anything else is read. When the
 * listing was partial (`since` set), known sheets it did not list are unchanged — reused, or read when the run
 * needs a month they were never synced for — and the sheets the last run could not use are read again.
 */
export function planSheetReads(input: {
  listed: readonly ListedSheetInfo[];
  since: string | null;
  synced: readonly SheetSyncDoc[];
  pending: readonly { location: string; title: string }[];
  months: readonly string[];
}): SheetPlanEntry[] {
  const byLocation = new Map<string, SheetSyncDoc>();
  for (const doc of input.synced) {
    const known = byLocation.get(doc.location);
    if (!known || compareInstants(known.syncedAt, doc.syncedAt) < 0) byLocation.set(doc.location, doc);
  }
  const entries: SheetPlanEntry[] = [];
  const seen = new Set<string>();
  for (const sheet of input.listed) {
    seen.add(sheet.location);
    const synced = byLocation.get(sheet.location);
    const same = synced && synced.source.version === sheet.source.version && covers(synced, input.months);
    entries.push(same ? { kind: 'reuse', location: sheet.location, title: sheet.title, synced } : { kind: 'read', location: sheet.location, title: sheet.title });
  }
  if (input.since === null) return entries;
  for (const synced of byLocation.values()) {
    if (seen.has(synced.location)) continue;
    seen.add(synced.location);
    entries.push(covers(synced, input.months)
      ? { kind: 'reuse', location: synced.location, title: synced.title, synced }
      : { kind: 'read', location: synced.location, title: synced.title });
  }
  for (const p of input.pending) {
    if (seen.has(p.location)) continue;
    seen.add(p.location);
    entries.push({ kind: 'read', location: p.location, title: p.title });
  }
  return entries;
}

/**
 * The cursor after a complete sync: the newest modified time it listed (the source's clock, not ours — the
 * local stack's clock may be shifted, and Drive's is Google's), never moving back.
 */
export function advanceCursor(
  previous: SyncCursorDoc | null,
  input: { county: string; listed: readonly ListedSheetInfo[]; pending: readonly { location: string; title: string }[]; now: string },
): SyncCursorDoc | null {
  let highWater = previous?.highWater ?? null;
  for (const sheet of input.listed) {
    const at = sheet.changedAt ?? sheet.source.modifiedAt;
    if (highWater === null || compareInstants(at, highWater) > 0) highWater = at;
  }
  if (highWater === null) return null;
  return { county: input.county, highWater, updatedAt: input.now, pending: [...input.pending] };
}

/** The months a sheet's record covers after a sync of `months` from `source`: kept when the version is the same. */
export function syncedMonths(previous: SheetSyncDoc | null, location: string, source: SourceVersion, months: readonly string[]): string[] {
  const carried = previous && previous.location === location && previous.source.version === source.version ? previous.months : [];
  return [...new Set([...carried, ...months])].sort();
}
