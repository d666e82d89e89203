import type { GardenMonthResult, PairResult } from '../../../../schemas/assessment';
import { GARDEN_ROLE_LABELS, type GardenRole, type Pair } from '../../../../schemas/roster';
import type { BundlingScore, RuleSet } from '../../../../schemas/rule-set';
import { roundPoints } from './items';
import { competitionRanks } from './ranking';

/** What bundling needs to know about each member's own outcome. */
export interface MemberOutcome {
  gardenId: string;
  name: string;
  role: GardenRole;
  passed: boolean;
  score: number;
  final: boolean;
}

export function pairMemberIds(pair: Pair): string[] {
  return [pair.helperId, ...pair.helpedIds];
}

/**
 * 捆绑式考核: one outcome shared by the helper and its helped gardens. The pair passes only when every member
 * passes; its score is the members' minimum or mean, as the rule set says. Ranks are assigned afterwards.
 */
export function bundlePair(
  pair: Pair,
  members: readonly MemberOutcome[],
  policy: BundlingScore,
  period: '本月' | '本学期',
): PairResult {
  const failed = members.filter((m) => !m.passed);
  const scores = members.map((m) => m.score);
  const score = policy === 'min' ? Math.min(...scores) : roundPoints(scores.reduce((a, b) => a + b, 0) / scores.length);
  const requirement = period === '本月' ? '本月未达到最低要求' : '本学期考核未通过';
  return {
    pairId: pair.id,
    helperId: pair.helperId,
    memberIds: members.map((m) => m.gardenId),
    final: members.every((m) => m.final),
    passed: failed.length === 0,
    failedMemberIds: failed.map((m) => m.gardenId),
    score,
    rank: null,
    reasons: failed.map((m) => `捆绑式考核：${m.name}（${GARDEN_ROLE_LABELS[m.role]}）${requirement}，结对组不达标`),
  };
}

/** Every pair bundled from its members' outcomes (`outcome` of a member id), then ranked by score. */
export function rankedPairs(
  pairs: readonly Pair[],
  outcome: (gardenId: string) => MemberOutcome,
  policy: BundlingScore,
  period: '本月' | '本学期',
): PairResult[] {
  const bundled = pairs.map((pair) => bundlePair(pair, pairMemberIds(pair).map(outcome), policy, period));
  const ranks = competitionRanks(bundled.map((p) => p.score));
  // The results are ours, made just above: ranked in place rather than copied.
  for (let i = 0; i < bundled.length; i++) bundled[i].rank = ranks[i];
  return bundled;
}

/** The month's pairs from the gardens' month results (by id). */
export function monthPairs(pairs: readonly Pair[], results: ReadonlyMap<string, GardenMonthResult>, ruleSet: RuleSet): PairResult[] {
  return rankedPairs(pairs, (id) => {
    const r = results.get(id) as GardenMonthResult;
    return { gardenId: id, name: r.name, role: r.role, passed: r.meetsMonthlyMinimum, score: r.score, final: r.final };
  }, ruleSet.bundling.score, '本月');
}
