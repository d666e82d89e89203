import { createHash } from 'node:crypto';
import type { GardenMonth, Roster, RuleSet, SpotCheck } from '../../../../schemas';
import { canonicalJson } from '../sync/canonical';
import { normaliseInstant } from './window';

/**
 * The identity of an assessment's inputs: the month, the evaluation time, the rule set's version, the roster,
 * the window's snapshots (content and report times) and the spot checks. Equal fingerprints give equal
 * results, so a run whose fingerprint was already assessed returns the stored result instead of redoing it.
 */
export function assessmentFingerprint(input: {
  month: string;
  asOf: string;
  ruleSet: Pick<RuleSet, 'id' | 'version'>;
  roster: Roster;
  reports: readonly GardenMonth[];
  spotChecks: readonly SpotCheck[];
}): string {
  const reports = input.reports
    .map((r) => ({ g: r.gardenId, m: r.month, h: r.contentHash, f: r.firstReportedAt, z: r.frozenAt }))
    .sort((a, b) => (a.g + a.m < b.g + b.m ? -1 : 1));
  const checks = input.spotChecks
    .map((c) => ({ id: c.id, v: c.verdict, at: c.checkedAt, a: c.activity, g: c.gardenId, m: c.month }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const text = canonicalJson({
    month: input.month, asOf: normaliseInstant(input.asOf), rules: [input.ruleSet.id, input.ruleSet.version],
    roster: input.roster, reports, checks,
  });
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** `assessment:2020-03`: the run log key of a month (the brief's business key), qualified by when and what was assessed. */
export function assessmentRunKey(month: string, asOf: string, fingerprint: string): string {
  return `assessment:${month}@${normaliseInstant(asOf)}#${fingerprint}`;
}
