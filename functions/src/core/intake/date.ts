import { compactText } from './cells';
import { memoByText } from './memo';
import { chineseToArabic } from './numerals';
import { daysInMonth, MIN_DATE_SERIAL, serialToDay } from './serial';

/**
 * What a 帮扶时间 cell says, before it is checked against the row's month. `day` may lack the month (`5日`,
 * the row's month applies) and the year (the table's year applies); `month` is a month without a day
 * (`3月`, `3月上旬`). `empty` covers the template's `月    日` placeholder.
 */
export type DateParse =
  | { kind: 'empty' }
  | { kind: 'day'; year: number | null; month: number | null; day: number }
  | { kind: 'month'; year: number | null; month: number }
  | { kind: 'invalid' };

const PLACEHOLDER = /^(?:年)?月日$/;
/** A date still to be fixed (`待定`, `时间另行通知`): a planned activity without a day, not a mistake. */
const UNDECIDED = /^(?:时间|日期)?(?:待定|未定|另定|再定|另行通知)$/;
const PART_OF_MONTH = '(?:第\\d周|[上中下]旬|初|中|底|末|份|日)?';
/**
 * The rest of a range (`-6日`, `至7日`, `-4月2日`) or of a list of days (`、12日`, `，19日`, `和26日`, a second
 * date on its own line): ignored, the first day counts.
 */
const RANGE_TAIL = /^(?:(?:[-~至到—–]|-{2})(?:\d{4}(?:年|[./-]))?(?:\d{1,2}(?:月|[./-]))?\d{1,2}日?|(?:[、，,;；和及与]|(?=\d{1,2}月))(?:\d{1,2}(?:月|[./]))?\d{1,2}日?)+$/;
const NOISE = [
  /^(?:暂定|拟定?|预计|计划)/, // 暂定3月5日
  /[（(][^）)]*[）)]/g, // (周三)
  /(?:星期|礼拜|周)[1-7日天]/g,
  /\d{1,2}[:：]\d{2}(?:[-~至到]\d{1,2}[:：]\d{2})?/g, // 9:00-11:00
  /上午|下午|中午|晚上|早上|全天|全日/g,
];

type Matcher = (s: string) => { parse: DateParse; rest: string } | null;

function matcher(re: RegExp, build: (m: RegExpExecArray) => DateParse): Matcher {
  return (s) => {
    const m = re.exec(s);
    return m ? { parse: build(m), rest: s.slice(m[0].length) } : null;
  };
}

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));

/** Tried in order; the first whose rest is empty or a range tail wins. */
const MATCHERS: readonly Matcher[] = [
  matcher(/^(\d{4})(?:年|[./-])(\d{1,2})(?:月|[./-])(\d{1,2})日?/, (m) => ({ kind: 'day', year: num(m[1]), month: num(m[2]), day: Number(m[3]) })),
  matcher(/^(\d{1,2})(?:月|[./-])(\d{1,2})日?/, (m) => ({ kind: 'day', year: null, month: num(m[1]), day: Number(m[2]) })),
  matcher(new RegExp(`^(\\d{4})(?:年|[./-])(\\d{1,2})月?${PART_OF_MONTH}`), (m) => ({ kind: 'month', year: num(m[1]), month: Number(m[2]) })),
  matcher(new RegExp(`^(\\d{1,2})月${PART_OF_MONTH}`), (m) => ({ kind: 'month', year: null, month: Number(m[1]) })),
  matcher(/^(\d{1,2})日?/, (m) => ({ kind: 'day', year: null, month: null, day: Number(m[1]) })),
];

/**
 * A date written with digits and 年月日./- only, starting with a digit (3月5日, 2020/4/29, 3.26): nothing for the
 * clean-up steps below to change (no spaces, numerals, 号, placeholder, undecided word or noise), so the
 * matchers can take it as it is. Most typed dates are like this.
 */
function isPlainDate(raw: string): boolean {
  const first = raw.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) return false;
  for (let i = 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 0x2d && c <= 0x39) || c === 0x5e74 || c === 0x6708 || c === 0x65e5)) return false; // -./0-9 年 月 日
  }
  return true;
}

