export { DEFAULT_RULE_SET_ID, loadRuleSet, parseRuleSet, ruleSetIds, UnknownRuleSetError } from './registry';
export { formatNumber, ruleText } from './rule-text';
