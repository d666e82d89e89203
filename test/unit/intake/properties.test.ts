import fc from 'fast-check';
import { isBlankCell, readPlanTable } from '../../../functions/src/core/intake';
import type { CellGrid, CellValue, MergeRange, PlanRow } from '../../../schemas';
import { EXTENDED_HEADER, FORM_HEADER } from './grids';

const DOMAIN_WORDS = [
  '三', '三月', '3', '十二', '13月', '第一周', '月    日', '3月5日', '6月31日', '2020.5.21', '3月上旬', '已完成', '完成', '未完成', '延期',
  '差不多', '观摩', '送教下乡', '讲座', '张丽', '#REF!', '#N/A', '备注：每月不少于三项', '月份', '帮扶任务', '计划表', '2课时', 'https://x/1',
  '光彩幼儿园2020年结对帮扶工作计划表', '', '   ', '😀', '\u0000\u0007', 'x'.repeat(5000),
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...DOMAIN_WORDS),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.double(),
  fc.integer({ min: -100, max: 100_000 }),
  fc.boolean(),
  fc.constant(null),
);
const row = fc.array(cell, { maxLength: 16 });
const merge: fc.Arbitrary<MergeRange> = fc.record({
  startRow: fc.integer({ min: 0, max: 40 }), endRow: fc.integer({ min: 0, max: 45 }),
  startCol: fc.integer({ min: 0, max: 16 }), endCol: fc.integer({ min: 0, max: 20 }),
});
/** A well-formed activity in one of the formats gardens use, with what it should read as. */
const goodRow = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  monthStyle: fc.constantFrom('zh', 'zhMonth', 'digit', 'number', 'fullWidth'),
  dateStyle: fc.constantFrom('md', 'spaced', 'dot', 'ymdSlash', 'ymdDash', 'hao', 'range', 'serial', 'none', 'xun'),
  task: fc.constantFrom('送教下乡：大班语言示范课', '观摩半日活动', '安全管理专题讲座', '园本教研：集体备课', '整理档案'),
  person: fc.constantFrom('张丽', '王芳', '李敏'),
  status: fc.constantFrom('已完成', '完成', '√', '未完成', '延期', '取消', ''),
  hours: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  people: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
});
const ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const FW = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
type GoodRow = typeof goodRow extends fc.Arbitrary<infer T> ? T : never;

function render(g: GoodRow, i: number): CellValue[] {
  const { month: m, day: d } = g;
  const monthCell = { zh: ZH[m], zhMonth: `${ZH[m]}月`, digit: `${m}月`, number: m, fullWidth: FW(`${m}月`) }[g.monthStyle];
  const serial = Date.UTC(2020, m - 1, d) / 86_400_000 + 25_569;
  const dateCell = {
    md: `${m}月${d}日`, spaced: `${m} 月 ${d} 日`, dot: `${m}.${d}`, ymdSlash: `2020/${m}/${d}`,
    ymdDash: `2020-${m}-${d}`, hao: `${m}月${d}号`, range: `${m}月${d}日-${d + 1}日`, serial, none: '', xun: `${m}月中旬`,
  }[g.dateStyle];
  const done = ['已完成', '完成', '√'].includes(g.status);
  const evidence = done ? [`p${i}.docx`, `r${i}.docx`, `s${i}.docx`, `https://photos/${i}`] : ['', '', '', ''];
  return [monthCell, dateCell, g.task, g.person, g.status, '', g.hours, g.people, ...evidence, ''];
}

/** A good row, or a row of arbitrary cells (rendered with row number 0 for its evidence names). */
const bodyRow = fc.oneof(row, goodRow.map((g) => render(g, 0)));

/** Arbitrary grids, most with a real header somewhere so the body gets read. */
const grid: fc.Arbitrary<CellGrid> = fc.record({
  before: fc.array(row, { maxLength: 3 }),
  header: fc.constantFrom<CellValue[] | null>(FORM_HEADER, EXTENDED_HEADER, ['序号', ...FORM_HEADER], null),
  body: fc.array(bodyRow, { maxLength: 30 }),
  merges: fc.array(merge, { maxLength: 8 }),
}).map(({ before, header, body, merges }) => ({ rows: header ? [...before, header, ...body] : [...before, ...body], merges }));

