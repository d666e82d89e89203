import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { isBlankCell, readPlanTable, type PlanTable } from '../../../functions/src/core/intake';
import { Issue, PlanRow, type CellGrid } from '../../../schemas';
import { bigHostileGrid, FORM_HEADER, hostileGrid, hugeRows } from './hostile-grids';

const counts = { grids: 0, rows: 0, accepted: 0, issues: 0, skipped: 0 };
afterAll(() => {
  console.log(`fuzz: ${counts.grids} grids generated, ${counts.rows} rows checked → ${counts.accepted} plan rows, ${counts.issues} issues, ${counts.skipped} skipped`);
});

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function read(grid: CellGrid, rows: number, options?: Parameters<typeof readPlanTable>[1]): PlanTable {
  const table = readPlanTable(grid, options);
  counts.grids++;
  counts.rows += rows;
  counts.accepted += table.rows.length;
  counts.issues += table.issues.length;
  counts.skipped += table.skipped.length;
  return table;
}

/** Every non-empty row of the grid is accepted, skipped (scaffolding/note/title) or has an error; never two. */
function expectEveryRowAccountedFor(grid: CellGrid, table: PlanTable): void {
  const rows = (grid as { rows: unknown[] }).rows;
  if (table.headerRow === null) {
    expect(table.issues.map((i) => i.code)).toContain('table.no_header');
    return;
  }
  const accepted = new Set(table.rows.map((r) => r.row));
  const skipped = new Set(table.skipped.map((s) => s.row));
  // An issue for a block (a merged or carried-down month) stands for each non-empty row of its span.
  const errored = new Set<number>();
  for (const issue of table.issues) {
    if (issue.severity === 'error') for (let r = issue.row; r <= (issue.lastRow ?? issue.row); r++) errored.add(r);
  }
  // Collected, then asserted once: an expect per row would cost more than the intake itself on 10k rows.
  const wrong: string[] = [];
  for (let r = 1; r <= rows.length; r++) {
    const cells = rows[r - 1];
    const filled = Array.isArray(cells) && cells.some((v) => !isBlankCell(v));
    if (r < table.headerRow) {
      if (filled && !skipped.has(r)) wrong.push(`row ${r} above the header not recorded`);
      continue;
    }
    if (r === table.headerRow) continue;
    const outcomes = Number(accepted.has(r)) + Number(skipped.has(r)) + Number(filled && errored.has(r));
    if (outcomes !== (filled ? 1 : 0)) wrong.push(`row ${r}: ${outcomes} outcomes`);
  }
  expect(wrong).toEqual([]);
}

/** What intake hands on is what the store will accept: schema-valid, no control characters, no child's ID. */
function expectStorable(table: PlanTable): void {
  const wrong: unknown[] = [];
  for (const row of table.rows) {
    if (!PlanRow.safeParse(row).success || CONTROL.test(row.task) || row.task.includes('张小明') || (row.note ?? '').includes('620722201503041234')) wrong.push(row);
  }
  for (const issue of table.issues) {
    if (!Issue.safeParse(issue).success || issue.message.length >= 400) wrong.push(issue);
  }
  expect(wrong).toEqual([]);
}

describe('intake under hostile plan tables', () => {
  it('never throws, and every non-empty row is a plan row, an issue or a recorded skip', () => {
    fc.assert(fc.property(hostileGrid, fc.boolean(), ({ grid, rows }, withOptions) => {
      const table = read(grid, rows, withOptions ? { year: 2020, asOf: '2020-06-01T00:00:00+08:00' } : {});
      expectEveryRowAccountedFor(grid, table);
      expectStorable(table);
    }), { numRuns: 500 });
  });

  it('reads 100,000-character cells in every column', () => {
    const body = hugeRows(FORM_HEADER.length + 2);
    const grid = { rows: [['光彩幼儿园2020年结对帮扶工作计划表'], FORM_HEADER, ...body], merges: [{ startRow: 2, endRow: 9, startCol: 0, endCol: 1 }] } as CellGrid;
    const table = read(grid, grid.rows.length, { year: 2020 });
    expectEveryRowAccountedFor(grid, table);
    expectStorable(table);
  });

  it('survives grids that are not grids at all', () => {
    for (const junk of [null, undefined, {}, { rows: null }, { rows: '月份' }, { rows: [[]], merges: 'x' }, 42, [['月份']]]) {
      expect(() => read(junk as unknown as CellGrid, 0)).not.toThrow();
    }
  });

  it('reads 10,000 hostile rows in one table, accounting for each', () => {
    const grid = bigHostileGrid(10_000, 7);
    const table = read(grid, grid.rows.length, { year: 2020, asOf: '2020-06-01T00:00:00+08:00' });
    expect(table.headerRow).toBe(2);
    expectEveryRowAccountedFor(grid, table);
    expectStorable(table);
    expect(table.rows.length + table.skipped.length).toBeGreaterThan(100);
  });

  it('keeps memory bounded over 50 reads of a 10,000-row table', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const grid = bigHostileGrid(10_000, 11);
    const rows = grid.rows.length;
    read(grid, rows); // warm up caches and JIT before the baseline
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50; i++) read(grid, rows, i % 2 ? { year: 2020 } : {});
    gc();
    const growth = process.memoryUsage().heapUsed - before;
    console.log(`fuzz: heap growth over 50 × ${rows} rows: ${(growth / 1024 / 1024).toFixed(1)} MiB (heap limit ${(getHeapStatistics().heap_size_limit / 1024 / 1024).toFixed(0)} MiB)`);
    expect(growth).toBeLessThan(32 * 1024 * 1024);
  });
});
