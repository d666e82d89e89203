import type { CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../../../../schemas';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a spreadsheet serial (day 0 = 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A spreadsheet serial number for a Date exceljs produced. exceljs builds date cells as UTC midnights
 * (`excelToDate`: (serial − 25569) days after the Unix epoch, 1904 workbooks already shifted), so the inverse
 * is plain UTC arithmetic — never local time, which would drift with the machine's zone.
 */
export function dateToSerial(date: Date): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
  // exceljs rounds to whole milliseconds; snap back to the nearest millisecond-exact serial.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/**
 * One exceljs cell value as a sheet source delivers it (schemas/grid.ts): what the user sees for text,
 * the cached result for formulas, the error text for error cells, a serial number for dates.
 */
export function toCellValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if ('richText' in value) return plainText(value.richText.map((run) => run.text).join(''));
  if ('error' in value) return value.error;
  if ('hyperlink' in value) {
    // The text may itself be rich text; a link typed without display text shows its address.
    const text = typeof value.text === 'string' ? value.text : toCellValue(value.text as ExcelValue);
    return text === null || text === '' ? plainText(value.hyperlink) : text;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined ? null : toCellValue(result as ExcelValue);
  }
  return null;
}

function plainText(text: string | undefined): string | null {
  return text ? text : null;
}
