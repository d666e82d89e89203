export { DEFAULT_RULE_SET_ID, loadRuleSet, parseRuleSet, ruleSetIds, UnknownRuleSetError } from './registry';
export { formatNumber, ruleSetCaption, ruleText } from './rule-text';
