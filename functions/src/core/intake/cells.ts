import type { CellValue } from '../../../../schemas';

/** Control characters other than tab/newline: they come from pasted text and mean nothing to a garden. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const WHITESPACE = /[\s\u3000\u00A0]+/g;
const HAS_WHITESPACE = /[\s\u3000\u00A0]/;
const FORMULA_ERROR = /^#(?:REF!|VALUE!|N\/A|NAME\?|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;

/**
 * The text a cell shows, trimmed. Never throws, whatever the source hands us (the grid may not have been
 * validated): unexpected types read as empty.
 */
export function cellText(value: unknown): string {
  // The tests before each replace keep the common case (clean short text) allocation-free: 10k rows stay fast.
  if (typeof value === 'string') return (HAS_CONTROL.test(value) ? value.replace(CONTROL, '') : value).trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return '';
}

export function isBlankCell(value: unknown): boolean {
  return cellText(value) === '';
}

/** Full-width ASCII (３月, ＃ＲＥＦ！) to half-width, and the ideographic space to a plain space. */
export function toHalfWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Half-width text with every space removed: the form words are compared in (`月    日` → `月日`). */
export function compactText(value: unknown): string {
  const text = toHalfWidth(cellText(value));
  return HAS_WHITESPACE.test(text) ? text.replace(WHITESPACE, '') : text;
}

/** `#REF!`, `#VALUE!`, `#N/A`… as spreadsheets show a broken formula. */
export function isFormulaError(value: unknown): boolean {
  return typeof value === 'string' && /[#＃]/.test(value) && FORMULA_ERROR.test(compactText(value));
}

// Intake modules name cells through here; the addressing itself lives in core/sheet-address.
export { a1 } from '../sheet-address';

/** A cell value quoted in a message, shortened so a pasted essay doesn't swamp it. */
export function quoteCell(value: CellValue | unknown, max = 30): string {
  const text = cellText(value).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
