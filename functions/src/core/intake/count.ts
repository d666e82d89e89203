import { compactText } from './cells';
import { chineseToArabic } from './numerals';

export type CountParse = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/** `约30人`, `30余人`, `30多人`, `30人左右`: a rough count reads as its number. */
const COUNT = /^(?:约|共|大约)?(\d+(?:\.\d+)?)(?:余|多)?(?:课时|节课|节|课|人次|人|名|位|个)?(?:左右)?$/;

/**
 * Reads 课时 or 参与人数: 2, "2课时", "2节", "３０人", "两节" (class hours may be fractional, 0.5 课时;
 * participants must be whole).
 */
export function parseCount(value: unknown, options: { integer: boolean }): CountParse {
  let number: number;
  if (typeof value === 'number') {
    number = value;
  } else if (typeof value === 'string') {
    const text = chineseToArabic(compactText(value));
    if (text === '') return { kind: 'empty' };
    const m = COUNT.exec(text);
    if (!m) return { kind: 'invalid' };
    number = Number(m[1]);
  } else {
    return value === null || value === undefined ? { kind: 'empty' } : { kind: 'invalid' };
  }
  if (!Number.isFinite(number) || number < 0 || number > 1_000_000) return { kind: 'invalid' };
  if (options.integer && !Number.isInteger(number)) return { kind: 'invalid' };
  return { kind: 'number', value: number };
}
