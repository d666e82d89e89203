import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../adapters/local-files/atomic-write';
import { writeBureauOutputs, type StoredBureauInputs } from '../local/bureau-outputs';
import type { FolderRun } from './assess-folder';
import { assessJson } from './assess-json';

/**
 * Writes a run's results into `outDir`: `assessment-YYYY-MM.json` (the --json object plus the full month and
 * term assessments). Each file is written beside and renamed into place, so a reader never sees half a file.
 *
 * Hook: the bureau's dashboard workbook and the 通报 / 考核 reports are rendered from the same `FolderRun`;
 * their writers go in `writeRunOutputs` next to the JSON (one call each), returning the paths they wrote.
 */
export async function writeRunOutputs(
  outDir: string, run: FolderRun, bureau?: StoredBureauInputs,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `assessment-${run.result.month}.json`);
  const body = { ...assessJson(run), assessment: run.result.assessment, termAssessment: run.result.term };
  await writeFileAtomically(file, `${JSON.stringify(body, null, 2)}\n`);
  if (!bureau) return [file];
  // The bureau's dashboard (out/dashboard.xlsx, its 抽查登记 rows kept) and the 通报 / 考核 reports.
  const { result } = run;
  const published = await writeBureauOutputs(outDir, {
    assessment: result.assessment, term: result.term, snapshots: bureau.snapshots, syncs: result.gardens,
    lateChanges: bureau.lateChanges, exceptions: bureau.exceptions, otherSpotChecks: result.spotChecks,
  }, bureau.timezone);
  return [file, published.dashboard, ...published.reports];
}
