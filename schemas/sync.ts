import { z } from 'zod';
import { GardenId, Instant, MonthKey } from './common';
import { GardenMonth, SourceVersion } from './garden-month';
import { Issue } from './issue';
import { PlanRow } from './plan-row';

/** What a sync read for one garden-month, before the store decides what to do with it. */
export const SnapshotCandidate = z.object({
  gardenId: GardenId,
  month: MonthKey,
  rows: z.array(PlanRow),
  issues: z.array(Issue),
  source: SourceVersion,
  syncedAt: Instant,
});
export type SnapshotCandidate = z.infer<typeof SnapshotCandidate>;

/** How rows changed between two versions; rows are compared by content, ignoring the sheet row they sit on. */
export const RowDiff = z.object({
  before: z.number().int().nonnegative(),
  after: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
});
export type RowDiff = z.infer<typeof RowDiff>;

/** The bureau's permission to let the next late change replace a frozen garden-month. */
export const ExceptionGrant = z.object({
  by: z.string().min(1),
  reason: z.string().min(1),
  at: Instant,
});
export type ExceptionGrant = z.infer<typeof ExceptionGrant>;

/** The newest content seen after the freeze, so an unchanged re-read is not recorded twice. */
export const LateMark = z.object({ contentHash: z.string().min(1), source: SourceVersion });
export type LateMark = z.infer<typeof LateMark>;

/** The stored garden-month document: the snapshot plus the bookkeeping of late changes and exceptions. */
export const GardenMonthDoc = GardenMonth.extend({
  lastLate: LateMark.nullable().default(null),
  exception: ExceptionGrant.nullable().default(null),
});
export type GardenMonthDoc = z.infer<typeof GardenMonthDoc>;

/** Audit: one replaced (or first) content of a garden-month, kept whole. */
export const VersionRecord = z.object({
  kind: z.literal('version'),
  version: z.number().int().positive(),
  at: Instant,
  source: SourceVersion,
  contentHash: z.string().min(1),
  rows: z.array(PlanRow),
  issues: z.array(Issue),
  diff: RowDiff,
  /** The exception this replacement used, when it replaced a frozen or past-cutoff month. */
  exception: ExceptionGrant.nullable(),
  /** Who made the sync that read it: the garden editor's email, or the job (`monthly-run`). Absent in older records. */
  by: z.string().min(1).optional(),
});
export type VersionRecord = z.infer<typeof VersionRecord>;

/** Audit: a change read after the freeze (or after the cutoff) that did not replace the snapshot. */
export const LateChangeRecord = z.object({
  kind: z.literal('late'),
  at: Instant,
  reason: z.enum(['frozen', 'after_cutoff']),
  source: SourceVersion,
  contentHash: z.string().min(1),
  rows: z.array(PlanRow),
  issues: z.array(Issue),
  diff: RowDiff,
  /** Who made the sync that read it (see VersionRecord.by). */
  by: z.string().min(1).optional(),
});
export type LateChangeRecord = z.infer<typeof LateChangeRecord>;

export const FreezeRecord = z.object({ kind: z.literal('freeze'), at: Instant, by: z.string().min(1) });
export type FreezeRecord = z.infer<typeof FreezeRecord>;

export const ExceptionRecord = z.object({ kind: z.literal('exception'), at: Instant, by: z.string().min(1), reason: z.string().min(1) });
export type ExceptionRecord = z.infer<typeof ExceptionRecord>;

/** One entry of a garden-month's history (append-only, who/when). */
export const HistoryEntry = z.discriminatedUnion('kind', [VersionRecord, LateChangeRecord, FreezeRecord, ExceptionRecord]);
export type HistoryEntry = z.infer<typeof HistoryEntry>;
