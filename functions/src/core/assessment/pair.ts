import type { PairResult } from '../../../../schemas/assessment';
import { GARDEN_ROLE_LABELS, type GardenRole, type Pair } from '../../../../schemas/roster';
import type { BundlingScore } from '../../../../schemas/rule-set';
import { roundPoints } from './items';

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
