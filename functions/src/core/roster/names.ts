import type { CellValue } from '../../../../schemas';

/**
 * Names as the bureau types them. Word tables pad two-character names to the width of three ("白  雪"),
 * and cells holding several gardens or people separate them with newlines, runs of spaces or 、，; —
 * so splitting needs a little knowledge of what a name looks like.
 */

const SEPARATORS = /[\s\u3000、，,；;／/]+/u;
const CJK = /^\p{Script=Han}$/u;
/** A garden name ends with one of these; a fragment without it is glued to the next one. */
const GARDEN_NAME_END = /(园|校|所|点|部|班)$/u;

/** The text of a cell, full-width forms folded (NFKC) and trimmed; empty for null and booleans. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  return String(value).normalize('NFKC').trim();
}

/** A garden's canonical name: full-width folded, every space removed ("第一 幼儿园" = "第一幼儿园"). */
export function normaliseGardenName(name: string): string {
  return name.normalize('NFKC').replace(/[\s/]+/gu, '');
}

/** A garden's id is its normalised name (design.md): stable across re-imports of the same table. */
export const gardenIdOf = normaliseGardenName;

/** The name without the generic tail, for matching file names such as "光彩.xlsx" (never shorter than 2). */
export function shortGardenName(name: string): string {
  const short = normaliseGardenName(name).replace(/(中心小学辖区内幼儿园|辖区内幼儿园|中心幼儿园|幼儿园)$/u, '');
  return short.length >= 2 ? short : normaliseGardenName(name);
}

/** Gardens listed in one cell: "黑泉镇中心小学辖区内幼儿园    罗城镇中心小学辖区内幼儿园" → two names. */
export function splitGardenNames(text: string): string[] {
  const names: string[] = [];
  let pending = '';
  for (const token of text.normalize('NFKC').split(SEPARATORS)) {
    if (!token) continue;
    pending += token;
    if (GARDEN_NAME_END.test(pending)) {
      names.push(pending);
      pending = '';
    }
  }
  if (pending) names.push(pending);
  return names;
}

/**
 * People listed in one cell: "张淑沁 武廷增  白  雪" → 张淑沁, 武廷增, 白雪. Runs of single Han characters are
 * names padded with spaces: joined in twos, an odd run ending in one three-character name.
 */
export function splitPersonNames(text: string): string[] {
  const tokens = text.normalize('NFKC').split(SEPARATORS).filter(Boolean);
  const names: string[] = [];
  let singles: string[] = [];
  const flush = () => {
    for (let i = 0; i < singles.length; ) {
      const take = singles.length - i === 3 ? 3 : Math.min(2, singles.length - i);
      names.push(singles.slice(i, i + take).join(''));
      i += take;
    }
    singles = [];
  };
  for (const token of tokens) {
    if (CJK.test(token)) {
      singles.push(token);
    } else {
      flush();
      names.push(token);
    }
  }
  flush();
  return names;
}

/** Header text compared without spaces or full-width differences: "被帮扶      民办园" = "被帮扶民办园". */
export function headerKey(value: CellValue | undefined): string {
  return cellText(value).replace(/\s+/gu, '');
}
