import type { RuleSet } from '../../../../schemas';
import { isAtOrAfter, toInstant, parseInstant } from '../calendar/instant';
import { deadlinesOf } from '../calendar/deadlines';
import { monthsOfTerm, termOf } from '../calendar/term';

/** Which garden-months a monthly run touches. */
export interface RunWindow {
  month: string;
  /** The assessed month's term, or null in a vacation month. */
  term: string | null;
  /** Months synced: the term's months up to the assessed one (just the month itself in a vacation). */
  months: string[];
  /** Of those, the months whose cutoff has passed at `asOf`: frozen by this run. */
  closed: string[];
  /** Every month of the term (the term-to-date assessment reads them all). */
  termMonths: string[];
}

/**
 * The run window. Earlier months of the term are synced again on purpose: their frozen snapshots do not
 * change, but an edit made after the freeze is recorded as a late change — that is how a month reported
 * only in the next month shows up. Later months are left to their own runs (a plan typed ahead is not a report).
 */
export function runWindow(month: string, asOf: string, ruleSet: RuleSet): RunWindow {
  const term = termOf(month, ruleSet);
  const termMonths = term ? monthsOfTerm(term, ruleSet) : [month];
  const months = termMonths.filter((m) => m <= month);
  const closed = months.filter((m) => isAtOrAfter(asOf, deadlinesOf(m, ruleSet).cutoff));
  return { month, term, months, closed, termMonths };
}

/** One spelling of an instant (UTC, milliseconds) so that equal instants make equal keys. */
export function normaliseInstant(iso: string): string {
  return toInstant(parseInstant(iso).toUTC());
}
