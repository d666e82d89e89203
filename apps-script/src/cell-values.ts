import type { CellValue } from '../../schemas';
import type { ScriptValue } from './ports';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Range.getValues() answers date cells with Date objects (midnight in the spreadsheet's time zone) where the
 * Sheets API and the .xlsx adapter give serial numbers. Turn them into the same serial (day 0 = 1899-12-30) so the
 * intake core sees identical input wherever the sheet was read. Time of day becomes the fraction.
 */
export function dateToSerial(date: Date, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const part: Record<string, number> = {};
  for (const p of formatter.formatToParts(date)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const localMs = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  return (localMs - EPOCH_MS) / DAY_MS;
}

/** One cell as the intake core expects it: '' becomes null, Dates become serials, everything else stays. */
export function toCellValue(value: ScriptValue | null | undefined, timeZone: string): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return dateToSerial(value as Date, timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export function toCellRows(values: readonly (readonly ScriptValue[])[], timeZone: string): CellValue[][] {
  return values.map((row) => row.map((v) => toCellValue(v, timeZone)));
}
