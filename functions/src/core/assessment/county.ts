import type { CountyMonthSummary, GardenMonthResult, PairResult, RoleMonthTotals } from '../../../../schemas/assessment';
import { roundHours } from './activities';

/** Rates are over all gardens (or pairs) the roster expects; an empty county has rate 0, not NaN. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function roleTotals(gardens: readonly GardenMonthResult[]): RoleMonthTotals {
  const count = (f: (g: GardenMonthResult) => boolean) => gardens.filter(f).length;
  return {
    gardens: gardens.length,
    reported: count((g) => g.reported),
    onTime: count((g) => g.onTime),
    late: count((g) => g.late),
    notReported: count((g) => !g.reported),
    meetingMinimum: count((g) => g.meetsMonthlyMinimum),
    doneActivities: gardens.reduce((s, g) => s + g.doneActivities, 0),
    classHours: roundHours(gardens.reduce((s, g) => s + g.classHours, 0)),
    evidenceComplete: gardens.reduce((s, g) => s + g.evidenceComplete, 0),
    falsified: gardens.reduce((s, g) => s + g.falsified.length, 0),
  };
}

/** The county's month in numbers; totals are sums over gardens, and the two roles add up to the total. */
export function monthSummary(gardens: readonly GardenMonthResult[], pairs: readonly PairResult[]): CountyMonthSummary {
  const total = roleTotals(gardens);
  const pairsPassed = pairs.filter((p) => p.passed).length;
  return {
    ...total,
    reportingRate: rate(total.reported, total.gardens),
    onTimeRate: rate(total.onTime, total.gardens),
    meetingMinimumRate: rate(total.meetingMinimum, total.gardens),
    pairs: pairs.length,
    pairsPassed,
    pairPassRate: rate(pairsPassed, pairs.length),
    byRole: {
      helper: roleTotals(gardens.filter((g) => g.role === 'helper')),
      helped: roleTotals(gardens.filter((g) => g.role === 'helped')),
    },
  };
}
