import type { CountItem } from '../../../../schemas/rule-set';

/** The rule as a sentence, generated from its numbers so wording and threshold never disagree. */
export function ruleText(item: Pick<CountItem, 'label' | 'min' | 'unit'> & { onSite?: boolean }): string {
  return `${item.label}不少于${formatNumber(item.min)}${item.unit}${item.onSite ? '（线上活动不计）' : ''}`;
}

/** 9.5 → "9.5", 10 → "10", 33.333… → "33.3". */
export function formatNumber(n: number): string {
  return String(Math.round(n * 10) / 10);
}
