import type { MonthAssessment } from '../../../../schemas/assessment';
import type { GardenTermResult, TermAssessment } from '../../../../schemas/term-assessment';
import type { GardenMonth } from '../../../../schemas/garden-month';
import type { Garden, Roster } from '../../../../schemas/roster';
import type { RuleSet } from '../../../../schemas/rule-set';
import type { SpotCheck } from '../../../../schemas/spot-check';
import { monthLabel } from '../calendar/month';
import { monthsOfTerm, termLabel } from '../calendar/term';
import { termSummary } from './county';
import { assessGardenTerm, tallyOfFacts, tallyOfResult, termPlan, type MonthTally } from './garden-term';
import { MonthRun, prepareMonth, type MonthInput } from './month';
import { rankedPairs } from './pair';
import { groupRanks } from './ranking';
import { reusedMonth, type ReusedMonth } from './reuse';

export interface TermInput {
  roster: Roster;
  ruleSet: RuleSet;
  /** `2020-spring`. */
  term: string;
  /** Snapshots of any months in any order; only the term's school months are used. */
  reports: readonly GardenMonth[];
  spotChecks: readonly SpotCheck[];
  asOf: string;
  /**
   * Month assessments already made by assessMonth from these same inputs (a month-close assesses its month, then
   * the term). A term month made from exactly this roster, rule set, reports, spot checks and asOf is taken from
   * them instead of being assessed again; any other is ignored. The result is the same either way.
   */
  monthly?: readonly MonthAssessment[];
}

/**
 * The semester assessment (分学期进行考核): each school month assessed as in assessMonth, then per garden the
 * cumulative items and term score, per pair the bundled outcome, rankings (gardens within their role, pairs),
 * and the county roll-up. Final once every month of the term is final.
 */
export function assessTerm(input: TermInput): TermAssessment {
  const { roster, ruleSet, term, asOf } = input;
  const months = monthsOfTerm(term, ruleSet);
  let checked: ReadonlyMap<string, Garden> | undefined;
  const monthly = months.map((month) => {
    const m = termMonth({ roster, ruleSet, month, reports: input.reports, spotChecks: input.spotChecks, asOf }, input.monthly ?? [], checked);
    if ('run' in m) checked ??= m.run.prepared.gardens;
    return m;
  });

  // Garden by garden through all months at once: a garden's month results are dropped as soon as its term is
  // made, so they die young instead of filling the heap until the whole county is done (GC was a third of the
  // bench). A roster that lists a garden twice gives both places the later entry's months, as pairs see them.
  const plan = termPlan(ruleSet);
  const unique = new Set(roster.gardens.map((g) => g.id)).size === roster.gardens.length;
  const byId = new Map<string, MonthTally[]>();
  const gardens: GardenTermResult[] = [];
  for (let index = 0; index < roster.gardens.length; index++) {
    const garden = roster.gardens[index];
    const tallies: MonthTally[] = [];
    for (let k = 0; k < monthly.length; k++) tallies.push(tallyOf(monthly[k], garden, index));
    if (unique) gardens.push(assessGardenTerm(garden, term, tallies, ruleSet, plan));
    else byId.set(garden.id, tallies);
  }
  if (!unique) for (const garden of roster.gardens) gardens.push(assessGardenTerm(garden, term, byId.get(garden.id) ?? [], ruleSet, plan));
  const monthNotes = monthly.map(notesOf);
  // Ranked in place: the results were made just above.
  const ranks = groupRanks(gardens, (g) => g.role, (g) => g.score);
  for (let i = 0; i < gardens.length; i++) gardens[i].rank = ranks[i];
  const termsById = new Map(gardens.map((g) => [g.gardenId, g]));

  const pairs = rankedPairs(roster.pairs, (id) => {
    const g = termsById.get(id) as GardenTermResult;
    return { gardenId: id, name: g.name, role: g.role, passed: g.passed, score: g.score, final: g.final };
  }, ruleSet.bundling.score, '本学期');

  const notes = [...new Set(monthly.flatMap((m, k) => monthNotes[k].map((n) => `${monthLabel(m.month)}：${n}`)))];
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    ruleSetTitle: ruleSet.title,
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

/** A month of a term: taken from a month assessment of exactly these inputs, or being assessed garden by garden. */
type TermMonth = { month: string; final: boolean } & ({ reused: ReusedMonth } | { run: MonthRun });

function termMonth(input: MonthInput, given: readonly MonthAssessment[], gardens?: ReadonlyMap<string, Garden>): TermMonth {
  const reused = reusedMonth(given, input);
  if (reused) return { month: input.month, final: reused.final, reused };
  const prepared = prepareMonth(input, gardens);
  return { month: input.month, final: prepared.header.final, run: new MonthRun(input, prepared) };
}

/** The month of the roster's garden at `index`: asked once per garden, in roster order. */
function tallyOf(month: TermMonth, garden: Garden, index: number): MonthTally {
  return 'run' in month ? tallyOfFacts(month.run.facts(garden), month.run.ctx) : tallyOfResult(month.reused.gardens[index]);
}

/** The month's notes: asked once, after the last garden. */
function notesOf(month: TermMonth): readonly string[] {
  return 'run' in month ? month.run.finish() : month.reused.notes;
}
