import { cellText, toHalfWidth } from './cells';
import { chineseNumber } from './numerals';

export interface TitleInfo {
  garden: string | null;
  /** The (first) calendar year the title names. */
  year: number | null;
  /** The title names a school year (2020—2021学年): its months 1–8 fall in the year after `year`. */
  schoolYear: boolean;
}

const YEAR = /((?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*([-—–~至]\s*(?:(?:19|20)?\d{2})\s*)?(学年|年度|年)/;
const TABLE_WORDS = /结对帮扶|帮扶工作|帮扶|工作计划|计划表|计划/;
/** The bureau's form writes the garden as **校（园）: a blank to fill, not a name. */
const PLACEHOLDER = /[*＊×Ｘ]|^[xX]+|某|^校[（(]园[）)]$/;
const EDGE_PUNCTUATION = /^[\s:：,，、\-—]+|[\s:：,，、\-—]+$/g;

function readYear(text: string): { year: number; schoolYear: boolean; start: number; end: number } | null {
  const m = YEAR.exec(text);
  if (!m) return null;
  const digits = /^\d+$/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
  if (digits === null || digits < 1900 || digits > 2100) return null;
  return { year: digits, schoolYear: m[2] !== undefined || m[3] === '学年', start: m.index, end: m.index + m[0].length };
}

function cleanGarden(text: string): string | null {
  const name = text
    .replace(/^附件\s*\d*\s*[:：]?/, '')
    .replace(/[（(](?:盖章|公章)[）)]/g, '')
    .replace(EDGE_PUNCTUATION, '');
  if (name === '' || PLACEHOLDER.test(name) || name.length > 60) return null;
  return name;
}

/**
 * Garden and year from a title such as 光彩幼儿园2020年结对帮扶工作计划表 (or 2020年光彩幼儿园…);
 * the form's **校（园） placeholder gives no garden.
 */
export function parseTitle(value: unknown): TitleInfo {
  const text = toHalfWidth(cellText(value)).replace(/\s+/g, ' ');
  const year = readYear(text);
  if (!year) {
    const cut = TABLE_WORDS.exec(text);
    return { year: null, schoolYear: false, garden: cut ? cleanGarden(text.slice(0, cut.index)) : null };
  }
  const found = { year: year.year, schoolYear: year.schoolYear };
  const before = cleanGarden(text.slice(0, year.start));
  if (before !== null || text.slice(0, year.start).trim() !== '') return { ...found, garden: before };
  const after = text.slice(year.end);
  const cut = TABLE_WORDS.exec(after);
  return { ...found, garden: cut ? cleanGarden(after.slice(0, cut.index)) : null };
}

/** `填报单位（盖章）：光彩幼儿园   填报人：王芳`: the garden on a line of its own above the table. */
const UNIT_LINE = /^(?:填报|填表|报送)?(?:单位|园所|幼儿园|学校)(?:名称)?(?:[(（](?:盖章|公章)[)）])?[:：]\s*([^\s:：]+)/;

export function parseUnitLine(value: unknown): string | null {
  const m = UNIT_LINE.exec(toHalfWidth(cellText(value)));
  return m ? cleanGarden(m[1].replace(/(?:填报人|填表人|负责人|联系人|联系电话|日期|时间)$/, '')) : null;
}

/** Whether a cell reads as a plan table title (so a row holding it is not an activity). */
export function looksLikeTitle(value: unknown): boolean {
  const text = cellText(value);
  return text.length <= 80 && /计划表|计划$|工作计划/.test(text);
}
