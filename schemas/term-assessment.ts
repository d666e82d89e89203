import { z } from 'zod';
import { AssessmentHeader, ItemResult, PairResult, TermKey, TypeCounts } from './assessment';
import { GardenId, MonthKey } from './common';
import { GardenKind, GardenRole } from './roster';

/** Results of the term (semester) assessment: 分学期进行考核. */

const Count = z.number().int().nonnegative();
const Ratio = z.number().min(0).max(1);
const Score = z.number().min(0).max(100);

export const GardenTermMonth = z.object({
  month: MonthKey,
  final: z.boolean(),
  reported: z.boolean(),
  onTime: z.boolean(),
  meetsMonthlyMinimum: z.boolean(),
  score: Score,
});
export type GardenTermMonth = z.infer<typeof GardenTermMonth>;

export const GardenTermResult = z.object({
  gardenId: GardenId,
  name: z.string(),
  role: GardenRole,
  kind: GardenKind,
  pairId: GardenId,
  term: TermKey,
  final: z.boolean(),
  schoolMonths: Count,
  monthsReported: Count,
  monthsOnTime: Count,
  monthsLate: Count,
  monthsMet: Count,
  onTimeRate: Ratio,
  monthsMetRate: Ratio,
  monthlyAverage: Score,
  doneActivities: Count,
  byType: TypeCounts,
  /** 送教课时: class hours of the types the role's class-hours rules count (see `classHourTypes`); all typed hours are in `classHoursByType`. */
  classHours: z.number().nonnegative(),
  classHoursByType: TypeCounts,
  falsified: Count,
  items: z.array(ItemResult),
  passed: z.boolean(),
  score: Score,
  /** Rank among gardens of the same role (1 = best; ties share a rank). */
  rank: z.number().int().positive(),
  months: z.array(GardenTermMonth),
  reasons: z.array(z.string()),
});
export type GardenTermResult = z.infer<typeof GardenTermResult>;

export const CountyTermSummary = z.object({
  gardens: Count,
  gardensPassed: Count,
  pairs: Count,
  pairsPassed: Count,
  /** Garden-months due in the term (gardens × school months). */
  monthsDue: Count,
  monthsReported: Count,
  monthsOnTime: Count,
  monthsMet: Count,
  reportingRate: Ratio,
  onTimeRate: Ratio,
  doneActivities: Count,
  /** 送教课时: the sum of the gardens' `classHours`. */
  classHours: z.number().nonnegative(),
  falsified: Count,
});
export type CountyTermSummary = z.infer<typeof CountyTermSummary>;

export const TermAssessment = AssessmentHeader.extend({
  term: TermKey,
  termLabel: z.string(),
  months: z.array(MonthKey),
  gardens: z.array(GardenTermResult),
  pairs: z.array(PairResult),
  summary: CountyTermSummary,
});
export type TermAssessment = z.infer<typeof TermAssessment>;
