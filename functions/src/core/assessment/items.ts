import type { FalsifiedActivity, ItemResult } from '../../../../schemas/assessment';
import type { CountItem } from '../../../../schemas/rule-set';
import { ruleText } from '../rules/rule-text';
import { countsType } from './rows';

/** Points are shown with one decimal; a score is the sum of its items' shown points, so reports add up. */
export function roundPoints(n: number): number {
  return Math.round(n * 10) / 10;
}

export function sumPoints(items: readonly ItemResult[]): number {
  return roundPoints(items.reduce((sum, i) => sum + i.points, 0));
}

/**
 * A count item earns its weight in proportion to value / min, capped at the weight (2 of 3 activities earn 2/3).
 * It scores zero when a falsified activity would have counted towards it and the rule set says so
 * (相关项目按零分计算); a zeroed item is never met.
 */
export function scoreCountItem(
  item: CountItem,
  value: number,
  falsified: readonly FalsifiedActivity[],
  zeroMatchingItems: boolean,
): ItemResult {
  const zeroed = zeroMatchingItems && falsified.some((f) => countsType(item.types, f.type));
  return {
    id: item.id,
    kind: 'count',
    rule: ruleText(item),
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
  onTimeDay: number;
}

/** Full points when on time, `lateCredit` of them when late, none when not reported by the cutoff. */
export function scoreTimeliness(t: TimelinessInput): ItemResult {
  const value = t.onTime ? 1 : t.late ? t.lateCredit : 0;
  return {
    id: 'timeliness',
    kind: 'timeliness',
    rule: `每月${t.onTimeDay}日前上报帮扶活动过程性资料`,
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
  requiredLabels: string;
  zeroed: boolean;
}

/** Points in proportion to the share of counted activities with every required material. */
export function scoreEvidence(e: EvidenceInput): ItemResult {
  return {
    id: 'evidence',
    kind: 'evidence',
    rule: `帮扶活动有${e.requiredLabels}`,
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
