import type { Garden, Pair, Roster } from '../../../../schemas';

/** Synthetic counties are named after their size so ids never collide across sizes. */
export const BENCH_YEAR = 2020;

const TOWNS = ['城关', '巷道', '南华', '宣化', '合黎', '骆驼城', '新坝', '罗城', '黑泉'];

function gardenId(index: number): string {
  return `g${String(index).padStart(5, '0')}`;
}

/**
 * A county of `size` gardens in pairs of one helper (示范园) and two or three helped gardens (农村园/民办园),
 * the proportions of the 高台县 roster. Deterministic: the size alone decides it.
 */
export function syntheticRoster(size: number): Roster {
  const gardens: Garden[] = [];
  const pairs: Pair[] = [];
  let index = 0;
  while (index < size) {
    const helperId = gardenId(index);
    const helpedCount = Math.min(index % 2 === 0 ? 2 : 3, size - index - 1);
    if (helpedCount < 1) break;
    const town = TOWNS[index % TOWNS.length];
    gardens.push({ id: helperId, name: `${town}第${index + 1}示范幼儿园`, role: 'helper', kind: 'demonstration', responsible: ['李园长'], pairId: helperId, editors: [] });
    const helpedIds: string[] = [];
    for (let k = 1; k <= helpedCount; k++) {
      const id = gardenId(index + k);
      const kind = k % 2 === 1 ? 'rural' : 'private';
      gardens.push({ id, name: `${town}第${index + k + 1}${kind === 'rural' ? '农村' : '民办'}幼儿园`, role: 'helped', kind, responsible: ['王园长'], pairId: helperId, editors: [] });
      helpedIds.push(id);
    }
    pairs.push({ id: helperId, helperId, helpedIds });
    index += helpedCount + 1;
  }
  return { county: `合成县${size}`, year: BENCH_YEAR, gardens, pairs };
}
