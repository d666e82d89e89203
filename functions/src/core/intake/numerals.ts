const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const RUN = /[〇零○一二两三四五六七八九十]+/g;

/**
 * Value of one run of Chinese numerals as written in dates: 十 → 10, 十二 → 12, 二十一 → 21,
 * 二〇二〇 → 2020 (digit by digit when there is no 十). Null for runs that are not a number (十十).
 */
export function chineseNumber(run: string): number | null {
  const ten = run.indexOf('十');
  if (ten < 0) {
    let value = 0;
    for (const c of run) value = value * 10 + DIGITS[c];
    return value;
  }
  if (run.indexOf('十', ten + 1) >= 0 || ten > 1 || run.length > 3) return null;
  const tens = ten === 0 ? 1 : DIGITS[run[0]];
  const unitChar = run.slice(ten + 1);
  const units = unitChar === '' ? 0 : DIGITS[unitChar];
  if (units === undefined || tens === undefined || (ten === 1 && tens === 0)) return null;
  return tens * 10 + units;
}

/** Replaces every run of Chinese numerals with Arabic digits: 六月十日 → 6月10日. */
export function chineseToArabic(text: string): string {
  return text.replace(RUN, (run) => {
    const value = chineseNumber(run);
    return value === null ? run : String(value);
  });
}
