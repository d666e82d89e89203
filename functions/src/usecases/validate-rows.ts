import type { CellGrid, Issue } from '../../../schemas';
import { readPlanTable } from '../core/intake';

export interface ValidateRowsInput {
  grid: CellGrid;
  /** The plan's year when the posted rows lack the title that carries it. */
  year?: number;
}

export interface ValidateRowsResult {
  /** Activities that would be accepted as typed. */
  accepted: number;
  errors: number;
  warnings: number;
  /** Sorted by row, then column; each message names its cell, in Chinese. */
  issues: Issue[];
  /** One line for the garden, in Chinese. */
  summary: string;
}

/**
 * Checks rows a garden is typing, with the same intake the sync uses, and writes nothing: the sheet's
 * script shows the issues; the stored data only changes through syncGarden.
 */
export function validateRows(deps: { now: () => string }, input: ValidateRowsInput): ValidateRowsResult {
  const table = readPlanTable(input.grid, { year: input.year, asOf: deps.now() });
  const errors = table.issues.filter((i) => i.severity === 'error').length;
  const warnings = table.issues.length - errors;
  return { accepted: table.rows.length, errors, warnings, issues: table.issues, summary: summarise(table.rows.length, errors, warnings) };
}

function summarise(accepted: number, errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return `检查通过：${accepted} 条活动填写无误。`;
  const parts = [errors > 0 ? `${errors} 处错误` : '', warnings > 0 ? `${warnings} 处提醒` : ''].filter(Boolean);
  return `${accepted} 条活动可以接收；发现${parts.join('、')}，请按提示修改。`;
}
