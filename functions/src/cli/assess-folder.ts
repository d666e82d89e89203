import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { MonthAssessment, TermAssessment, type RosterIssue, type RuleSet } from '../../../schemas';
import type { FirestoreStores } from '../adapters/firestore';
import { SpotCheckFile } from '../adapters/local-files/spot-check-file';
import { readWorkbookGrid, WorkbookError, XlsxFolderSource } from '../adapters/workbook';
import { readRoster } from '../core/roster';
import { recordingSpotChecks } from '../usecases/record-spot-checks';
import { combinedSpotChecks } from '../usecases/spot-check-register';
import { registerSpotChecks } from '../local/bureau-outputs';
import { runMonthlyAssessment, type MonthlyRunResult, type RunLogger, type RunProgress } from '../usecases/run-monthly-assessment';

/** A data folder as the bureau keeps it offline: the pairing table, the gardens' plan tables, spot checks. */
export const DATA_LAYOUT = { roster: 'roster.xlsx', gardens: 'gardens', spotChecks: 'spot-checks.json' } as const;

export interface FolderRun {
  result: MonthlyRunResult;
  rosterIssues: RosterIssue[];
}

/** Something the user must fix before a run can happen (exit 2); the message is Chinese. */
export class CannotRunError extends Error {
  override readonly name = 'CannotRunError';
}

export interface AssessFolderDeps {
  stores: FirestoreStores;
  ruleSet: RuleSet;
  now: () => string;
  log: RunLogger;
  progress?: (event: RunProgress) => void;
}

/**
 * One monthly run over a data folder: imports `roster.xlsx` (saved to the roster store), then runs the monthly
 * assessment with the folder's plan tables and spot checks. Shared by `bangfu assess` and `bangfu demo`.
 */
export async function assessFolder(
  deps: AssessFolderDeps,
  input: { dataDir: string; month: string; asOf: string; /** Where out/dashboard.xlsx is: its 抽查登记 verdicts apply too. */ registerDir?: string },
): Promise<FolderRun> {
  const rosterFile = path.join(input.dataDir, DATA_LAYOUT.roster);
  const gardensDir = path.join(input.dataDir, DATA_LAYOUT.gardens);
  if (!(await exists(rosterFile))) throw new CannotRunError(`找不到结对名单：${rosterFile}（应为附件2《结对帮扶学校安排表》或名单模板）`);
  if (!(await exists(gardensDir))) throw new CannotRunError(`找不到各园计划表文件夹：${gardensDir}`);

  let grid;
  try {
    grid = await readWorkbookGrid(rosterFile);
  } catch (error) {
    if (error instanceof WorkbookError) throw new CannotRunError(error.message);
    throw error;
  }
  const { roster, issues } = readRoster(grid);
  if (!roster) {
    throw new CannotRunError([`结对名单“${path.basename(rosterFile)}”无法使用：`, ...issues.map((i) => `  ${i.message}`)].join('\n'));
  }
  await deps.stores.rosters.save(roster);

  const result = await runMonthlyAssessment({
    source: new XlsxFolderSource(gardensDir),
    describeUnreadable: (error) => (error instanceof WorkbookError ? error.message : null),
    rosters: deps.stores.rosters,
    gardenMonths: deps.stores.gardenMonths,
    runs: deps.stores.runs,
    monthResults: deps.stores.assessments(MonthAssessment),
    termResults: deps.stores.assessments(TermAssessment),
    // Every verdict a run assesses with goes on the audit record (bangfu audit).
    spotChecks: recordingSpotChecks(combinedSpotChecks(
      new SpotCheckFile(path.join(input.dataDir, DATA_LAYOUT.spotChecks)),
      ...(input.registerDir ? [registerSpotChecks(input.registerDir, roster, deps.ruleSet)] : []),
    ), deps.stores.spotCheckLog, deps.now),
    ruleSet: deps.ruleSet,
    now: deps.now,
    newRunId: randomUUID,
    log: deps.log,
    progress: deps.progress,
  }, { month: input.month, asOf: input.asOf, roster });
  return { result, rosterIssues: issues };
}

/** Whether the run used all input: no roster errors, no unused or unreadable sheets, no row errors. */
export function inputComplete(run: FolderRun): boolean {
  const { result } = run;
  return !run.rosterIssues.some((i) => i.severity === 'error')
    && result.sheetProblems.length === 0 && result.unreadable.length === 0
    && result.gardens.every((g) => (g.account?.errors ?? 0) === 0);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}
