/**
 * Fan-out of a month-close that outgrows one function invocation (540 s): at 60 Sheets reads a minute, one
 * invocation reads at most ~500 sheets; a province has thousands. The planner turns the sheets changed since
 * the last close into one work item per garden; workers sync one garden each; a finalizer assesses once.
 */
import type { Roster } from '../../../../schemas';

export interface ChangedSheet {
  /** Spreadsheet id. */
  location: string;
  modifiedAt: string;
}

export interface WorkItem {
  runKey: string;
  month: string;
  asOf: string;
  gardenId: string;
  spreadsheetId: string;
  title: string;
}

export interface FanoutPlan {
  runKey: string;
  /** One per changed garden, in roster order. */
  items: WorkItem[];
  /** Changed sheets no garden of the roster has registered: not read, reported. */
  unregistered: string[];
}

/** The run's business key: the same close (month, evaluation time) planned twice is the same run. */
export function fanoutRunKey(month: string, asOf: string): string {
  return `close:${month}@${asOf}`;
}

/**
 * One work item per garden whose registered sheet changed. Gardens whose sheets did not change need no read:
 * their snapshots are current from the syncs during the month (the sheet's 提交本月 button, earlier closes).
 */
export function planFanout(input: {
  roster: Roster; month: string; asOf: string; changed: readonly ChangedSheet[];
  /** Sheets known to be a garden's without a registration (its last sync, or its file name): location → garden id. */
  owners?: ReadonlyMap<string, string>;
}): FanoutPlan {
  const runKey = fanoutRunKey(input.month, input.asOf);
  const changed = new Set(input.changed.map((c) => c.location));
  const items: WorkItem[] = [];
  const registered = new Set<string>();
  const owned = new Map<string, string>();
  for (const [location, gardenId] of input.owners ?? []) if (changed.has(location)) owned.set(gardenId, location);
  for (const garden of input.roster.gardens) {
    const location = garden.spreadsheetId ?? owned.get(garden.id);
    if (!location) continue;
    registered.add(location);
    if (changed.has(location)) {
      items.push({ runKey, month: input.month, asOf: input.asOf, gardenId: garden.id, spreadsheetId: location, title: garden.name });
    }
  }
  const unregistered = [...changed].filter((id) => !registered.has(id)).sort();
  return { runKey, items, unregistered };
}

/**
 * Each worker instance's share of the Sheets read quota. We split the quota statically (functions deployed
 * with --max-instances) rather than keep a shared token bucket in one Firestore document: such a document
 * would take a transaction per read, ~1 write/s sustained is its limit — exactly the 60 reads/min we spend — and
 * every read would wait on a round trip. The static share never exceeds the quota; its cost is idle quota when
 * fewer instances run, which the adapter's backoff absorbs anyway if Google's windows differ from ours.
 */
export function perInstanceReadQuota(readsPerMinute: number, maxInstances: number): number {
  if (!Number.isInteger(maxInstances) || maxInstances < 1) throw new RangeError(`maxInstances must be a positive integer, got ${maxInstances}`);
  return Math.max(1, Math.floor(readsPerMinute / maxInstances));
}