/** Dates repeat across a county's rows (3月5日, 2020/4/29…): each spelling is read once. */
const parseDateText = memoByText(readDateText);

function readDateText(raw: string): DateParse {
  let s: string;
  if (isPlainDate(raw)) {
    s = raw;
  } else {
    s = chineseToArabic(compactText(raw)).replace(/号/g, '日');
    if (s === '' || PLACEHOLDER.test(s) || UNDECIDED.test(s)) return { kind: 'empty' };
    for (const noise of NOISE) s = s.replace(noise, '');
  }
  for (const match of MATCHERS) {
    const found = match(s);
    if (found && (found.rest === '' || RANGE_TAIL.test(found.rest))) return found.parse;
  }
  return { kind: 'invalid' };
}

/** The form's placeholder with only the month filled in (`3月    日`, `四月  日`): still scaffolding. */
const MONTH_ONLY_PLACEHOLDER = /^(?:\d{4}年)?\d{1,2}月日$/;

/** Whether a 帮扶时间 cell is the form's placeholder, left empty or with the month filled in. */
export function isDatePlaceholder(value: unknown): boolean {
  const parse = parseDate(value);
  // A month-only placeholder (3月    日) reads as a month: only those texts need the closer look.
  return parse.kind === 'empty' || (parse.kind === 'month' && typeof value === 'string' && isMonthOnlyPlaceholder(value));
}

const isMonthOnlyPlaceholder = memoByText((text: string) =>
  MONTH_ONLY_PLACEHOLDER.test(isPlainDate(text) ? text : chineseToArabic(compactText(text))));

/**
 * Reads a date as gardens write it: 3月5日, 3 月 20 日, 5月20号, 3.26, 2020.5.21, 2020/4/29, 2020-4-29, 六月十日,
 * 二〇二〇年五月二十日, full-width digits, serial numbers, ranges (3月5日-6日, 3月5日至7日: the first day),
 * 3月上旬 and 3月 (month only), 5日 (day of the row's month).
 */
export function parseDate(value: unknown): DateParse {
  // A row's date cell is read twice (is it the form's placeholder? then the date itself): remember the last one.
  if (value === lastValue && value !== undefined) return lastParse;
  lastParse = parseDateValue(value);
  lastValue = value;
  return lastParse;
}

let lastValue: unknown;
let lastParse: DateParse = { kind: 'empty' };

function parseDateValue(value: unknown): DateParse {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid' };
    if (value >= MIN_DATE_SERIAL) {
      const day = serialToDay(value);
      return day ? { kind: 'day', year: day.year, month: day.month, day: day.day } : { kind: 'invalid' };
    }
    // A typed 3.26 arrives as the number 3.26 (unformatted values); 3.10 arrives as 3.1, which resolveDate warns of.
    return value > 0 ? parseDateText(String(value)) : { kind: 'invalid' };
  }
  if (typeof value === 'string') return parseDateText(value);
  return value === null || value === undefined ? { kind: 'empty' } : { kind: 'invalid' };
}

/**
 * Whether a date read from a number may have lost a zero: 3.10 typed into a cell that keeps numbers is stored as
 * 3.1, so a day of 1–3 written with one decimal may have been the 10th, 20th or 30th (when the month has that day).
 * Only numbers: a text cell keeps what was typed.
 */
export function mayHaveLostZero(value: unknown, year: number, month: number, day: number): value is number {
  return typeof value === 'number' && value < MIN_DATE_SERIAL && day <= 3 && day * 10 <= daysInMonth(year, month)
    && String(value) === `${month}.${day}`;
}

/** A date cell as the garden sees it in a message: a date serial as `2020年10月8日`, anything else as is. */
export function shownDate(value: unknown): unknown {
  if (typeof value !== 'number' || value < MIN_DATE_SERIAL) return value;
  const day = serialToDay(value);
  return day ? `${day.year}年${day.month}月${day.day}日` : value;
}
