import { z } from 'zod';
import { ACTIVITY_TYPES, ActivityType } from './activity';
import { GardenId, Instant, IsoDate, MonthKey } from './common';
import { GardenKind, GardenRole } from './roster';

/**
 * Results of the monthly and term assessments. Pure data: the core computes them, Firestore stores them,
 * the dashboard and the 通报 / 考核 reports render them. Every reason is a Chinese sentence naming the rule.
 */

/** `2020-spring`: the calendar year and a term id of the rule set. */
export const TermKey = z.string().regex(/^\d{4}-[a-z][a-z0-9]*$/, { error: '学期格式应为 YYYY-学期编号' });
export type TermKey = z.infer<typeof TermKey>;

const Count = z.number().int().nonnegative();
const Ratio = z.number().min(0).max(1);
const Score = z.number().min(0).max(100);

/** Counts per activity type, every type present (zeros included) so the shape never varies. */
export const TypeCounts = z.record(ActivityType, z.number().nonnegative());
export type TypeCounts = z.infer<typeof TypeCounts>;
export const emptyTypeCounts = (): TypeCounts =>
  Object.fromEntries(ACTIVITY_TYPES.map((t) => [t, 0])) as TypeCounts;

/** One scored item of a garden's month or term. */
export const ItemResult = z.object({
  id: z.string(),
  kind: z.enum(['count', 'timeliness', 'evidence']),
  /** Rule text, e.g. `帮扶园每月开展帮扶活动不少于3项`. */
  rule: z.string(),
  value: z.number().nonnegative(),
  /** The threshold for count items; 1 for timeliness/evidence (on time, all complete). */
  min: z.number().nonnegative(),
  unit: z.string(),
  weight: z.number().nonnegative(),
  points: z.number().nonnegative(),
  met: z.boolean(),
  gate: z.boolean(),
  /** Scored zero because a related activity was found falsified (相关项目按零分计算). */
  zeroed: z.boolean(),
});
export type ItemResult = z.infer<typeof ItemResult>;

/** An activity a spot check found falsified. */
export const FalsifiedActivity = z.object({
  row: z.number().int().positive(),
  date: IsoDate.nullable(),
  task: z.string(),
  type: ActivityType,
  spotCheckId: z.string(),
});
export type FalsifiedActivity = z.infer<typeof FalsifiedActivity>;

export const GardenMonthResult = z.object({
  gardenId: GardenId,
  name: z.string(),
  role: GardenRole,
  kind: GardenKind,
  pairId: GardenId,
  month: MonthKey,
  /** False while the month's cutoff has not passed (the garden can still report). */
  final: z.boolean(),
  reported: z.boolean(),
  reportedAt: Instant.nullable(),
  onTime: z.boolean(),
  late: z.boolean(),
  /** Done activities that count (not falsified, not dated after the evaluation time; 0 when not reported). */
  doneActivities: Count,
  byType: TypeCounts,
  /** 送教课时: class hours of the types the role's class-hours rules count (see `classHourTypes`); all typed hours are in `classHoursByType`. */
  classHours: z.number().nonnegative(),
  classHoursByType: TypeCounts,
  evidenceComplete: Count,
  evidenceRatio: Ratio,
  falsified: z.array(FalsifiedActivity),
  futureDated: Count,
  items: z.array(ItemResult),
  meetsMonthlyMinimum: z.boolean(),
  score: Score,
  reasons: z.array(z.string()),
});
export type GardenMonthResult = z.infer<typeof GardenMonthResult>;

export const PairResult = z.object({
  pairId: GardenId,
  helperId: GardenId,
  /** Helper first, then the helped gardens in the roster's order. */
  memberIds: z.array(GardenId),
  final: z.boolean(),
  passed: z.boolean(),
  failedMemberIds: z.array(GardenId),
  score: Score,
  rank: z.number().int().positive().nullable(),
  reasons: z.array(z.string()),
});
export type PairResult = z.infer<typeof PairResult>;

const RoleMonthTotals = z.object({
  gardens: Count,
  reported: Count,
  onTime: Count,
  late: Count,
  notReported: Count,
  meetingMinimum: Count,
  doneActivities: Count,
  /** 送教课时: the sum of the gardens' `classHours`. */
  classHours: z.number().nonnegative(),
  evidenceComplete: Count,
  falsified: Count,
});
export type RoleMonthTotals = z.infer<typeof RoleMonthTotals>;

/** County roll-up; every total is the sum over gardens (and over roles). Rates are over all gardens. */
export const CountyMonthSummary = RoleMonthTotals.extend({
  reportingRate: Ratio,
  onTimeRate: Ratio,
  meetingMinimumRate: Ratio,
  pairs: Count,
  pairsPassed: Count,
  pairPassRate: Ratio,
  byRole: z.object({ helper: RoleMonthTotals, helped: RoleMonthTotals }),
});
export type CountyMonthSummary = z.infer<typeof CountyMonthSummary>;

export const Deadlines = z.object({
  /** Exclusive: reported before this instant is on time (the end of the 30th, or of February's last day). */
  onTimeDeadline: Instant,
  /** Exclusive: not reported before this instant (the start of the next month) counts as no work. */
  cutoff: Instant,
});
export type Deadlines = z.infer<typeof Deadlines>;

export const AssessmentHeader = z.object({
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int().positive(),
  /** The rule set's title, shown to people instead of its id; absent in results stored before it was recorded. */
  ruleSetTitle: z.string().min(1).optional(),
  county: z.string(),
  year: z.number().int(),
  asOf: Instant,
  final: z.boolean(),
  /** Things the bureau should look at that belong to no garden (unknown gardens, unmatched spot checks). */
  notes: z.array(z.string()),
});

export const MonthAssessment = AssessmentHeader.extend({
  month: MonthKey,
  /** Null for a vacation month: nothing is assessed. */
  term: TermKey.nullable(),
  deadlines: Deadlines,
  gardens: z.array(GardenMonthResult),
  pairs: z.array(PairResult),
  summary: CountyMonthSummary,
});
export type MonthAssessment = z.infer<typeof MonthAssessment>;
