import type { CellValue } from '../../../../schemas';

/** Control characters other than tab/newline: they come from pasted text and mean nothing to a garden. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/;
const WHITESPACE = /[\s\u3000\u00A0]+/g;
const HAS_WHITESPACE = /[\s\u3000\u00A0]/;
const FORMULA_ERROR = /^#(?:REF!|VALUE!|N\/A|NAME\?|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;

/**
 * Whether a string may need cleaning: it holds a control character, whitespace (anything `\s` or trim() would
 * touch), or full-width ASCII. One pass over char codes; most cells (plain CJK words, digits, links) pass
 * untouched, and for them cellText, toHalfWidth and compactText are the string itself, with no regex run.
 */
function mayNeedCleaning(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) {
      if (c <= 0x20) return true;
    } else if (c < 0x3001 || c >= 0xfeff) {
      // U+007F–U+3000 holds DEL, NBSP, the U+2000 spaces, U+200B and the ideographic space; U+FEFF and the
      // full-width forms sit at the top. CJK text (U+3001–U+FEFE) never needs cleaning.
      if (c === 0x7f || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029
        || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || (c >= 0xff01 && c <= 0xff5e)) return true;
    }
  }
  return false;
}

/**
 * The text a cell shows, trimmed. Never throws, whatever the source hands us (the grid may not have been
 * validated): unexpected types read as empty.
 */
export function cellText(value: unknown): string {
  if (typeof value === 'string') {
    if (!mayNeedCleaning(value)) return value;
    return (HAS_CONTROL.test(value) ? value.replace(CONTROL, '') : value).trim();
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return '';
}

/** Characters cellText drops from the ends of a text (whitespace, or control characters it removes). */
export function isSpaceOrControl(c: number): boolean {
  return c <= 0x20 || c === 0x7f || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    // A text starting with a character cellText keeps is not blank: no need to look further.
    return value.length === 0 || (isSpaceOrControl(value.charCodeAt(0)) && cellText(value) === '');
  }
  return cellText(value) === '';
}

/** Full-width ASCII (３月, ＃ＲＥＦ！) to half-width, and the ideographic space to a plain space. */
export function toHalfWidth(text: string): string {
  if (!mayNeedCleaning(text)) return text;
  // One pass, copying only between replaced characters (Chinese text has full-width punctuation throughout).
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += text.slice(from, i) + String.fromCharCode(c - 0xfee0);
      from = i + 1;
    } else if (c === 0x3000) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Half-width text with every space removed: the form words are compared in (`月    日` → `月日`). */
export function compactText(value: unknown): string {
  if (typeof value === 'string' && !mayNeedCleaning(value)) return value;
  const text = toHalfWidth(cellText(value));
  return HAS_WHITESPACE.test(text) ? text.replace(WHITESPACE, '') : text;
}

/** `#REF!`, `#VALUE!`, `#N/A`… as spreadsheets show a broken formula. */
export function isFormulaError(value: unknown): boolean {
  return typeof value === 'string' && (value.includes('#') || value.includes('＃')) && FORMULA_ERROR.test(compactText(value));
}

// Intake modules name cells through here; the addressing itself lives in core/sheet-address.
export { a1 } from '../sheet-address';

/** A cell value quoted in a message, shortened so a pasted essay doesn't swamp it. */
export function quoteCell(value: CellValue | unknown, max = 30): string {
  const text = cellText(value).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
