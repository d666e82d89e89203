import type { Roster } from '../../../../schemas';
import { normaliseGardenName, shortGardenName } from './names';

export type GardenMatch =
  | { kind: 'matched'; gardenId: string; via: string }
  | { kind: 'ambiguous'; gardenIds: string[]; via: string }
  | { kind: 'unmatched' };

/**
 * Which garden a plan table belongs to, from texts that name it — the file or spreadsheet title first, then
 * the table's own title row ("光彩幼儿园2020年结对帮扶工作计划表"). The longest garden name contained in
 * the text wins; short names ("光彩") are tried only when no full name fits. Ties are ambiguous, not guessed.
 */
export function matchGarden(texts: readonly string[], roster: Roster): GardenMatch {
  for (const raw of texts) {
    const text = normaliseGardenName(raw.replace(/\.(xlsx|xlsm|xls|csv)$/iu, ''));
    if (!text) continue;
    for (const nameOf of [(name: string) => normaliseGardenName(name), shortGardenName]) {
      const hits = roster.gardens
        .map((g) => ({ id: g.id, key: nameOf(g.name) }))
        .filter((g) => g.key && text.includes(g.key));
      if (hits.length === 0) continue;
      const longest = Math.max(...hits.map((h) => h.key.length));
      const best = hits.filter((h) => h.key.length === longest);
      // A longer name containing a shorter one ("东苑幼儿园" in "东苑幼儿园分园") already won by length.
      return best.length === 1
        ? { kind: 'matched', gardenId: best[0].id, via: raw }
        : { kind: 'ambiguous', gardenIds: best.map((h) => h.id), via: raw };
    }
  }
  return { kind: 'unmatched' };
}
