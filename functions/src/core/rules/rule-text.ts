import type { CountItem } from '../../../../schemas/rule-set';

/**
 * The rule set an assessment used, as people read it: `高台县2020年幼儿园结对帮扶考核规则（第1版）`. The id is only
 * the fallback for results stored before assessments recorded the title.
 */
export function ruleSetCaption(a: { ruleSetId: string; ruleSetTitle?: string; ruleSetVersion: number }): string {
  return `${a.ruleSetTitle ?? a.ruleSetId}（第${a.ruleSetVersion}版）`;
}

/** The rule as a sentence, generated from its numbers so wording and threshold never disagree. */
export function ruleText(item: Pick<CountItem, 'label' | 'min' | 'unit'> & { onSite?: boolean }): string {
  return `${item.label}不少于${formatNumber(item.min)}${item.unit}${item.onSite ? '（线上活动不计）' : ''}`;
}

/** 9.5 → "9.5", 10 → "10", 33.333… → "33.3". */
export function formatNumber(n: number): string {
  return String(Math.round(n * 10) / 10);
}
