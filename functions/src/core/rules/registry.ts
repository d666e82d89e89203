import { RuleSet } from '../../../../schemas/rule-set';
import gaotai2020 from './rule-sets/gaotai-2020.json';

/**
 * The rule sets this build ships, by id. They are JSON data validated by the RuleSet schema when loaded, so a
 * bureau's change is a data edit plus a version bump, reviewed like code. Parsing happens on load, not on import.
 */
const RULE_SETS: Readonly<Record<string, unknown>> = {
  'gaotai-2020': gaotai2020,
};

/** The reference rule set (高台县 2020), in force when none is named. */
export const DEFAULT_RULE_SET_ID = 'gaotai-2020';

export class UnknownRuleSetError extends Error {
  constructor(readonly ruleSetId: string) {
    super(`未知的考核规则：${ruleSetId}（可用：${ruleSetIds().join('、')}）`);
    this.name = 'UnknownRuleSetError';
  }
}

export function ruleSetIds(): string[] {
  return Object.keys(RULE_SETS).sort();
}

/** Loads and validates a shipped rule set; throws UnknownRuleSetError or a zod error naming the bad field. */
export function loadRuleSet(id: string): RuleSet {
  if (!Object.hasOwn(RULE_SETS, id)) throw new UnknownRuleSetError(id);
  return parseRuleSet(RULE_SETS[id]);
}

/** Validates rule-set data from anywhere (a shipped file, a bureau's upload). */
export function parseRuleSet(data: unknown): RuleSet {
  return RuleSet.parse(data);
}
