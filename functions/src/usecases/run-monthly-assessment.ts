import {
  Instant, MonthKey, type MonthAssessment, type Roster, type RuleSet, type SpotCheck, type TermAssessment,
} from '../../../schemas';
import { assessMonth, assessTerm } from '../core/assessment';
import { isAfter } from '../core/calendar';
import { advanceCursor, assessmentFingerprint, assessmentRunKey, normaliseInstant, runWindow, type SheetProblem } from '../core/monthly-run';
import { UseCaseFailure } from './errors';
import { readCounty, type CountyTables, type ReadCountyDeps, type UnreadableSheet } from './monthly-run/read-county';
import { storeResults, replayResults } from './monthly-run/results';
import { syncCounty, type GardenSync } from './monthly-run/sync-county';
import type { AssessmentStore } from './ports/assessment-store';
import type { GardenMonthStore } from './ports/garden-month-store';
import type { RosterStore } from './ports/roster-store';
import type { RunLog } from './ports/run-log';

/** Spot-check verdicts the bureau recorded (a store in production, a file locally). */
export interface SpotCheckSource {
  /** Verdicts about these gardens in these months. */
  list(gardenIds: readonly string[], months: readonly string[]): Promise<SpotCheck[]>;
}

/** Structured logging as the use case needs it (the adapters' Logger fits). */
export interface RunLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface RunProgress {
  phase: 'read' | 'sync' | 'assess';
  done: number;
  total: number;
  label: string;
}

export interface MonthlyRunDeps extends Omit<ReadCountyDeps, 'progress'> {
  rosters: Pick<RosterStore, 'get'>;
  gardenMonths: Pick<GardenMonthStore, 'applySnapshot' | 'freeze' | 'listMonth'>;
  runs: RunLog;
  monthResults: AssessmentStore<MonthAssessment>;
  termResults: AssessmentStore<TermAssessment>;
  spotChecks?: SpotCheckSource;
  ruleSet: RuleSet;
  now: () => string;
  newRunId: () => string;
  log: RunLogger;
  progress?: (event: RunProgress) => void;
}

export interface MonthlyRunInput {
  /** `YYYY-MM`. */
  month: string;
  /** The evaluation time: the month is assessed as it stood then. */
  asOf: string;
  /** The roster itself, or where the roster store keeps it. */
  roster: Roster | { county: string; year: number };
  /** Read no sheet, use the stored snapshots (a fan-out's finalizer: its workers did the reading). */
  readNothing?: boolean;
  /** Notes for the bureau added to the month's assessment (e.g. the gardens a fan-out could not read in time). */
  notes?: readonly string[];
}

export interface MonthlyRunResult {
  month: string;
  asOf: string;
  businessKey: string;
  /** True when these exact inputs had been assessed before: the stored result is returned, nothing rewritten. */
  replayed: boolean;
  assessment: MonthAssessment;
  /** The term to date (months after `asOf` provisional); null in a vacation month. */
  term: TermAssessment | null;
  /** Per garden of the roster (roster order): the sheet used, its rows accounted for, each month's sync outcome. */
  gardens: (GardenSync & { name: string })[];
  /** Sheets not used, each with the reason (unmatched, ambiguous, duplicate). */
  sheetProblems: SheetProblem[];
  unreadable: UnreadableSheet[];
  /** Sheets left unread (`readNothing`): their gardens were assessed on their stored snapshots. */
  notRead: { location: string; title: string }[];
  /** The bureau's spot-check verdicts of the term the run assessed with, from every source, for the 通报 to list. */
  spotChecks: SpotCheck[];
}

/**
 * The monthly job: read every garden's plan table, sync the term's garden-months up to `month`, freeze the
 * months whose cutoff has passed, assess the month and the term to date, and store the results.
 *
 * Idempotence and re-assessment: the run log key is `assessment:YYYY-MM@<asOf>#<inputs fingerprint>`. The same
 * month at the same evaluation time with the same inputs (snapshots, roster, rule-set version, spot checks)
 * is done once — a double firing or a re-run gets the stored result back. A later `asOf` (re-assessing a past
 * month as it stood at another time) or changed inputs make a new key, a new assessment, stored beside the old
 * ones; `month:YYYY-MM` always holds the one with the latest `asOf`.
 */
