import { ACTIVITY_TYPES } from '../../../../schemas/activity';
import type { GardenMonthResult, ItemResult, TypeCounts } from '../../../../schemas/assessment';
import type { GardenTermResult } from '../../../../schemas/term-assessment';
import type { Garden } from '../../../../schemas/roster';
import type { RuleSet } from '../../../../schemas/rule-set';
import { parseMonthKey } from '../calendar/month';
import { itemValue, roundHours, zeroCounts } from './activities';
import { rate } from './county';
import { roundPoints, scoreCountItem } from './items';
import { countItemReason } from './reasons';

/**
 * One garden's term from its monthly results (one per school month, in calendar order): cumulative items
 * (送教课时, 专题讲座), months met, on-time rate, and the term score
 * = monthlyWeight × average monthly score / 100 + term items' points. Rank is filled in by the caller.
 */
export function assessGardenTerm(garden: Garden, term: string, months: readonly GardenMonthResult[], ruleSet: RuleSet): GardenTermResult {
  const rules = ruleSet.term[garden.role];
  const byType = sumCounts(months.map((m) => m.byType));
  const classHoursByType = sumCounts(months.map((m) => m.classHoursByType));
  const falsified = months.flatMap((m) => m.falsified);
  const items: ItemResult[] = rules.items.map((item) =>
    scoreCountItem(item, itemValue(item, { byType, classHoursByType }), falsified, ruleSet.falsification.zeroMatchingItems));

  const count = (f: (m: GardenMonthResult) => boolean) => months.filter(f).length;
  const monthsMet = count((m) => m.meetsMonthlyMinimum);
  const monthsMetRate = rate(monthsMet, months.length);
  const monthlyAverage = roundPoints(months.reduce((s, m) => s + m.score, 0) / Math.max(1, months.length));
  const monthsOk = monthsMetRate >= rules.minMonthsMetRatio;
  const passed = monthsOk && items.every((i) => !i.gate || i.met);
  const score = roundPoints((rules.monthlyWeight * monthlyAverage) / 100 + items.reduce((s, i) => s + i.points, 0));

  return {
    gardenId: garden.id,
    name: garden.name,
    role: garden.role,
    kind: garden.kind,
    pairId: garden.pairId,
    term,
    final: months.every((m) => m.final),
    schoolMonths: months.length,
    monthsReported: count((m) => m.reported),
    monthsOnTime: count((m) => m.onTime),
    monthsLate: count((m) => m.late),
    monthsMet,
    onTimeRate: rate(count((m) => m.onTime), months.length),
    monthsMetRate,
    monthlyAverage,
    doneActivities: months.reduce((s, m) => s + m.doneActivities, 0),
    byType,
    classHours: roundHours(months.reduce((s, m) => s + m.classHours, 0)),
    classHoursByType,
    falsified: falsified.length,
    items,
    passed,
    score,
    rank: 1,
    months: months.map((m) => ({
      month: m.month, final: m.final, reported: m.reported, onTime: m.onTime,
      meetsMonthlyMinimum: m.meetsMonthlyMinimum, score: m.score,
    })),
    reasons: termReasons(months, items, monthsOk, rules.minMonthsMetRatio, falsified.length),
  };
}

function termReasons(
  months: readonly GardenMonthResult[],
  items: readonly ItemResult[],
  monthsOk: boolean,
  minRatio: number,
  falsified: number,
): string[] {
  const reasons: string[] = [];
  const names = (f: (m: GardenMonthResult) => boolean) => months.filter(f).map((m) => `${parseMonthKey(m.month).month}月`).join('、');
  const missing = names((m) => m.final && !m.reported);
  if (missing) reasons.push(`当月末未上报资料的月份（视为未开展帮扶工作）：${missing}`);
  const late = names((m) => m.late);
  if (late) reasons.push(`迟报月份：${late}`);
  if (!monthsOk) {
    const required = minRatio === 1 ? '学期内每个月均须达到每月最低要求' : `学期内至少${roundPoints(minRatio * 100)}%的月份须达到每月最低要求`;
    reasons.push(`${required}：未达到的月份为${names((m) => !m.meetsMonthlyMinimum)}`);
  }
  if (falsified > 0) reasons.push(`本学期经抽查发现虚报活动${falsified}项，相关项目按零分计算`);
  for (const item of items) {
    const reason = countItemReason(item, '本学期');
    if (reason) reasons.push(reason);
  }
  return reasons;
}

function sumCounts(counts: readonly TypeCounts[]): TypeCounts {
  const total = zeroCounts();
  for (const c of counts) for (const type of ACTIVITY_TYPES) total[type] += c[type];
  for (const type of ACTIVITY_TYPES) total[type] = roundHours(total[type]);
  return total;
}
