/**
 * fast-check generators of hostile plan tables: what a garden, a broken export or an attacker could put in a sheet.
 * Cells are typed `unknown` on purpose: the intake reads grids that were never validated.
 */
import fc from 'fast-check';
import type { CellGrid } from '../../../schemas';

export const HUGE = {
  latin: 'x'.repeat(100_000),
  han: '帮扶'.repeat(50_000),
  status: '已完成 '.repeat(25_000),
  lines: '三月\n'.repeat(33_000),
};

/** Text that spreadsheets or attackers produce: formulas, error values, emoji, control and direction marks. */
const NASTY_TEXT = [
  '=1+1', '=HYPERLINK("http://evil.example","点我")', '+SUM(A1:A9)', '-2+3', '@SUM(1)', '=IMPORTXML(A1,"//a")', "'=1+1",
  '#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '＃ＲＥＦ！', ' #REF! ', '#ERROR!',
  '😀', '👨‍👩‍👧‍👦', '🏫送教下乡', '\uD800', '\uDFFF三月', '🇨🇳',
  '\u0000', '\u0007已完成', '\r\n', '\t', '\u001b[31m红色\u001b[0m', '\u0085', '\u2028', '\u2029',
  '\u202E成完已', '\u200F三月', '\u202Bمرحبا\u202C', '\u2066王芳\u2069', '\u200B', '\uFEFF五月', '\u00A0', '\u3000',
  '月份', '帮扶任务', '负责人', '完成情况', '帮扶时间', '备注：', '月    日', '序号',
  '三月', '3月5日', '6月31日', '2020.5.21', '已完成', '√', '延期', '送教下乡', '资助幼儿张小明', '620722201503041234',
  '高台县光彩幼儿园2020年结对帮扶工作计划表', '2020年', 'null', 'undefined', 'NaN', '', '   ',
];

const NASTY_NUMBERS = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1e308, -1e308, 5e-324,
  Number.MAX_SAFE_INTEGER + 2, 43_951, 43_951.5, -1, 2_958_466, 13, 2020, 0.1 + 0.2];

/** Values no sheet source should hand over, but a buggy adapter might: the intake must still not throw. */
const WRONG_TYPES: unknown[] = [
  undefined, {}, [], [1, 2], { value: '三月' }, new Date(Number.NaN), new Date(0), 10n, Symbol('cell'), () => '三月',
  Object.create(null), new Map(), { toString: () => { throw new Error('hostile toString'); } },
];

export const hostileCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...WRONG_TYPES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constant(null) },
);

/** A mostly sane activity, so rows get past the header and the checks have something to chew on. */
const plausibleRow: fc.Arbitrary<unknown[]> = fc.tuple(
  fc.constantFrom('三月', '3月', 5, '五', '', '十三月'),
  fc.constantFrom('3月5日', '5月12日', '6月31日', 43_951, '', '下周'),
  fc.constantFrom('送教下乡：大班科学', '观摩半日活动', '资助幼儿张小明', '=1+1', ''),
  fc.constantFrom('王芳', '', '\u202E芳王'),
  fc.constantFrom('已完成', '未完成', '', '差不多'),
  hostileCell,
  hostileCell,
);

export const hostileRow: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.array(hostileCell, { maxLength: 16 }) },
  { weight: 4, arbitrary: plausibleRow },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], null, undefined, '三月', 7, { 0: '三月' }) },
);

/**
 * Rows with 100,000-character cells. Kept out of the generated grids: each such cell costs the intake tens of
 * milliseconds, so they are tried deterministically (every huge string in every column) instead.
 */
export function hugeRows(width: number): unknown[][] {
  const base = ['三月', '3月5日', '送教下乡', '王芳', '已完成'];
  return Object.values(HUGE).flatMap((huge) => Array.from({ length: width }, (_, col) => {
    const row: unknown[] = [...base];
    row[col] = huge;
    return row;
  }));
}

export const FORM_HEADER = ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况'];
const HEADERS: (unknown[] | null)[] = [
  FORM_HEADER,
  [...FORM_HEADER, '活动类型', '课时', '参与人数', '方案', '记录', '总结', '图片', '备注'],
  ['序号', ...FORM_HEADER],
  ['', '', ...FORM_HEADER],
  ['月份', '', '帮扶任务', null, '负责人'],
  ['月份', '月份', '帮扶任务', '帮扶任务', '完成情况', '完成情况'],
  ['帮扶任务'],
  ['', '', '', ''],
  ['=月份', '#REF!', '帮扶任务'],
  null,
];

const index = fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constantFrom(1e9, -1e9, Number.NaN, Number.POSITIVE_INFINITY, 2.5));
/** Merges as a broken file could carry them: overlapping, inverted, out of range, not numbers, not objects. */
export const hostileMerge: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ startRow: index, endRow: index, startCol: index, endCol: index }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'A1:B2', {}, { startRow: '1' }, [0, 1, 0, 1]) },
);

export interface HostileGrid {
  grid: CellGrid;
  /** Rows in the grid, for the counts. */
  rows: number;
}

export const hostileGrid: fc.Arbitrary<HostileGrid> = fc.record({
  before: fc.array(hostileRow, { maxLength: 3 }),
  header: fc.constantFrom(...HEADERS),
  body: fc.array(hostileRow, { maxLength: 40 }),
  merges: fc.oneof(
    { weight: 8, arbitrary: fc.array(hostileMerge, { maxLength: 10 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 'merges', {}) },
  ),
}).map(({ before, header, body, merges }) => {
  const rows = header ? [...before, header, ...body] : [...before, ...body];
  return { grid: { rows, merges } as unknown as CellGrid, rows: rows.length };
});

/** A deterministic grid of `count` hostile rows under a real header. */
export function bigHostileGrid(count: number, seed: number): CellGrid {
  const body = fc.sample(hostileRow, { numRuns: count, seed });
  const merges = fc.sample(hostileMerge, { numRuns: 200, seed: seed + 1 });
  return { rows: [['光彩幼儿园2020年结对帮扶工作计划表'], FORM_HEADER, ...body], merges } as unknown as CellGrid;
}