export async function runMonthlyAssessment(deps: MonthlyRunDeps, input: MonthlyRunInput): Promise<MonthlyRunResult> {
  if (!MonthKey.safeParse(input.month).success) throw new UseCaseFailure('invalid_request', `月份“${input.month}”格式不对，应为 YYYY-MM`);
  if (!Instant.safeParse(input.asOf).success) throw new UseCaseFailure('invalid_request', `评估时间“${input.asOf}”格式不对，应为 ISO-8601（如 2020-04-01T09:00:00+08:00）`);
  const roster = await resolveRoster(deps, input.roster);
  const { month, asOf } = input;
  const window = runWindow(month, asOf, deps.ruleSet);
  const step = (phase: RunProgress['phase']) => (done: number, total: number, label: string) =>
    deps.progress?.({ phase, done, total, label });
  deps.log.info('monthly run: reading plan tables', { month, asOf, months: window.months });

  const tables = await readCounty({ ...deps, progress: step('read') }, roster, { asOf, months: window.months, readNothing: input.readNothing });
  const syncs = await syncCounty({ ...deps, progress: step('sync') }, roster, tables, window);
  await saveSyncCursor(deps, roster.county, tables);
  const gardens = syncs.map((s) => ({ ...s, name: roster.gardens.find((g) => g.id === s.gardenId)!.name }));
  for (const p of tables.problems) deps.log.warn('monthly run: sheet not used', { title: p.title, reason: p.reason });

  const reports = (await Promise.all(window.termMonths.map((m) => deps.gardenMonths.listMonth(m)))).flat();
  const spotChecks = ((await deps.spotChecks?.list(roster.gardens.map((g) => g.id), window.termMonths)) ?? []).filter((c) => !isAfter(c.checkedAt, asOf));
  const fingerprint = assessmentFingerprint({
    month, asOf, ruleSet: deps.ruleSet, roster, spotChecks: spotChecks.filter((c) => window.months.includes(c.month)),
    reports: reports.filter((r) => window.months.includes(r.month)),
  });
  const businessKey = assessmentRunKey(month, asOf, fingerprint);
  const base = {
    month, asOf: normaliseInstant(asOf), businessKey, gardens, sheetProblems: tables.problems, unreadable: tables.unreadable, notRead: tables.notRead, spotChecks,
  };

  const runId = deps.newRunId();
  const claim = await deps.runs.claim(businessKey, runId, deps.now());
  if (!claim.claimed) {
    if (claim.existing.status !== 'completed') throw new UseCaseFailure('busy', `${month} 的考核正在进行中，请稍后再试`, { businessKey });
    const stored = await replayResults(deps, businessKey);
    if (stored) {
      deps.log.info('monthly run: inputs already assessed, stored result returned', { businessKey });
      return { ...base, replayed: true, ...stored };
    }
    throw new UseCaseFailure('conflict', `${month} 的考核记录已完成但结果缺失，请联系管理员`, { businessKey });
  }

  try {
    step('assess')(0, 1, month);
    const assessment = assessMonth({ roster, ruleSet: deps.ruleSet, month, reports, spotChecks, asOf });
    assessment.notes.push(...(input.notes ?? []));
    // The term takes this month from the assessment above (made from the same inputs) rather than assessing it again.
    const term = window.term ? assessTerm({ roster, ruleSet: deps.ruleSet, term: window.term, reports, spotChecks, asOf, monthly: [assessment] }) : null;
    await storeResults(deps, businessKey, runId, assessment, term);
    await deps.runs.complete(businessKey, runId, deps.now(), {
      month, asOf: base.asOf, fingerprint, gardens: assessment.gardens.length,
      pairsPassed: assessment.summary.pairsPassed, pairs: assessment.summary.pairs, term: window.term,
    });
    step('assess')(1, 1, month);
    deps.log.info('monthly run: done', { businessKey, pairsPassed: assessment.summary.pairsPassed });
    return { ...base, replayed: false, assessment, term };
  } catch (error) {
    await deps.runs.fail(businessKey, runId, deps.now(), error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  }
}

/** After a complete sync, the next run's listing starts from what this one listed. */
async function saveSyncCursor(deps: MonthlyRunDeps, county: string, tables: CountyTables): Promise<void> {
  if (!deps.sheetSyncs || !tables.incremental) return;
  const { cursor, listed, pending } = tables.incremental;
  const next = advanceCursor(cursor, { county, listed, pending, now: deps.now() });
  if (next) await deps.sheetSyncs.saveCursor(next);
}

async function resolveRoster(deps: MonthlyRunDeps, roster: MonthlyRunInput['roster']): Promise<Roster> {
  if ('gardens' in roster) return roster;
  const stored = await deps.rosters.get(roster.county, roster.year);
  if (!stored) throw new UseCaseFailure('not_found', `尚未导入${roster.county}${roster.year}年的结对名单`);
  return stored;
}
