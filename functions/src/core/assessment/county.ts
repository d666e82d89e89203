import type { CountyMonthSummary, GardenMonthResult, PairResult, RoleMonthTotals } from '../../../../schemas/assessment';
import type { GardenRole } from '../../../../schemas/roster';
import type { CountyTermSummary, GardenTermResult } from '../../../../schemas/term-assessment';
import { roundHours } from './activities';

/** Rates are over all gardens (or pairs) the roster expects; an empty county has rate 0, not NaN. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function roleTotals(gardens: readonly GardenMonthResult[], role: GardenRole | null): RoleMonthTotals {
  const t: RoleMonthTotals = {
    gardens: 0, reported: 0, onTime: 0, late: 0, notReported: 0, meetingMinimum: 0,
    doneActivities: 0, classHours: 0, evidenceComplete: 0, falsified: 0,
  };
  for (let i = 0; i < gardens.length; i++) {
    const g = gardens[i];
    if (role !== null && g.role !== role) continue;
    t.gardens += 1;
    if (g.reported) t.reported += 1;
    else t.notReported += 1;
    if (g.onTime) t.onTime += 1;
    if (g.late) t.late += 1;
    if (g.meetsMonthlyMinimum) t.meetingMinimum += 1;
    t.doneActivities += g.doneActivities;
    t.classHours += g.classHours;
    t.evidenceComplete += g.evidenceComplete;
    t.falsified += g.falsified.length;
  }
  t.classHours = roundHours(t.classHours);
  return t;
}

/** The county's month in numbers; totals are sums over gardens, and the two roles add up to the total. */
export function monthSummary(gardens: readonly GardenMonthResult[], pairs: readonly PairResult[]): CountyMonthSummary {
  const total = roleTotals(gardens, null);
  let pairsPassed = 0;
  for (const p of pairs) if (p.passed) pairsPassed += 1;
  return {
    ...total,
    reportingRate: rate(total.reported, total.gardens),
    onTimeRate: rate(total.onTime, total.gardens),
    meetingMinimumRate: rate(total.meetingMinimum, total.gardens),
    pairs: pairs.length,
    pairsPassed,
    pairPassRate: rate(pairsPassed, pairs.length),
    byRole: {
      helper: roleTotals(gardens, 'helper'),
      helped: roleTotals(gardens, 'helped'),
    },
  };
}

/** The county's term in numbers: sums over gardens; rates over every garden-month the term expects. */
export function termSummary(gardens: readonly GardenTermResult[], pairs: readonly PairResult[], schoolMonths: number): CountyTermSummary {
  let gardensPassed = 0, pairsPassed = 0, monthsReported = 0, monthsOnTime = 0, monthsMet = 0;
  let doneActivities = 0, classHours = 0, falsified = 0;
  for (let i = 0; i < gardens.length; i++) {
    const g = gardens[i];
    if (g.passed) gardensPassed += 1;
    monthsReported += g.monthsReported;
    monthsOnTime += g.monthsOnTime;
    monthsMet += g.monthsMet;
    doneActivities += g.doneActivities;
    classHours += g.classHours;
    falsified += g.falsified;
  }
  for (const p of pairs) if (p.passed) pairsPassed += 1;
  const monthsDue = gardens.length * schoolMonths;
  return {
    gardens: gardens.length, gardensPassed, pairs: pairs.length, pairsPassed, monthsDue, monthsReported, monthsOnTime, monthsMet,
    reportingRate: rate(monthsReported, monthsDue),
    onTimeRate: rate(monthsOnTime, monthsDue),
    doneActivities,
    classHours: roundHours(classHours),
    falsified,
  };
}
