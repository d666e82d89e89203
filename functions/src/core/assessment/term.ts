import type { PairResult } from '../../../../schemas/assessment';
import type { CountyTermSummary, GardenTermResult, TermAssessment } from '../../../../schemas/term-assessment';
import type { GardenMonth } from '../../../../schemas/garden-month';
import type { Roster } from '../../../../schemas/roster';
import type { RuleSet } from '../../../../schemas/rule-set';
import type { SpotCheck } from '../../../../schemas/spot-check';
import { monthLabel } from '../calendar/month';
import { monthsOfTerm, termLabel } from '../calendar/term';
import { roundHours } from './activities';
import { rate } from './county';
import { assessGardenTerm } from './garden-term';
import { assessMonth, rankPairs } from './month';
import { bundlePair, pairMemberIds } from './pair';
import { groupRanks } from './ranking';

export interface TermInput {
  roster: Roster;
  ruleSet: RuleSet;
  /** `2020-spring`. */
  term: string;
  /** Snapshots of any months in any order; only the term's school months are used. */
  reports: readonly GardenMonth[];
  spotChecks: readonly SpotCheck[];
  asOf: string;
}

/**
 * The semester assessment (分学期进行考核): each school month assessed as in assessMonth, then per garden the
 * cumulative items and term score, per pair the bundled outcome, rankings (gardens within their role, pairs),
 * and the county roll-up. Final once every month of the term is final.
 */
export function assessTerm(input: TermInput): TermAssessment {
  const { roster, ruleSet, term, asOf } = input;
  const months = monthsOfTerm(term, ruleSet);
  const monthly = months.map((month) =>
    assessMonth({ roster, ruleSet, month, reports: input.reports, spotChecks: input.spotChecks, asOf }));

  const unranked = roster.gardens.map((garden, index) =>
    assessGardenTerm(garden, term, monthly.map((m) => m.gardens[index]), ruleSet));
  const ranks = groupRanks(unranked, (g) => g.role, (g) => g.score);
  const gardens = unranked.map((g, i) => ({ ...g, rank: ranks[i] }));
  const byId = new Map(gardens.map((g) => [g.gardenId, g]));

  const pairs = rankPairs(roster.pairs.map((pair) =>
    bundlePair(pair, pairMemberIds(pair).map((id) => {
      const g = byId.get(id) as GardenTermResult;
      return { gardenId: id, name: g.name, role: g.role, passed: g.passed, score: g.score, final: g.final };
    }), ruleSet.bundling.score, '本学期')));

  const notes = [...new Set(monthly.flatMap((m) => m.notes.map((n) => `${monthLabel(m.month)}：${n}`)))];
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    county: roster.county,
    year: roster.year,
    asOf,
    final: monthly.every((m) => m.final),
    notes,
    term,
    termLabel: termLabel(term, ruleSet),
    months,
    gardens,
    pairs,
    summary: termSummary(gardens, pairs, months.length),
  };
}

function termSummary(gardens: readonly GardenTermResult[], pairs: readonly PairResult[], schoolMonths: number): CountyTermSummary {
  const sum = (f: (g: GardenTermResult) => number) => gardens.reduce((s, g) => s + f(g), 0);
  const monthsDue = gardens.length * schoolMonths;
  const monthsReported = sum((g) => g.monthsReported);
  const monthsOnTime = sum((g) => g.monthsOnTime);
  return {
    gardens: gardens.length,
    gardensPassed: gardens.filter((g) => g.passed).length,
    pairs: pairs.length,
    pairsPassed: pairs.filter((p) => p.passed).length,
    monthsDue,
    monthsReported,
    monthsOnTime,
    monthsMet: sum((g) => g.monthsMet),
    reportingRate: rate(monthsReported, monthsDue),
    onTimeRate: rate(monthsOnTime, monthsDue),
    doneActivities: sum((g) => g.doneActivities),
    classHours: roundHours(sum((g) => g.classHours)),
    falsified: sum((g) => g.falsified),
  };
}
