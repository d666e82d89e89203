import type { MonthAssessment, GardenMonthResult, PairResult } from '../../../../schemas/assessment';
import type { GardenMonth } from '../../../../schemas/garden-month';
import type { Roster } from '../../../../schemas/roster';
import type { RuleSet } from '../../../../schemas/rule-set';
import type { SpotCheck } from '../../../../schemas/spot-check';
import { deadlinesOf, onTimeDayOf } from '../calendar/deadlines';
import { isAtOrAfter, localDateOf, parseInstant } from '../calendar/instant';
import { dayLabel, monthLabel, parseMonthKey } from '../calendar/month';
import { termOf } from '../calendar/term';
import { monthSummary } from './county';
import { assessGardenMonth, type MonthContext } from './garden-month';
import { bundlePair, pairMemberIds } from './pair';
import { competitionRanks } from './ranking';
import { gardensById, reportsByGarden, spotChecksByGarden, unknownGardenNotes } from './reports';
import { compareText } from './rows';

export interface MonthInput {
  roster: Roster;
  ruleSet: RuleSet;
  /** `YYYY-MM`. */
  month: string;
  /** Garden-month snapshots in any order; a garden without one did not report. Other months are ignored. */
  reports: readonly GardenMonth[];
  /** Spot checks in any order; only this month's apply. */
  spotChecks: readonly SpotCheck[];
  /** The evaluation time (ISO instant). Before the month's cutoff the verdict is provisional. */
  asOf: string;
}

/**
 * The monthly assessment: every garden of the roster (roster order) against the rule set, then every pair
 * bundled, then the county roll-up. Pure and deterministic: the same input gives deep-equal output whatever
 * the order of reports, rows or spot checks. A vacation month yields an empty assessment with a note.
 */
export function assessMonth(input: MonthInput): MonthAssessment {
  const { roster, ruleSet, month, asOf } = input;
  parseMonthKey(month);
  parseInstant(asOf);
  const gardens = gardensById(roster);
  const deadlines = deadlinesOf(month, ruleSet);
  const final = isAtOrAfter(asOf, deadlines.cutoff);
  const term = termOf(month, ruleSet);
  const header = {
    ruleSetId: ruleSet.id, ruleSetVersion: ruleSet.version, county: roster.county, year: roster.year,
    asOf, final, month, term, deadlines,
  };
  if (term === null) {
    return { ...header, notes: [`${monthLabel(month)}为假期，不在考核月份内`], gardens: [], pairs: [], summary: monthSummary([], []) };
  }

  const ctx: MonthContext = {
    ruleSet, month, deadlines, asOf, final,
    asOfDate: localDateOf(asOf, ruleSet.timezone),
    onTimeDay: onTimeDayOf(month, ruleSet),
  };
  const reports = reportsByGarden(input.reports, month);
  const checks = spotChecksByGarden(input.spotChecks, month);
  const notes = unknownGardenNotes(reports, gardens);
  const results = new Map<string, GardenMonthResult>();
  for (const garden of roster.gardens) {
    const outcome = assessGardenMonth(garden, reports.get(garden.id), checks.get(garden.id) ?? [], ctx);
    results.set(garden.id, outcome.result);
    notes.push(...outcome.unmatchedSpotChecks.map((c) => `抽查记录“${c.id}”（${garden.name}，${matcherLabel(c)}）未能对应到本月资料中的活动，未予处理，请核对`));
  }
  notes.push(
    ...[...checks.keys()].filter((id) => !gardens.has(id)).sort(compareText)
      .map((id) => `抽查记录涉及的园所“${id}”不在结对名单中，未予处理`),
  );

  const pairs = rankPairs(roster.pairs.map((pair) =>
    bundlePair(pair, pairMemberIds(pair).map((id) => {
      const r = results.get(id) as GardenMonthResult;
      return { gardenId: id, name: r.name, role: r.role, passed: r.meetsMonthlyMinimum, score: r.score, final: r.final };
    }), ruleSet.bundling.score, '本月')));
  const gardenResults = roster.gardens.map((g) => results.get(g.id) as GardenMonthResult);
  return { ...header, notes, gardens: gardenResults, pairs, summary: monthSummary(gardenResults, pairs) };
}

export function rankPairs(pairs: PairResult[]): PairResult[] {
  const ranks = competitionRanks(pairs.map((p) => p.score));
  return pairs.map((p, i) => ({ ...p, rank: ranks[i] }));
}

function matcherLabel(check: SpotCheck): string {
  const { row, date, task } = check.activity;
  const where = date !== undefined ? dayLabel(date) : row !== undefined ? `第${row}行` : '';
  return `${where}${task !== undefined ? `“${task}”` : ''}`;
}
