import { PLAN_COLUMNS, type CellGrid, type CellValue, type Garden, type MergeRange, type PlanColumnKey } from '../../../../schemas';
import { seededRandom, type Random } from '../../local/demo/random';
import { serialOf, syntheticRow, type SyntheticRow } from './rows';

const TEMPLATE_KEYS = PLAN_COLUMNS.filter((c) => c.inTemplate).map((c) => c.key);
const ATTACHMENT3_KEYS: readonly PlanColumnKey[] = ['month', 'date', 'task', 'person', 'status'];
const MONTH_SPELLINGS: ReadonlyArray<(year: number, month: number) => CellValue> = [
  (_y, m) => `${m}月`,
  (_y, m) => ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][m] + '月',
  (_y, m) => m,
  (y, m) => `${y}年${m}月`,
  (y, m) => serialOf(y, m, 1),
];
const FOOTNOTE = '备注：帮扶园每月开展帮扶工作不少于三项，被帮扶园每月安排观摩交流等活动不少于1次。';

export interface SyntheticPlan {
  grid: CellGrid;
  /** Activity lines typed below the header (what "rows" counts in the benchmark). */
  typedRows: number;
}

function cellsOf(keys: readonly PlanColumnKey[], month: CellValue, row: SyntheticRow): CellValue[] {
  const byKey: Partial<Record<PlanColumnKey, CellValue>> = {
    month, date: row.date, task: row.task, person: row.person, status: row.status, type: row.type,
    classHours: row.classHours, participants: row.participants,
    evidencePlan: row.evidence[0], evidenceRecord: row.evidence[1], evidenceSummary: row.evidence[2], evidencePhotos: row.evidence[3],
  };
  const cells = keys.map((k) => byKey[k] ?? null);
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop(); // ragged, as batchGet returns rows
  return cells;
}

/**
 * A garden's plan table as the Sheets adapter would hand it over: title (merged across), header, then each term
 * month's activities (about ten a month, ~40 a term) with the month typed once — merged down the block in most
 * tables, carried down without a merge in the rest — varied date and month spellings, a scaffold row and a footnote.
 * Seeded by the garden's id, so every run (and every process) builds the same table.
 */
export function syntheticPlan(garden: Pick<Garden, 'id' | 'name'>, year: number, months: readonly number[]): SyntheticPlan {
  const random: Random = seededRandom(`bench:${garden.id}`);
  const keys = random.next() < 0.3 ? ATTACHMENT3_KEYS : TEMPLATE_KEYS;
  const mergeMonths = random.next() < 0.7;
  const spellMonth = random.pick(MONTH_SPELLINGS);
  const rows: CellValue[][] = [[`${garden.name}${year}年结对帮扶工作计划表`], keys.map((k) => PLAN_COLUMNS.find((c) => c.key === k)!.header)];
  const merges: MergeRange[] = [{ startRow: 0, endRow: 1, startCol: 0, endCol: keys.length }];
  let typedRows = 0;
  let seq = 0;
  for (const month of months) {
    const count = random.int(8, 12);
    const start = rows.length;
    let day = 1;
    for (let i = 0; i < count; i++) {
      day = Math.min(28, day + random.int(1, 3));
      rows.push(cellsOf(keys, i === 0 ? spellMonth(year, month) : null, syntheticRow(random, { gardenId: garden.id, year, month, day, seq: seq++ })));
    }
    if (mergeMonths) merges.push({ startRow: start, endRow: start + count, startCol: 0, endCol: 1 });
    typedRows += count;
  }
  rows.push([null, '月    日'], [FOOTNOTE]);
  merges.push({ startRow: rows.length - 1, endRow: rows.length, startCol: 0, endCol: keys.length });
  // Through JSON, as the Sheets adapter receives a batchGet: flat strings, not the rope strings template
  // literals build (which the first read would have to flatten, a cost no real table carries into intake).
  const grid: CellGrid = JSON.parse(JSON.stringify({ sheetName: '帮扶计划', rows, merges }));
  return { grid, typedRows: typedRows + 2 };
}
