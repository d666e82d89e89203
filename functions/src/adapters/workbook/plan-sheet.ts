import type { CellGrid } from '../../../../schemas';
import { readPlanTable } from '../../core/intake';

/** Whether a sheet holds a plan table: intake finds its header row (one definition of "header", in the core). */
export function looksLikePlanTable(grid: CellGrid): boolean {
  return readPlanTable(grid).headerRow !== null;
}
