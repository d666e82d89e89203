import { ACTIVITY_TYPES } from '../../../../schemas/activity';
import type { GardenRole } from '../../../../schemas/roster';
import { EVIDENCE_LABELS, type CountItem, type RuleSet } from '../../../../schemas/rule-set';
import {
  deadlineMillis, onTimeDayOf, type DeadlineMillis, type MonthDeadlines, type ReportTiming,
} from '../calendar/deadlines';
import { instantMillis, localDateOf } from '../calendar/instant';
import { formatNumber, ruleText } from '../rules/rule-text';
import { reportingReason } from './reasons';
import { typeMask } from './per-type';
import { EVIDENCE_FIELDS, type EvidenceField } from './rows';

/**
 * What every garden of one assessed month shares, worked out once per assessment: rule texts, per-type lookup
 * tables, deadlines in epoch ms. Per-garden work then touches only the garden's own rows (bench profile: this
 * per-garden repetition and its garbage were most of a county's assessment).
 */
export interface MonthContext {
  ruleSet: RuleSet;
  month: string;
  deadlines: MonthDeadlines;
  deadlineMs: DeadlineMillis;
  asOf: string;
  asOfMs: number;
  /** The evaluation time's local date. */
  asOfDate: string;
  onTimeDay: number;
  /** The cutoff has passed: nothing can change the verdict any more. */
  final: boolean;
  roles: Record<GardenRole, RolePlan>;
  /** Fields of the required evidence kinds, in the rule set's order. */
  evidenceFields: readonly EvidenceField[];
  evidenceRule: string;
  timelinessRule: string;
  /** `formatNumber(classHoursWhenBlank)`, for the blank 课时 reason. */
  whenBlankText: string;
  /** The reporting reason for each timing (null when there is none). */
  reportingReasons: Readonly<Record<ReportTiming, string | null>>;
}

/** A count item with its sentence and which activity types (by index into ACTIVITY_TYPES) it counts. */
export interface ItemPlan {
  item: CountItem;
  rule: string;
  countsType: readonly boolean[];
}

export interface RolePlan {
  items: readonly ItemPlan[];
  /** The role's `classHourTypes`: a blank 课时 on them is flagged. */
  hourTypes: readonly boolean[];
  /** The rule set's `onlineWords` when some monthly item of the role counts on-site work only; null otherwise. */
  onlineWords: readonly string[] | null;
}

export function itemPlans(items: readonly CountItem[]): ItemPlan[] {
  return items.map((item) => ({ item, rule: ruleText(item), countsType: typeMask(item.types) }));
}

/**
 * Which types (by index) a role's class hours come from: those some class-hours rule of the role (monthly or term)
 * counts, i.e. 送教 for 高台 (每学期送教不低于10课时). Every 课时 total (results, summaries, dashboard, reports) is
 * taken over these types only, so a total can never disagree with the rule it is shown next to; hours typed on
 * other activities (a lecture's 课时) stay in `classHoursByType`.
 */
export function classHourTypes(ruleSet: RuleSet, role: GardenRole): boolean[] {
  const hourItems = [...ruleSet.monthly[role].items, ...ruleSet.term[role].items].filter((i) => i.measure === 'classHours');
  return ACTIVITY_TYPES.map((_, k) => hourItems.some((i) => typeMask(i.types)[k]));
}

function rolePlan(ruleSet: RuleSet, role: GardenRole): RolePlan {
  const items = ruleSet.monthly[role].items;
  const onlineWords = items.some((i) => i.onSite) ? ruleSet.onlineWords : null;
  return { items: itemPlans(items), hourTypes: classHourTypes(ruleSet, role), onlineWords };
}

export function monthContext(ruleSet: RuleSet, month: string, asOf: string, deadlines: MonthDeadlines, final: boolean): MonthContext {
  const onTimeDay = onTimeDayOf(month, ruleSet);
  const required = ruleSet.evidence.required;
  const reason = (timing: ReportTiming) =>
    reportingReason(timing, final, onTimeDay, ruleSet.lateTimelinessCredit);
  return {
    ruleSet, month, deadlines, deadlineMs: deadlineMillis(deadlines), asOf, asOfMs: instantMillis(asOf),
    asOfDate: localDateOf(asOf, ruleSet.timezone), onTimeDay, final,
    roles: { helper: rolePlan(ruleSet, 'helper'), helped: rolePlan(ruleSet, 'helped') },
    evidenceFields: required.map((k) => EVIDENCE_FIELDS[k]),
    evidenceRule: `帮扶活动有${required.map((k) => EVIDENCE_LABELS[k]).join('、')}`,
    timelinessRule: `每月${onTimeDay}日前上报帮扶活动过程性资料`,
    whenBlankText: formatNumber(ruleSet.classHoursWhenBlank),
    reportingReasons: { on_time: reason('on_time'), late: reason('late'), after_cutoff: reason('after_cutoff'), not_reported: reason('not_reported') },
  };
}
