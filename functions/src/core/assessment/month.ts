import type { MonthAssessment, GardenMonthResult } from '../../../../schemas/assessment';
import type { GardenMonth } from '../../../../schemas/garden-month';
import type { Garden, Roster } from '../../../../schemas/roster';
import type { RuleSet } from '../../../../schemas/rule-set';
import type { SpotCheck } from '../../../../schemas/spot-check';
import { deadlinesOf } from '../calendar/deadlines';
import { instantMillis } from '../calendar/instant';
import { dayLabel, monthLabel, parseMonthKey } from '../calendar/month';
import { termOf } from '../calendar/term';
import { monthSummary } from './county';
import { gardenMonthFacts, gardenMonthResult, type GardenMonthFacts } from './garden-month';
import { monthContext, type MonthContext } from './month-context';
import { monthPairs } from './pair';
import { reportingByTime, type ReportingByTime } from './reporting';
import { recordMonth } from './reuse';
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

export type MonthHeader = Omit<MonthAssessment, 'notes' | 'gardens' | 'pairs' | 'summary'>;

/**
 * The monthly assessment: every garden of the roster (roster order) against the rule set, then every pair
 * bundled, then the county roll-up. Pure and deterministic: the same input gives deep-equal output whatever
 * the order of reports, rows or spot checks. A vacation month yields an empty assessment with a note.
 */
export function assessMonth(input: MonthInput): MonthAssessment {
  const prepared = prepareMonth(input);
  const { header } = prepared;
  if (header.term === null) {
    return { ...header, notes: [`${monthLabel(input.month)}为假期，不在考核月份内`], gardens: [], pairs: [], summary: monthSummary([], []) };
  }
  const run = new MonthRun(input, prepared);
  const byId = new Map<string, GardenMonthResult>();
  const roster = input.roster.gardens;
  for (let i = 0; i < roster.length; i++) byId.set(roster[i].id, run.result(roster[i], run.facts(roster[i])));
  const notes = run.finish();
  // By id, as pairs name them: should the roster list a garden twice, both places show its one result.
  const gardens = input.roster.gardens.map((g) => byId.get(g.id) as GardenMonthResult);
  const pairs = monthPairs(input.roster.pairs, byId, input.ruleSet);
  const assessment: MonthAssessment = { ...header, notes, gardens, pairs, summary: monthSummary(gardens, pairs) };
  recordMonth(assessment, input);
  return assessment;
}

export interface PreparedMonth {
  header: MonthHeader;
  gardens: ReadonlyMap<string, Garden>;
}

/**
 * Checks the input (month, asOf, roster, in that order) and works out the month's header. `gardens` is the
 * roster already checked, when another month of the same input did it.
 */
export function prepareMonth(input: MonthInput, gardens?: ReadonlyMap<string, Garden>): PreparedMonth {
  const { roster, ruleSet, month, asOf } = input;
  parseMonthKey(month);
  const asOfMs = instantMillis(asOf);
  gardens ??= gardensById(roster);
  const deadlines = deadlinesOf(month, ruleSet);
  const header: MonthHeader = {
    ruleSetId: ruleSet.id, ruleSetVersion: ruleSet.version, ruleSetTitle: ruleSet.title, county: roster.county, year: roster.year,
    asOf, final: asOfMs >= instantMillis(deadlines.cutoff), month, term: termOf(month, ruleSet), deadlines,
  };
  return { header, gardens };
}

/**
 * A school month (`header.term` is set) assessed one garden at a time, in roster order: what assessMonth and a
 * term share. A class, not closures: V8 optimises a method once for every month, a closure once per month.
 */
export class MonthRun {
  readonly ctx: MonthContext;
  private readonly reports: ReadonlyMap<string, GardenMonth>;
  private readonly reporting: ReportingByTime;
  private readonly checks: ReadonlyMap<string, SpotCheck[]>;
  private readonly notes: string[];

  constructor(input: MonthInput, readonly prepared: PreparedMonth) {
    const { header, gardens } = prepared;
    this.ctx = monthContext(input.ruleSet, input.month, input.asOf, header.deadlines, header.final);
    this.reports = reportsByGarden(input.reports, input.month);
    this.reporting = reportingByTime(input.roster.gardens, this.reports, this.ctx);
    this.checks = spotChecksByGarden(input.spotChecks, input.month);
    this.notes = unknownGardenNotes(this.reports, gardens);
  }

  /** Once per roster entry, in roster order: notes the garden's unmatched spot checks. */
  facts(garden: Garden): GardenMonthFacts {
    const facts = gardenMonthFacts(garden, this.reports.get(garden.id), this.checksOf(garden), this.reporting, this.ctx);
    const unmatched = facts.ledger.unmatchedSpotChecks;
    for (let i = 0; i < unmatched.length; i++) {
      const c = unmatched[i];
      this.notes.push(`抽查记录“${c.id}”（${garden.name}，${matcherLabel(c)}）未能对应到本月资料中的活动，未予处理，请核对`);
    }
    return facts;
  }

  result(garden: Garden, facts: GardenMonthFacts): GardenMonthResult {
    return gardenMonthResult(garden, facts, this.checksOf(garden), this.ctx);
  }

  /** The month's notes, complete: call once, after the last garden. */
  finish(): string[] {
    const { gardens } = this.prepared;
    for (const id of [...this.checks.keys()].filter((id) => !gardens.has(id)).sort(compareText)) {
      this.notes.push(`抽查记录涉及的园所“${id}”不在结对名单中，未予处理`);
    }
    return this.notes;
  }

  private checksOf(garden: Garden): readonly SpotCheck[] {
    return this.checks.get(garden.id) ?? NO_CHECKS;
  }
}

const NO_CHECKS: readonly SpotCheck[] = [];

function matcherLabel(check: SpotCheck): string {
  const { row, date, task } = check.activity;
  const where = date !== undefined ? dayLabel(date) : row !== undefined ? `第${row}行` : '';
  return `${where}${task !== undefined ? `“${task}”` : ''}`;
}
