import type {
  GardenMonth,
  GardenMonthDoc,
  LateChangeRecord,
  SnapshotCandidate,
  SourceVersion,
  VersionRecord,
} from '../../../../schemas';
import { contentHash } from './canonical';
import { firstReportedAtAfter } from './reported';
import { diffRows } from './row-diff';
import { isAfter, isOlderSource } from './source-order';

export interface SyncContext {
  /** The month's deadline: a change whose source was modified after it cannot replace an existing snapshot. */
  cutoff?: string;
  /** The caller holds the bureau's permission to replace a frozen or past-cutoff month (see also stored grants). */
  exception?: boolean;
  /** Who is syncing (an editor's email, or the job's name), kept in the history record this write appends. */
  by?: string;
}

export type SnapshotOutcome = 'created' | 'replaced' | 'unchanged' | 'stale' | 'late';

/** What the store must do with a candidate; applied as a whole inside one transaction. */
export interface SnapshotDecision {
  outcome: SnapshotOutcome;
  contentHash: string;
  /** The snapshot's version after the decision. */
  version: number;
  /** The whole garden-month document to write, or null to leave it untouched. */
  write: GardenMonthDoc | null;
  /** The audit record to append, or null. */
  append: VersionRecord | LateChangeRecord | null;
}

/** A stored garden-month; the bookkeeping fields are optional so a bare snapshot is accepted too. */
export type ExistingGardenMonth = GardenMonth & Partial<Pick<GardenMonthDoc, 'lastLate' | 'exception'>>;

/**
 * Decides how a freshly read garden-month meets the stored one. Order matters: an older source never wins,
 * equal content never makes a version, a frozen month only records late changes unless the bureau allowed one.
 */
export function planSnapshotWrite(
  existing: ExistingGardenMonth | null,
  candidate: SnapshotCandidate,
  ctx: SyncContext = {},
): SnapshotDecision {
  const hash = contentHash(candidate.rows, candidate.issues);
  if (!existing) return replace(null, candidate, hash, null, false, ctx.by);

  const current = { lastLate: existing.lastLate ?? null, exception: existing.exception ?? null };
  const latest = current.lastLate ?? { contentHash: existing.contentHash, source: existing.source };
  const unchanged = (write: GardenMonthDoc | null, outcome: SnapshotOutcome = 'unchanged'): SnapshotDecision => (
    { outcome, contentHash: hash, version: existing.version, write, append: null });

  if (isOlderSource(candidate.source, latest.source)) return unchanged(null, 'stale');

  const frozen = existing.frozenAt !== null;
  const pastCutoff = ctx.cutoff !== undefined && isAfter(candidate.source.modifiedAt, ctx.cutoff);
  const allowed = ctx.exception === true || current.exception !== null;
  const doc: GardenMonthDoc = { ...existing, ...current };

  if ((frozen || pastCutoff) && !allowed) {
    if (hash === latest.contentHash) return unchanged(advanceSource(doc, latest.source, candidate));
    const late: LateChangeRecord = {
      kind: 'late',
      at: candidate.syncedAt,
      reason: frozen ? 'frozen' : 'after_cutoff',
      source: candidate.source,
      contentHash: hash,
      rows: candidate.rows,
      issues: candidate.issues,
      diff: diffRows(existing.rows, candidate.rows),
      ...(ctx.by ? { by: ctx.by } : {}),
    };
    return {
      outcome: 'late',
      contentHash: hash,
      version: existing.version,
      write: { ...doc, lastLate: { contentHash: hash, source: candidate.source } },
      append: late,
    };
  }
  if (hash === existing.contentHash) return unchanged(advanceSource(doc, existing.source, candidate));
  const usedGrant = frozen || pastCutoff;
  return replace(doc, candidate, hash, usedGrant ? current.exception : null, usedGrant, ctx.by);
}

function replace(
  existing: GardenMonthDoc | null,
  candidate: SnapshotCandidate,
  hash: string,
  grant: GardenMonthDoc['exception'],
  consumesGrant = false,
  by?: string,
): SnapshotDecision {
  const version = (existing?.version ?? 0) + 1;
  const firstReportedAt = firstReportedAtAfter(existing?.firstReportedAt, candidate.rows, candidate.source.modifiedAt);
  const write: GardenMonthDoc = {
    gardenId: candidate.gardenId,
    month: candidate.month,
    rows: candidate.rows,
    issues: candidate.issues,
    contentHash: hash,
    source: candidate.source,
    version,
    firstReportedAt,
    syncedAt: candidate.syncedAt,
    frozenAt: existing?.frozenAt ?? null,
    lastLate: null,
    exception: consumesGrant ? null : (existing?.exception ?? null),
  };
  const append: VersionRecord = {
    kind: 'version',
    version,
    at: candidate.syncedAt,
    source: candidate.source,
    contentHash: hash,
    rows: candidate.rows,
    issues: candidate.issues,
    diff: diffRows(existing?.rows ?? [], candidate.rows),
    exception: grant,
    ...(by ? { by } : {}),
  };
  return { outcome: existing ? 'replaced' : 'created', contentHash: hash, version, write, append };
}

/**
 * Same content from a newer source version: no new version, but remember the newer source so that an
 * in-between version read late (an out-of-order sync) is recognised as stale instead of replacing this one.
 */
function advanceSource(doc: GardenMonthDoc, seen: SourceVersion, candidate: SnapshotCandidate): GardenMonthDoc | null {
  if (!isOlderSource(seen, candidate.source)) return null;
  if (doc.lastLate) return { ...doc, lastLate: { ...doc.lastLate, source: candidate.source } };
  return { ...doc, source: candidate.source, syncedAt: candidate.syncedAt };
}
