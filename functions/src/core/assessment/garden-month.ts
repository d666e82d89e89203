import type { GardenMonthResult, ItemResult } from '../../../../schemas/assessment';
import type { GardenMonth } from '../../../../schemas/garden-month';
import type { Garden } from '../../../../schemas/roster';
import type { RuleSet } from '../../../../schemas/rule-set';
import { EVIDENCE_LABELS } from '../../../../schemas/rule-set';
import type { SpotCheck } from '../../../../schemas/spot-check';
import type { MonthDeadlines, ReportTiming } from '../calendar/deadlines';
import { monthReporting } from '../sync/reported';
import { activityLedger, activityTotals, itemValue, type ActivityLedger } from './activities';
import { scoreCountItem, scoreEvidence, scoreTimeliness, sumPoints } from './items';
import {
  blankClassHoursReasons, countItemReason, evidenceReasons, falsifiedReason, futureDatedReasons, reportingReason,
} from './reasons';
import { countsType } from './rows';

/** What every garden of one assessed month shares. */
export interface MonthContext {
  ruleSet: RuleSet;
  month: string;
  deadlines: MonthDeadlines;
  asOf: string;
  /** The evaluation time's local date. */
  asOfDate: string;
  onTimeDay: number;
  /** The cutoff has passed: nothing can change the verdict any more. */
  final: boolean;
}

export interface GardenMonthOutcome {
  result: GardenMonthResult;
  unmatchedSpotChecks: SpotCheck[];
}

/** Assesses one garden's month. `report` is undefined when the garden never reported. */
export function assessGardenMonth(
  garden: Garden,
  report: GardenMonth | undefined,
  spotChecks: readonly SpotCheck[],
  ctx: MonthContext,
): GardenMonthOutcome {
  const rules = ctx.ruleSet;
  const roleRules = rules.monthly[garden.role];
  const { timing, reportedAt: knownReportedAt } = monthReporting(report, ctx.deadlines, ctx.asOf);
  const reported = timing === 'on_time' || timing === 'late';

  const ledger = activityLedger({ rows: report?.rows ?? [], month: ctx.month, spotChecks, asOfDate: ctx.asOfDate });
  // 当月末没有及时上报资料的视为本月内没有开展帮扶工作: nothing counts for an unreported month.
  const counted = reported ? ledger.counted : [];
  const required = rules.evidence.required;
  const totals = activityTotals(counted, required, rules.classHoursWhenBlank);
  const evidenceRatio = counted.length ? totals.evidenceComplete / counted.length : 0;

  const items: ItemResult[] = [
    ...roleRules.items.map((item) =>
      scoreCountItem(item, itemValue(item, totals), ledger.falsified, rules.falsification.zeroMatchingItems)),
    scoreTimeliness({
      weight: roleRules.timelinessWeight, onTime: timing === 'on_time', late: timing === 'late',
      lateCredit: rules.lateTimelinessCredit, onTimeDay: ctx.onTimeDay,
    }),
    scoreEvidence({
      weight: roleRules.evidenceWeight, ratio: evidenceRatio, counted: counted.length,
      requiredLabels: required.map((k) => EVIDENCE_LABELS[k]).join('、'),
      zeroed: rules.falsification.zeroEvidence && ledger.falsified.length > 0,
    }),
  ];

  const result: GardenMonthResult = {
    gardenId: garden.id,
    name: garden.name,
    role: garden.role,
    kind: garden.kind,
    pairId: garden.pairId,
    month: ctx.month,
    final: ctx.final,
    reported,
    reportedAt: knownReportedAt,
    onTime: timing === 'on_time',
    late: timing === 'late',
    doneActivities: counted.length,
    byType: totals.byType,
    classHours: totals.classHours,
    classHoursByType: totals.classHoursByType,
    evidenceComplete: totals.evidenceComplete,
    evidenceRatio,
    falsified: ledger.falsified,
    futureDated: reported ? ledger.futureDated.length : 0,
    items,
    meetsMonthlyMinimum: reported && items.every((i) => !i.gate || i.met),
    score: reported ? sumPoints(items) : 0,
    reasons: monthReasons(garden, ledger, items, timing, reported, spotChecks, ctx),
  };
  return { result, unmatchedSpotChecks: ledger.unmatchedSpotChecks };
}

function monthReasons(
  garden: Garden,
  ledger: ActivityLedger,
  items: readonly ItemResult[],
  timing: ReportTiming,
  reported: boolean,
  spotChecks: readonly SpotCheck[],
  ctx: MonthContext,
): string[] {
  const rules = ctx.ruleSet;
  const notes = new Map(spotChecks.map((c) => [c.id, c.note]));
  const reasons: string[] = [];
  const reporting = reportingReason(timing, ctx.final, ctx.onTimeDay, rules.lateTimelinessCredit);
  if (reporting) reasons.push(reporting);
  reasons.push(...ledger.falsified.map((f) => falsifiedReason(f, notes.get(f.spotCheckId) ?? null)));
  if (!reported) return reasons;

  for (const item of items) {
    const reason = countItemReason(item, '本月');
    if (reason) reasons.push(reason);
  }
  reasons.push(...evidenceReasons(ledger.counted, rules.evidence.required));
  // Blank 课时 matters only for activities some class-hours rule of this role counts.
  const hourItems = [...rules.monthly[garden.role].items, ...rules.term[garden.role].items]
    .filter((i) => i.measure === 'classHours');
  const blank = ledger.counted.filter((row) => row.classHours === null && hourItems.some((i) => countsType(i.types, row.type)));
  reasons.push(...blankClassHoursReasons(blank, rules.classHoursWhenBlank));
  reasons.push(...futureDatedReasons(ledger.futureDated));
  return reasons;
}
