import type { FalsifiedActivity, GardenMonthResult, ItemResult } from '../../../../schemas/assessment';
import type { GardenTermResult } from '../../../../schemas/term-assessment';
import type { Garden, GardenRole } from '../../../../schemas/roster';
import type { RuleSet } from '../../../../schemas/rule-set';
import { monthNumber } from '../calendar/month';
import { itemValue, roundHours } from './activities';
import type { GardenMonthFacts } from './garden-month';
import { rate } from './county';
import { roundPoints, scoreCountItem } from './items';
import { classHourTypes, itemPlans, type ItemPlan, type MonthContext } from './month-context';
import { typeCounts, typeValues, zeroArray } from './per-type';
import { countItemReason } from './reasons';

/** What a term adds up of one of a garden's months: a month result's numbers, per-type values as arrays. */
export interface MonthTally {
  month: string;
  final: boolean;
  reported: boolean;
  onTime: boolean;
  late: boolean;
  meetsMonthlyMinimum: boolean;
  score: number;
  doneActivities: number;
  /** `byType` and `classHoursByType` in ACTIVITY_TYPES order. */
  counts: readonly number[];
  hours: readonly number[];
  falsified: readonly FalsifiedActivity[];
}

export function tallyOfResult(r: GardenMonthResult): MonthTally {
  return {
    month: r.month, final: r.final, reported: r.reported, onTime: r.onTime, late: r.late,
    meetsMonthlyMinimum: r.meetsMonthlyMinimum, score: r.score, doneActivities: r.doneActivities,
    counts: typeValues(r.byType), hours: typeValues(r.classHoursByType), falsified: r.falsified,
  };
}

/** The tally straight from the facts: a term month that is not reported on its own needs no result or text. */
export function tallyOfFacts(f: GardenMonthFacts, ctx: Pick<MonthContext, 'month' | 'final'>): MonthTally {
  return {
    month: ctx.month, final: ctx.final, reported: f.reported, onTime: f.timing === 'on_time', late: f.timing === 'late',
    meetsMonthlyMinimum: f.meetsMonthlyMinimum, score: f.score, doneActivities: f.doneActivities,
    counts: f.totals.counts, hours: f.totals.hours, falsified: f.ledger.falsified,
  };
}

/** A role's term items with their sentences and type tables, and its `classHourTypes`. */
export interface RoleTermPlan {
  items: readonly ItemPlan[];
  hourTypes: readonly boolean[];
}

/** Each role's term plan, worked out once per term assessment. */
export type TermPlan = Record<GardenRole, RoleTermPlan>;

export function termPlan(ruleSet: RuleSet): TermPlan {
  const role = (r: GardenRole): RoleTermPlan => ({ items: itemPlans(ruleSet.term[r].items), hourTypes: classHourTypes(ruleSet, r) });
  return { helper: role('helper'), helped: role('helped') };
}

/**
 * One garden's term from its monthly results (one per school month, in calendar order): cumulative items
 * (送教课时, 专题讲座), months met, on-time rate, and the term score
 * = monthlyWeight × average monthly score / 100 + term items' points. Rank is filled in by the caller.
 */
