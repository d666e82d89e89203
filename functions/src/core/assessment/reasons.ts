import type { FalsifiedActivity, ItemResult } from '../../../../schemas/assessment';
import type { PlanRow } from '../../../../schemas/plan-row';
import type { ReportTiming } from '../calendar/deadlines';
import { formatNumber } from '../rules/rule-text';
import { rowLabel } from './rows';

/** Chinese reasons, each naming the rule it applies. Built in a fixed order: reporting, falsification, items, rows. */

export function reportingReason(timing: ReportTiming, final: boolean, onTimeDay: number, lateCredit: number): string | null {
  switch (timing) {
    case 'on_time':
      return null;
    case 'late':
      return `资料在${onTimeDay}日后上报（迟报），按时上报项按${formatNumber(lateCredit * 100)}%计分`;
    case 'after_cutoff':
      return '资料于当月末后才上报，视为本月未开展帮扶工作';
    case 'not_reported':
      return final ? '当月末未上报资料，视为本月未开展帮扶工作' : '截至评估时尚未上报本月资料（当月末前上报有效）';
  }
}

export function falsifiedReason(f: FalsifiedActivity, note: string | null): string {
  return `经抽查，${rowLabel(f)}系虚报，相关项目按零分计算${note ? `（${note}）` : ''}`;
}

/** Why a count item is not met, e.g. `帮扶园每月开展帮扶活动不少于3项：本月完成2项`. */
export function countItemReason(item: ItemResult, period: '本月' | '本学期'): string | null {
  if (item.kind !== 'count' || item.met) return null;
  const verb = item.unit === '课时' ? '' : '完成';
  const base = `${item.rule}：${period}${verb}${formatNumber(item.value)}${item.unit}`;
  return item.zeroed ? `${base}，因虚报按零分计算` : base;
}

/** A counted row lacking required materials, e.g. `3月12日“送教下乡”资料不全，缺少图片`. */
export function evidenceReason(row: PlanRow, missing: string): string {
  return `${rowLabel(row)}资料不全，缺少${missing}`;
}

/** `whenBlank` is the rule set's value, already formatted. */
export function blankClassHoursReason(row: PlanRow, whenBlank: string): string {
  return `${rowLabel(row)}未填写课时，按${whenBlank}课时计`;
}

export function futureDatedReason(row: PlanRow): string {
  return `${rowLabel(row)}的日期晚于评估时间，暂不计入`;
}
