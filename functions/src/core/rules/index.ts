export { loadRuleSet, parseRuleSet, ruleSetIds, UnknownRuleSetError } from './registry';
export { formatNumber, ruleText } from './rule-text';