export function assessGardenTerm(
  garden: Garden,
  term: string,
  months: readonly MonthTally[],
  ruleSet: RuleSet,
  plan: TermPlan = termPlan(ruleSet),
): GardenTermResult {
  const rules = ruleSet.term[garden.role];
  const counts = sumCounts(months, 'counts');
  const hours = sumCounts(months, 'hours');
  const falsified: FalsifiedActivity[] = [];
  let monthsReported = 0, monthsOnTime = 0, monthsLate = 0, monthsMet = 0, final = true;
  let scores = 0, doneActivities = 0;
  for (let i = 0; i < months.length; i++) {
    const m = months[i];
    for (let j = 0; j < m.falsified.length; j++) falsified.push(m.falsified[j]);
    if (m.reported) monthsReported += 1;
    if (m.onTime) monthsOnTime += 1;
    if (m.late) monthsLate += 1;
    if (m.meetsMonthlyMinimum) monthsMet += 1;
    if (!m.final) final = false;
    scores += m.score;
    doneActivities += m.doneActivities;
  }
  const items: ItemResult[] = [];
  let gatesMet = true;
  let points = 0;
  const { items: plans, hourTypes } = plan[garden.role];
  for (let i = 0; i < plans.length; i++) {
    const item = plans[i];
    const value = itemValue(item.countsType, item.item.measure === 'classHours' ? hours : counts);
    const result = scoreCountItem(item, value, falsified, ruleSet.falsification.zeroMatchingItems);
    items.push(result);
    if (result.gate && !result.met) gatesMet = false;
    points += result.points;
  }

  const monthsMetRate = rate(monthsMet, months.length);
  const monthlyAverage = roundPoints(scores / Math.max(1, months.length));
  const monthsOk = monthsMetRate >= rules.minMonthsMetRatio;
  const score = roundPoints((rules.monthlyWeight * monthlyAverage) / 100 + points);

  return {
    gardenId: garden.id,
    name: garden.name,
    role: garden.role,
    kind: garden.kind,
    pairId: garden.pairId,
    term,
    final,
    schoolMonths: months.length,
    monthsReported,
    monthsOnTime,
    monthsLate,
    monthsMet,
    onTimeRate: rate(monthsOnTime, months.length),
    monthsMetRate,
    monthlyAverage,
    doneActivities,
    byType: typeCounts(counts),
    // From the per-type sums, not the months' totals: a reused month result may predate `classHourTypes`.
    classHours: itemValue(hourTypes, hours),
    classHoursByType: typeCounts(hours),
    falsified: falsified.length,
    items,
    passed: monthsOk && gatesMet,
    score,
    rank: 1,
    months: monthEntries(months),
    reasons: termReasons(months, items, monthsOk, rules.minMonthsMetRatio, falsified.length),
  };
}

function termReasons(
  months: readonly MonthTally[],
  items: readonly ItemResult[],
  monthsOk: boolean,
  minRatio: number,
  falsified: number,
): string[] {
  const reasons: string[] = [];
  let missing = '', late = '', unmet = '';
  for (let i = 0; i < months.length; i++) {
    const m = months[i];
    const name = `${monthNumber(m.month)}月`;
    if (m.final && !m.reported) missing += missing ? `、${name}` : name;
    if (m.late) late += late ? `、${name}` : name;
    if (!m.meetsMonthlyMinimum) unmet += unmet ? `、${name}` : name;
  }
  if (missing) reasons.push(`当月末未上报资料的月份（视为未开展帮扶工作）：${missing}`);
  if (late) reasons.push(`迟报月份：${late}`);
  if (!monthsOk) {
    const required = minRatio === 1 ? '学期内每个月均须达到每月最低要求' : `学期内至少${roundPoints(minRatio * 100)}%的月份须达到每月最低要求`;
    reasons.push(`${required}：未达到的月份为${unmet}`);
  }
  if (falsified > 0) reasons.push(`本学期经抽查发现虚报活动${falsified}项，相关项目按零分计算`);
  for (let i = 0; i < items.length; i++) {
    const reason = countItemReason(items[i], '本学期');
    if (reason) reasons.push(reason);
  }
  return reasons;
}

function monthEntries(months: readonly MonthTally[]): GardenTermResult['months'] {
  const entries: GardenTermResult['months'] = [];
  for (let i = 0; i < months.length; i++) {
    const m = months[i];
    entries.push({ month: m.month, final: m.final, reported: m.reported, onTime: m.onTime, meetsMonthlyMinimum: m.meetsMonthlyMinimum, score: m.score });
  }
  return entries;
}

/** Per-type sums over the months (ACTIVITY_TYPES order), rounded as class hours are. */
function sumCounts(months: readonly MonthTally[], field: 'counts' | 'hours'): number[] {
  const total = zeroArray();
  for (let i = 0; i < months.length; i++) {
    const values = months[i][field];
    for (let k = 0; k < total.length; k++) total[k] += values[k];
  }
  for (let k = 0; k < total.length; k++) total[k] = roundHours(total[k]);
  return total;
}
