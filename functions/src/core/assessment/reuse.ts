import type { GardenMonthResult, MonthAssessment } from '../../../../schemas/assessment';
import type { MonthInput } from './month';

/**
 * Month assessments this module made, with the inputs they were made from. A month-close assesses its month and
 * then the term that includes it; the term takes that month from the first assessment instead of assessing it
 * again, but only when it came from the very same input objects (rule set, roster, each report and spot check, in
 * order, and asOf) — callers do not change those objects in between, as a month-close never does. Anything else — an assessment read back from storage, one made with
 * another rule set or at another time — is simply assessed afresh, so reuse can never change a result.
 * Keyed weakly by the assessment: an entry lives exactly as long as the assessment it describes.
 */
const MADE = new WeakMap<MonthAssessment, Made>();

interface Made {
  input: MonthInput;
  /** Shallow copies (the garden results are shared): the caller owns the assessment and may add notes of its own (the monthly run does). */
  notes: readonly string[];
  gardens: readonly GardenMonthResult[];
}

export function recordMonth(assessment: MonthAssessment, input: MonthInput): void {
  MADE.set(assessment, { input, notes: [...assessment.notes], gardens: [...assessment.gardens] });
}

/** What a term takes from a month assessment. */
export interface ReusedMonth {
  final: boolean;
  notes: readonly string[];
  /** Roster order. */
  gardens: readonly GardenMonthResult[];
}

/** The garden results and notes of `input`'s month, when one of `candidates` was made from exactly `input`. */
export function reusedMonth(candidates: readonly MonthAssessment[], input: MonthInput): ReusedMonth | undefined {
  for (const candidate of candidates) {
    const made = MADE.get(candidate);
    if (made && sameInput(made.input, input)) return { final: candidate.final, notes: made.notes, gardens: made.gardens };
  }
  return undefined;
}

function sameInput(a: MonthInput, b: MonthInput): boolean {
  return a.month === b.month && a.asOf === b.asOf && a.ruleSet === b.ruleSet && a.roster === b.roster
    && sameItems(a.reports, b.reports) && sameItems(a.spotChecks, b.spotChecks);
}

/** The same objects in the same order (two empty lists are the same, however they were made). */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
