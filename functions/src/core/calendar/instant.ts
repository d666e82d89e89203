import { DateTime } from 'luxon';

/**
 * Instants travel as ISO-8601 strings with an offset. Strings must never be compared as text: `…T16:00:00Z` and
 * `…T00:00:00+08:00` of the next day are the same instant. Compare through these helpers only.
 */

export function parseInstant(iso: string): DateTime {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) throw new RangeError(`不是有效的时间：${iso}`);
  return dt;
}

/** Negative when a is earlier than b, 0 when they are the same instant, positive when later. */
export function compareInstants(a: string, b: string): number {
  return instantMillis(a) - instantMillis(b);
}

const MILLIS = new Map<string, number>();
/**
 * Epoch ms of an instant, memoised (bounded): a county's assessment compares the same few instants (deadlines,
 * report times) hundreds of thousands of times, and parsing them was half its cost (bench profile).
 */
export function instantMillis(iso: string): number {
  let ms = MILLIS.get(iso);
  if (ms === undefined) {
    ms = parseInstant(iso).toMillis();
    if (MILLIS.size >= 10_000) MILLIS.clear();
    MILLIS.set(iso, ms);
  }
  return ms;
}

export const isBefore = (a: string, b: string): boolean => compareInstants(a, b) < 0;
export const isAfter = (a: string, b: string): boolean => compareInstants(a, b) > 0;
export const isAtOrAfter = (a: string, b: string): boolean => compareInstants(a, b) >= 0;

/** The local calendar date (`YYYY-MM-DD`) of an instant in a zone. */
export function localDateOf(iso: string, zone: string): string {
  return parseInstant(iso).setZone(zone).toISODate() as string;
}

/** Formats a luxon DateTime as the ISO instant we store: offset kept, no milliseconds when they are zero. */
export function toInstant(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true }) as string;
}

/** The bureau's zone: every rule set's (RuleSet.timezone is this literal). */
export const COUNTY_ZONE = 'Asia/Shanghai';

/** `2020年6月10日`: an instant's local date, for Chinese text. */
export function chineseDate(iso: string, zone: string = COUNTY_ZONE): string {
  return parseInstant(iso).setZone(zone).toFormat('yyyy年M月d日');
}

/** `2020年7月1日 09:00`: an instant in local time to the minute, for Chinese text (never the raw ISO string). */
export function chineseDateTime(iso: string, zone: string = COUNTY_ZONE): string {
  return parseInstant(iso).setZone(zone).toFormat('yyyy年M月d日 HH:mm');
}
