import type { GardenMonth, MonthAssessment, SpotCheck, TermAssessment } from '../../../schemas';
import { isAfter, monthLabel } from '../core/calendar';
import { buildDashboard, dashboardHistory, type Dashboard, type LateChange } from '../core/dashboard';
import { buildBulletin, buildTermReport, type Report } from '../core/reports';
import type { RegisterRead } from '../core/spot-checks';
import type { GardenMonthStore } from './ports/garden-month-store';

/** Where the dashboard goes: an .xlsx file locally, the bureau's Google spreadsheet in the cloud. */
export interface DashboardSink {
  /** The 抽查登记 tab as it stands now (read right before writing, so nothing typed since the run is lost). */
  readRegister(): Promise<RegisterRead>;
  write(dashboard: Dashboard): Promise<string>;
}

/** Where reports go: out/ locally; the bureau's Drive folder in the cloud. Returns where each file landed. */
export interface ReportSink {
  write(reports: readonly Report[]): Promise<string[]>;
}

export interface PublishInput {
  assessment: MonthAssessment;
  term: TermAssessment | null;
  /** The term's garden-month snapshots (open issues, evidence links). */
  snapshots: readonly GardenMonth[];
  /** Per garden and month, the sync outcomes of this run (`late`: changed after the freeze). */
  syncs: readonly { gardenId: string; months: readonly { month: string; outcome: string; rows: number }[] }[];
  /** Every late change on record for the snapshots (see termHistory); absent: only this run's, without times. */
  lateChanges?: readonly LateChange[];
  exceptions?: readonly { gardenId: string; month: string }[];
  /**
   * The spot checks the run assessed with (MonthlyRunResult.spotChecks), the offline spot-checks.json among them. The
   * register is read again as the dashboard is rewritten; a check in both is listed once, as the register has it.
   */
  otherSpotChecks?: readonly SpotCheck[];
  issuer: string;
}

export interface Published {
  dashboard: string;
  reports: string[];
}

/** Late changes of this run, as the dashboard lists them. */
export function lateChangesOf(syncs: PublishInput['syncs']): LateChange[] {
  return syncs.flatMap((s) => s.months.filter((m) => m.outcome === 'late').map((m) => ({
    gardenId: s.gardenId, month: m.month, at: null,
    detail: `${monthLabel(m.month)}截止后又修改了计划表（现有${m.rows}行），修改已记录，不计入考核`,
  })));
}

/**
 * The history the dashboard shows for the term's snapshots: every late change on record, with when it was seen,
 * and the garden-months granted an exception (例外). One history read per garden-month.
 */
export async function termHistory(
  store: Pick<GardenMonthStore, 'history'>, snapshots: readonly GardenMonth[], timezone: string,
): Promise<Required<Pick<PublishInput, 'lateChanges' | 'exceptions'>>> {
  const records = await Promise.all(snapshots.map(async (s) => ({ gardenId: s.gardenId, month: s.month, history: await store.history(s.gardenId, s.month) })));
  return dashboardHistory(records, timezone);
}

/**
 * After a monthly run: regenerate the bureau's dashboard (its 抽查登记 rows kept) and write the month's 通报 and,
 * in term time, the term-to-date 考核.
 */
export async function publishResults(deps: { dashboard: DashboardSink; reports: ReportSink }, input: PublishInput): Promise<Published> {
  const register = await deps.dashboard.readRegister();
  const dashboard = buildDashboard({
    month: input.assessment, term: input.term, reports: input.snapshots, register,
    lateChanges: input.lateChanges ?? lateChangesOf(input.syncs), exceptions: input.exceptions ?? [],
  });
  const where = await deps.dashboard.write(dashboard);
  // As the run: a check dated after the evaluation time is not part of this month's outcome.
  const inRegister = new Set(register.checks.map((c) => c.id));
  const spotChecks = [...register.checks, ...(input.otherSpotChecks ?? []).filter((c) => !inRegister.has(c.id))]
    .filter((c) => !isAfter(c.checkedAt, input.assessment.asOf));
  const reports: Report[] = [];
  if (input.assessment.term !== null) reports.push(buildBulletin({ month: input.assessment, spotChecks, reports: input.snapshots, issuer: input.issuer }));
  if (input.term) reports.push(buildTermReport(input.term, input.issuer));
  return { dashboard: where, reports: await deps.reports.write(reports) };
}
