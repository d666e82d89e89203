import type { FalsifiedActivity, ItemResult } from '../../../../schemas/assessment';
import type { ItemPlan } from './month-context';
import { typeIndexOf } from './per-type';

/** Points are shown with one decimal; a score is the sum of its items' shown points, so reports add up. */
export function roundPoints(n: number): number {
  return Math.round(n * 10) / 10;
}

export function sumPoints(items: readonly ItemResult[]): number {
  let sum = 0;
  for (let i = 0; i < items.length; i++) sum += items[i].points;
  return roundPoints(sum);
}

/**
 * A count item earns its weight in proportion to value / min, capped at the weight (2 of 3 activities earn 2/3).
 * It scores zero when a falsified activity would have counted towards it and the rule set says so
 * (相关项目按零分计算); a zeroed item is never met.
 */
export function scoreCountItem(
  plan: ItemPlan,
  value: number,
  falsified: readonly FalsifiedActivity[],
  zeroMatchingItems: boolean,
): ItemResult {
  const { item } = plan;
  const zeroed = zeroMatchingItems && falsified.some((f) => plan.countsType[typeIndexOf(f.type)]);
  return {
    id: item.id,
    kind: 'count',
    rule: plan.rule,
    value,
    min: item.min,
    unit: item.unit,
    weight: item.weight,
    points: zeroed ? 0 : roundPoints(item.weight * Math.min(1, value / item.min)),
    met: !zeroed && value >= item.min,
    gate: item.gate,
    zeroed,
  };
}

export interface TimelinessInput {
  weight: number;
  onTime: boolean;
  late: boolean;
  lateCredit: number;
  /** `每月30日前上报帮扶活动过程性资料`. */
  rule: string;
}

/** Full points when on time, `lateCredit` of them when late, none when not reported by the cutoff. */
export function scoreTimeliness(t: TimelinessInput): ItemResult {
  const value = t.onTime ? 1 : t.late ? t.lateCredit : 0;
  return {
    id: 'timeliness',
    kind: 'timeliness',
    rule: t.rule,
    value,
    min: 1,
    unit: '',
    weight: t.weight,
    points: roundPoints(t.weight * value),
    met: t.onTime,
    gate: false,
    zeroed: false,
  };
}

export interface EvidenceInput {
  weight: number;
  ratio: number;
  counted: number;
  /** `帮扶活动有方案、记录、总结、图片`. */
  rule: string;
  zeroed: boolean;
}

/** Points in proportion to the share of counted activities with every required material. */
export function scoreEvidence(e: EvidenceInput): ItemResult {
  return {
    id: 'evidence',
    kind: 'evidence',
    rule: e.rule,
    value: e.ratio,
    min: 1,
    unit: '',
    weight: e.weight,
    points: e.zeroed ? 0 : roundPoints(e.weight * e.ratio),
    met: !e.zeroed && e.counted > 0 && e.ratio === 1,
    gate: false,
    zeroed: e.zeroed,
  };
}
