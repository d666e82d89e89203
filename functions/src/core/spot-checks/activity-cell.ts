import type { ActivityMatcher } from '../../../../schemas/spot-check';
import { cellText, compactText, parseDate, serialToDay } from '../intake';

export type ActivityParse =
  | { kind: 'ok'; matcher: ActivityMatcher }
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: string };

const ROW_ONLY = /^第?(\d{1,5})行?$/;
/** A leading date (2020-05-12, 2020年5月12日, 5月12日, 5.12, 5/12) and whatever follows: the task. */
const DATE_PREFIX = /^((?:\d{4}[年./-])?\d{1,2}[月./-]\d{1,2}[日号]?)(.*)$/s;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads the 活动 cell: a sheet row (`12`, `第12行`), or a date followed by task words (`5月12日 送教下乡`),
 * or task words alone (`送教下乡`). The year comes from the register row's month.
 */
export function parseActivityCell(value: unknown, year: number): ActivityParse {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value > 0 && value < 100_000) return { kind: 'ok', matcher: { row: value } };
    const day = serialToDay(value);
    if (day) return { kind: 'ok', matcher: { date: `${day.year}-${pad(day.month)}-${pad(day.day)}` } };
    return { kind: 'invalid', reason: `“${value}”不是行号或日期` };
  }
  const text = cellText(value);
  if (text === '') return { kind: 'empty' };
  const compact = compactText(text);
  const row = ROW_ONLY.exec(compact);
  if (row) return { kind: 'ok', matcher: { row: Number(row[1]) } };

  const dated = DATE_PREFIX.exec(text.trim());
  if (dated) {
    const parsed = parseDate(dated[1]);
    if (parsed.kind !== 'day' || parsed.month === null) return { kind: 'invalid', reason: `日期“${dated[1]}”无法识别` };
    const date = `${parsed.year ?? year}-${pad(parsed.month)}-${pad(parsed.day)}`;
    if (!isRealDate(date)) return { kind: 'invalid', reason: `日期“${dated[1]}”不存在` };
    const task = dated[2].replace(/^[\s,，、:：;；]+/, '').trim();
    return { kind: 'ok', matcher: task ? { date, task } : { date } };
  }
  return { kind: 'ok', matcher: { task: text.trim() } };
}

export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}
