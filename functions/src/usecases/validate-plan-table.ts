import type { Issue, PlanRow, SourceVersion } from '../../../schemas';
import { readPlanTable, type SkippedRow } from '../core/intake';
import type { SheetRef, SheetSource } from './ports/sheet-source';

export interface ValidatePlanTableDeps {
  source: SheetSource;
  /** Now, as an ISO instant: done activities dated later get a warning. */
  now: () => string;
}

export interface ValidatePlanTableInput {
  ref: SheetRef;
  /** The plan's year; by default the one in the table's title (2020年). */
  year?: number;
}

export interface ValidatePlanTableResult {
  ref: SheetRef;
  source: SourceVersion;
  sheetName: string | null;
  garden: string | null;
  year: number | null;
  /** Accepted activities, in sheet order. */
  rows: PlanRow[];
  /** Sorted by row, then column; each message names its cell, in Chinese. */
  issues: Issue[];
  skipped: SkippedRow[];
  errors: number;
  warnings: number;
}

/**
 * Reads one garden's plan table and checks it with intake, writing nothing: what `bangfu validate` shows
 * for an .xlsx file, and what a garden sees before its month is synced.
 */
export async function validatePlanTable(deps: ValidatePlanTableDeps, input: ValidatePlanTableInput): Promise<ValidatePlanTableResult> {
  const snapshot = await deps.source.read(input.ref);
  const table = readPlanTable(snapshot.grid, { year: input.year, asOf: deps.now() });
  const errors = table.issues.filter((issue) => issue.severity === 'error').length;
  return {
    ref: snapshot.ref,
    source: snapshot.source,
    sheetName: snapshot.grid.sheetName ?? null,
    garden: table.garden,
    year: table.year,
    rows: table.rows,
    issues: table.issues,
    skipped: table.skipped,
    errors,
    warnings: table.issues.length - errors,
  };
}