const rowSpan = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, k) => first + k);

describe('readPlanTable properties', () => {
  it('never throws, whatever the cells, merges or types', () => {
    const weird = fc.anything().map((v) => v as unknown as CellValue);
    fc.assert(fc.property(grid, fc.array(fc.array(weird, { maxLength: 6 }), { maxLength: 6 }), (g, junk) => {
      readPlanTable(g);
      readPlanTable({ rows: [...g.rows, ...junk], merges: g.merges }, { year: 2020, asOf: '2020-06-01T00:00:00Z' });
    }), { numRuns: 300 });
    expect(() => readPlanTable({ rows: [], merges: [] })).not.toThrow();
    expect(() => readPlanTable({ rows: [[Number.NaN, Number.POSITIVE_INFINITY]], merges: [{ startRow: 1e9, endRow: 2e9, startCol: 0, endCol: 1e9 }] })).not.toThrow();
    expect(() => readPlanTable(null as unknown as CellGrid)).not.toThrow();
  });

  it('accounts for every non-empty row below the header exactly once', () => {
    fc.assert(fc.property(grid, (g) => {
      const t = readPlanTable(g, { year: 2020 });
      if (t.headerRow === null) return;
      const accepted = new Set(t.rows.map((r) => r.row));
      const skipped = new Set(t.skipped.map((s) => s.row));
      // An issue for a block (a merged or carried-down month) stands for each non-empty row of its span.
      const errored = new Set(t.issues.filter((i) => i.severity === 'error').flatMap((i) => rowSpan(i.row, i.lastRow ?? i.row)));
      for (let r = t.headerRow + 1; r <= g.rows.length; r++) {
        const filled = g.rows[r - 1].some((v) => !isBlankCell(v));
        if (!filled) errored.delete(r);
        const outcomes = [accepted.has(r), skipped.has(r), errored.has(r)].filter(Boolean).length;
        expect([r, outcomes]).toEqual([r, filled ? 1 : 0]);
        if (skipped.has(r)) expect(t.issues.filter((i) => i.row === r)).toEqual([]);
      }
    }), { numRuns: 400 });
  });

  const activityRow = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.array(cell, { minLength: 4, maxLength: 12 })).map(([month, rest]): CellValue[] => [`${month}月`, ...rest]),
    fc.tuple(goodRow, fc.nat(3)).map(([g, i]) => render(g, i)),
  );

  it('accepts the same activities whatever their order, when each row has its own month', () => {
    const rowsAndOrder = fc.array(activityRow, { maxLength: 20 }).chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length })));
    const withoutRowNumber = (rows: PlanRow[]) => rows.map(({ row: _row, ...rest }) => JSON.stringify(rest)).sort();
    fc.assert(fc.property(rowsAndOrder, ([rows, order]) => {
      const a = readPlanTable({ rows: [['光彩幼儿园2020年结对帮扶工作计划表'], EXTENDED_HEADER, ...rows], merges: [] });
      const b = readPlanTable({ rows: [['光彩幼儿园2020年结对帮扶工作计划表'], EXTENDED_HEADER, ...order.map((i) => rows[i])], merges: [] });
      expect(withoutRowNumber(b.rows)).toEqual(withoutRowNumber(a.rows));
    }), { numRuns: 200 });
  });

  it('reads well-formed rows with no issues and the right month and date', () => {
    fc.assert(fc.property(fc.array(goodRow, { minLength: 1, maxLength: 25 }), (rows) => {
      const t = readPlanTable({ rows: [['光彩幼儿园2020年结对帮扶工作计划表'], EXTENDED_HEADER, ...rows.map(render)], merges: [] }, { asOf: '2021-01-01T00:00:00+08:00' });
      expect(t.issues).toEqual([]);
      expect(t.rows).toHaveLength(rows.length);
      t.rows.forEach((r, i) => {
        const g = rows[i];
        const mm = String(g.month).padStart(2, '0');
        expect(r.month).toBe(`2020-${mm}`);
        const expectedDate = g.dateStyle === 'none' || g.dateStyle === 'xun' ? null : `2020-${mm}-${String(g.day).padStart(2, '0')}`;
        expect(r.date).toBe(expectedDate);
      });
    }), { numRuns: 300 });
  });
});
