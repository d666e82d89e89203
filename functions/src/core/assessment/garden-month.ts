import type { GardenMonthResult, ItemResult } from '../../../../schemas/assessment';
import type { GardenMonth } from '../../../../schemas/garden-month';
import type { PlanRow } from '../../../../schemas/plan-row';
import type { Garden } from '../../../../schemas/roster';
import type { SpotCheck } from '../../../../schemas/spot-check';
import type { ReportTiming } from '../calendar/deadlines';
import { reportingOf, type ReportingByTime } from './reporting';
import { activityLedger, activityTotals, itemValue, type ActivityLedger, type ActivityTotals } from './activities';
import { scoreCountItem, scoreEvidence, scoreTimeliness, sumPoints } from './items';
import type { MonthContext } from './month-context';
import { typeCounts } from './per-type';
import { monthReasons } from './month-reasons';

/** A garden's month in numbers: what its result is written from, and all a term adds up (no text). */
export interface GardenMonthFacts {
  timing: ReportTiming;
  /** On time or late: the month's activities count. */
  reported: boolean;
  reportedAt: string | null;
  ledger: ActivityLedger;
  /** Totals of the counted activities (none when not reported). */
  totals: ActivityTotals;
  doneActivities: number;
  evidenceRatio: number;
  items: ItemResult[];
  meetsMonthlyMinimum: boolean;
  score: number;
}

const NO_ROWS: readonly PlanRow[] = [];

/** Works out one garden's month. `report` is undefined when the garden never reported. */
export function gardenMonthFacts(
  garden: Garden,
  report: GardenMonth | undefined,
  spotChecks: readonly SpotCheck[],
  reporting: ReportingByTime,
  ctx: MonthContext,
): GardenMonthFacts {
  const rules = ctx.ruleSet;
  const roleRules = rules.monthly[garden.role];
  const { timing, reportedAt } = reportingOf(report, reporting);
  const reported = timing === 'on_time' || timing === 'late';

  const ledger = activityLedger(report?.rows ?? NO_ROWS, ctx.month, spotChecks, ctx.asOfDate);
  // 当月末没有及时上报资料的视为本月内没有开展帮扶工作: nothing counts for an unreported month.
  const counted = reported ? ledger.counted : NO_ROWS;
  const totals = activityTotals(counted, ctx.evidenceFields, rules.classHoursWhenBlank, ctx.roles[garden.role]);
  const evidenceRatio = counted.length ? totals.evidenceComplete / counted.length : 0;

  const items: ItemResult[] = [];
  const plans = ctx.roles[garden.role].items;
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i];
    const { measure, onSite } = plan.item;
    const value = itemValue(plan.countsType, measure === 'classHours' ? totals.hours : onSite ? totals.onSiteCounts : totals.counts);
    items.push(scoreCountItem(plan, value, ledger.falsified, rules.falsification.zeroMatchingItems));
  }
  items.push(
    scoreTimeliness({
      weight: roleRules.timelinessWeight, onTime: timing === 'on_time', late: timing === 'late',
      lateCredit: rules.lateTimelinessCredit, rule: ctx.timelinessRule,
    }),
    scoreEvidence({
      weight: roleRules.evidenceWeight, ratio: evidenceRatio, counted: counted.length, rule: ctx.evidenceRule,
      zeroed: rules.falsification.zeroEvidence && ledger.falsified.length > 0,
    }),
  );
  let gatesMet = true;
  for (let i = 0; i < items.length; i++) if (items[i].gate && !items[i].met) gatesMet = false;
  return {
    timing, reported, reportedAt, ledger, totals, doneActivities: counted.length, evidenceRatio, items,
    meetsMonthlyMinimum: reported && gatesMet,
    score: reported ? sumPoints(items) : 0,
  };
}

/** The month result written from the facts, with its reasons. */
export function gardenMonthResult(
  garden: Garden,
  facts: GardenMonthFacts,
  spotChecks: readonly SpotCheck[],
  ctx: MonthContext,
): GardenMonthResult {
  const { ledger, totals } = facts;
  return {
    gardenId: garden.id,
    name: garden.name,
    role: garden.role,
    kind: garden.kind,
    pairId: garden.pairId,
    month: ctx.month,
    final: ctx.final,
    reported: facts.reported,
    reportedAt: facts.reportedAt,
    onTime: facts.timing === 'on_time',
    late: facts.timing === 'late',
    doneActivities: facts.doneActivities,
    byType: typeCounts(totals.counts),
    classHours: totals.classHours,
    classHoursByType: typeCounts(totals.hours),
    evidenceComplete: totals.evidenceComplete,
    evidenceRatio: facts.evidenceRatio,
    falsified: ledger.falsified,
    futureDated: facts.reported ? ledger.futureDated.length : 0,
    items: facts.items,
    meetsMonthlyMinimum: facts.meetsMonthlyMinimum,
    score: facts.score,
    reasons: monthReasons(facts, spotChecks, ctx.roles[garden.role], ctx),
  };
}
