/**
 * The floor: the least any intake of these tables has to do, done as plainly as JavaScript allows and timed as
 * runCompute times intake (same tables, same batches, fresh process, CPU of all threads). Every cell is looked at;
 * every text cell is tested once by one compiled regex (a children's-data scan or a clean-up needs at least that);
 * the five short columns are looked up in a memo; one row object is kept per row for the assessment. Nothing is
 * checked, parsed or reported and nothing is assessed, so it is a practical ceiling for the compute figure on the
 * machine at hand: it calibrates that figure.
 */
import { cpuMs, planBatches, typedRows } from './compute';
import { syntheticRoster } from './synthetic/roster';

export interface FloorResult {
  gardens: number;
  rows: number;
  /** CPU milliseconds of the process, all threads, as ComputeResult.intakeMs. */
  ms: number;
  rowsPerSec: number;
}

/** One test per text: whitespace, control characters or full-width forms, as intake's own clean-up test. */
const ANY_SPECIAL = /[\u0000-\u0020\u007F\u00A0\u3000\uFEFF\uFF01-\uFF5E]/;
const MEMO_COLUMNS = 5;

interface KeptRow {
  row: number;
  month: unknown;
  date: unknown;
  task: unknown;
  person: unknown;
  status: unknown;
  type: unknown;
  classHours: unknown;
  participants: unknown;
  evidence: { plan: unknown; record: unknown; summary: unknown; photos: unknown };
  note: unknown;
  flags: number;
}

function keep(cells: readonly unknown[], row: number, flags: number): KeptRow {
  return {
    row, month: cells[0], date: cells[1], task: cells[2], person: cells[3], status: cells[4], type: cells[5],
    classHours: cells[6], participants: cells[7], evidence: { plan: cells[8], record: cells[9], summary: cells[10], photos: cells[11] },
    note: cells[12], flags,
  };
}

export function runFloor(size: number, now: () => number = cpuMs): FloorResult {
  const roster = syntheticRoster(size);
  const kept: KeptRow[] = [];
  const memo = new Map<string, number>();
  let rows = 0;
  let ms = 0;
  for (const { plans } of planBatches(roster)) {
    const t = now();
    for (const plan of plans) {
      const grid = plan.grid.rows;
      for (let r = 2; r < grid.length; r++) {
        const cells = grid[r];
        let flags = 0;
        for (let c = 0; c < cells.length; c++) {
          const value = cells[c];
          if (typeof value !== 'string') continue;
          if (ANY_SPECIAL.test(value)) flags++;
          if (c < MEMO_COLUMNS) {
            const known = memo.get(value);
            if (known === undefined) memo.set(value, c);
            else flags += known;
          }
        }
        kept.push(keep(cells, r + 1, flags));
      }
    }
    ms += now() - t;
    for (const plan of plans) rows += typedRows(plan);
  }
  // Kept alive to here, as intake's rows are kept for the assessment.
  if (kept.length < rows) throw new Error('floor: rows were dropped');
  return { gardens: roster.gardens.length, rows, ms, rowsPerSec: rows / (ms / 1000) };
}
