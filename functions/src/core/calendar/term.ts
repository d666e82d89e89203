import type { TermKey } from '../../../../schemas/assessment';
import type { MonthKey } from '../../../../schemas/common';
import type { RuleSet, TermDefinition } from '../../../../schemas/rule-set';
import { monthKeyOf, parseMonthKey } from './month';

// Terms are keyed `YYYY-<term id>` (`2020-spring`); a term's months all lie in that calendar year.
type TermRules = Pick<RuleSet, 'terms'>;

/** The term a month belongs to, or null for a vacation month (not assessed). */
export function termOf(month: string, rules: TermRules): TermKey | null {
  const { year, month: m } = parseMonthKey(month);
  const term = rules.terms.find((t) => t.months.includes(m));
  return term ? `${year}-${term.id}` : null;
}

export function isSchoolMonth(month: string, rules: TermRules): boolean {
  return termOf(month, rules) !== null;
}

export interface ParsedTerm {
  year: number;
  definition: TermDefinition;
}

/** Parses a term key against the rule set; throws a RangeError naming the key when it is not one of its terms. */
export function parseTermKey(key: string, rules: TermRules): ParsedTerm {
  const match = /^(\d{4})-([a-z][a-z0-9]*)$/.exec(key);
  const definition = match ? rules.terms.find((t) => t.id === match[2]) : undefined;
  if (!match || !definition) {
    throw new RangeError(`未知的学期：${key}（应为 年份-${rules.terms.map((t) => t.id).join('/')}）`);
  }
  return { year: Number(match[1]), definition };
}

/** The term's school months in calendar order. */
export function monthsOfTerm(key: string, rules: TermRules): MonthKey[] {
  const { year, definition } = parseTermKey(key, rules);
  return definition.months.map((m) => monthKeyOf(year, m));
}

/** `2020年春季学期`. */
export function termLabel(key: string, rules: TermRules): string {
  const { year, definition } = parseTermKey(key, rules);
  return `${year}年${definition.label}`;
}

/** All terms of a calendar year, in calendar order. */
export function termsOfYear(year: number, rules: TermRules): TermKey[] {
  return [...rules.terms]
    .sort((a, b) => a.months[0] - b.months[0])
    .map((t) => `${year}-${t.id}`);
}
