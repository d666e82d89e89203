import type { CellValue } from '../../../../schemas';

/** Control characters other than tab/newline: they come from pasted text and mean nothing to a garden. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/;
const WHITESPACE = /[\s\u3000\u00A0]+/g;
const HAS_WHITESPACE = /[\s\u3000\u00A0]/;
const FORMULA_ERROR = /^#(?:REF!|VALUE!|N\/A|NAME\?|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;

/**
 * Whether a string may need cleaning: it holds a control character, whitespace (anything `\s` or trim() would
 * touch), or full-width ASCII. Most cells (plain CJK words, digits, links) pass untouched, and for them toHalfWidth
 * and compactText are the string itself, with no replace run (cellText, which only trims and drops control
 * characters, has a narrower test of its own). A regex, not a loop over char codes:
 * V8's compiled regexes scan text several times faster (bench), and a one-byte string (a link) is ruled out of
 * the two-byte ranges at once.
 */
const MAY_NEED_CLEANING = /[\u0000-\u0020\u007F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\uFF01-\uFF5E]/;

function mayNeedCleaning(text: string): boolean {
  return MAY_NEED_CLEANING.test(text);
}

/**
 * The text a cell shows, trimmed. Never throws, whatever the source hands us (the grid may not have been
 * validated): unexpected types read as empty.
 */
export function cellText(value: unknown): string {
  if (typeof value === 'string') {
    // Only the ends and control characters matter here (full-width punctuation, common in Chinese text, does not):
    // two char codes and one regex decide almost every cell.
    if (value.length === 0) return value;
    const control = HAS_CONTROL.test(value);
    if (!control && !isSpaceOrControl(value.charCodeAt(0)) && !isSpaceOrControl(value.charCodeAt(value.length - 1))) return value;
    return (control ? value.replace(CONTROL, '') : value).trim();
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return '';
}

/** Characters cellText drops from the ends of a text (whitespace, or control characters it removes). */
export function isSpaceOrControl(c: number): boolean {
  // Printable ASCII and CJK first: nearly every character asked about is one.
  if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff)) return false;
  return c <= 0x20 || c === 0x7f || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    // A text starting with a character cellText keeps is not blank: no need to look further.
    return value.length === 0 || (isSpaceOrControl(value.charCodeAt(0)) && cellText(value) === '');
  }
  // A number or a checkbox always shows something; any other type reads as empty (as cellText has it).
  return typeof value !== 'number' && typeof value !== 'boolean';
}

/**
 * The first character a text shows once cleaned (leading spaces and control characters skipped), as a char code;
 * -1 when it shows none. Full-width forms are not folded: callers compare against CJK characters or both forms.
 */
export function firstShownChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceOrControl(c)) return c;
  }
  return -1;
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
  if (typeof value !== 'string') return false;
  // Cleaning only drops spaces and control characters and folds ＃ to #: an error shows # (or ＃) first. Every cell
  // of every row is asked, and this answers almost all of them from one character.
  const first = firstShownChar(value);
  return (first === 0x23 || first === 0xff03) && FORMULA_ERROR.test(compactText(value));
}

// Intake modules name cells through here; the addressing itself lives in core/sheet-address.
export { a1 } from '../sheet-address';

/** A cell value quoted in a message, shortened so a pasted essay doesn't swamp it. */
export function quoteCell(value: CellValue | unknown, max = 30): string {
  const text = cellText(value).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
